// Code generator end-to-end program: operators on every type, compound assignment and ++/--
// on locals, fields, statics and array elements, switches, finally on every exit, casts.
class Main {
    static int counter;
    int inst = 10;
    long[] longs = {1L, 2L, 3L};
    static String log = "";

    static int next() { return ++counter; }

    static int f(int n) {
        try {
            if (n == 0) return 100;
            if (n == 1) throw new RuntimeException("one");
            return n * 2;
        } catch (RuntimeException e) {
            return -1;
        } finally {
            log += "f" + n + ";";
            if (n == 3) return 333;
        }
    }

    static int loops() {
        int total = 0;
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                try {
                    if (j == 2) continue outer;
                    if (i == 3) break outer;
                    total += i * 10 + j;
                } finally {
                    total += 1000;
                }
            }
        }
        return total;
    }

    static String sw(String s) {
        switch (s) {
            case "Aa": return "Aa!";
            case "BB": return "BB!";
            case "hello":
            case "world": return "hw";
            default: return "other";
        }
    }

    static int isw(int x) {
        int r = 0;
        switch (x) {
            default: r += 100;
            case 1: r += 1;
            case 2: r += 2; break;
            case 1000: r = 1000;
        }
        return r;
    }

    static char csw(char c) {
        switch (c) {
            case 'a': return 'A';
            case 'z': return 'Z';
        }
        return '?';
    }

    public static void main(String[] args) {
        for (int i = 0; i < 4; i++) System.out.println(f(i));
        System.out.println(log);
        System.out.println(loops());
        System.out.println(sw("Aa") + sw("BB") + sw("hello") + sw("world") + sw("x"));
        System.out.println(isw(1) + " " + isw(2) + " " + isw(3) + " " + isw(1000));
        System.out.println(csw('a') + "" + csw('z') + csw('q'));
        byte b = 120;
        b += 10;
        System.out.println(b);
        short sh = 32767; sh++;
        System.out.println(sh);
        char c = 'a'; c += 1; c++;
        System.out.println(c);
        System.out.println((char)(c + 1));
        System.out.println(c + 1);
        int[] arr = {5, 6, 7};
        int k = 0;
        arr[k++] += 10;
        System.out.println(arr[0] + " " + k);
        System.out.println(arr[1]++ + " " + arr[1] + " " + ++arr[2] + " " + arr[2]);
        Main m = new Main();
        m.longs[1] <<= 3;
        m.longs[2] *= m.longs[1]--;
        System.out.println(m.longs[0] + " " + m.longs[1] + " " + m.longs[2]);
        m.inst -= 3;
        int v = m.inst++ + ++m.inst;
        System.out.println(v + " " + m.inst);
        counter = 5;
        counter += next();
        System.out.println(counter);
        double d = 1.5;
        d %= 1;
        float fl = 10;
        fl /= 4;
        System.out.println(d + " " + fl);
        long L = 1;
        L <<= 65;
        int sh2 = 1 << 33;
        L >>>= 1L;
        System.out.println(L + " " + sh2 + " " + (-1 >>> 28) + " " + (-1L >>> 60));
        int x = Integer.MIN_VALUE;
        System.out.println(x / -1 + " " + x % -1 + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7 % -2));
        double nan = 0.0 / 0.0;
        System.out.println((nan < 1) + " " + (nan > 1) + " " + (nan == nan) + " " + (nan != nan) + " " + !(nan >= 1));
        System.out.println((int) nan + " " + (long) 1e30 + " " + (int) -1e30 + " " + (byte) 300 + " " + (char) -1 + 0);
        String s = null;
        s += "x";
        System.out.println(s);
        Object o = null;
        System.out.println("o=" + o + ", c=" + 'c' + ", b=" + true + ", " + 1.0f + ", " + 2L);
        char[] cs = {'h', 'i'};
        System.out.println(String.valueOf(cs));
        int ii = 5;
        ii = ii++ + ii--;
        System.out.println(ii);
        boolean t = true, fa = false;
        System.out.println((t & fa) + " " + (t | fa) + " " + (t ^ t) + " " + (t && !fa || fa));
        int q = 3;
        String res = q > 2 ? "big" : q > 1 ? "mid" : "small";
        System.out.println(res);
        long mixed = true ? 1 : 2L;
        System.out.println(mixed + (q < 3 ? 1.5 : 2));
        System.out.println(~5 + " " + ~5L + " " + -(-5) + " " + +q);
    }
}

// Expected output recorded from JDK 17 (java features.java).
// expect: 100
// expect: -1
// expect: 4
// expect: 333
// expect: f0;f1;f2;f3;
// expect: 10063
// expect: Aa!BB!hwhwother
// expect: 3 2 103 1000
// expect: AZ?
// expect: -126
// expect: -32768
// expect: c
// expect: d
// expect: 100
// expect: 15 1
// expect: 6 7 8 8
// expect: 1 15 48
// expect: 16 9
// expect: 11
// expect: 0.5 2.5
// expect: 1 2 15 15
// expect: -2147483648 0 -3 -1 1
// expect: false false false true true
// expect: 0 9223372036854775807 -2147483648 44 ￿0
// expect: nullx
// expect: o=null, c=c, b=true, 1.0, 2
// expect: hi
// expect: 11
// expect: false true false true
// expect: big
// expect: 3.0
// expect: -6 -6 5 3
