// Code generator end-to-end program: class initialization triggers, field hiding, evaluation
// order, labeled blocks, nested and String switches, conditional typing, shifts, compound ops.
class A {
    static { System.out.println("A init"); }
    static int sa = 1;
    static void touch() { System.out.println("A.touch"); }
    int x = 1;
    int get() { return x; }
}
class B extends A {
    static { System.out.println("B init"); }
    static final int CB = 5;
    static int sb = 2;
    int x = 2;
    int get() { return x + super.get() * 10; }
}
interface K { int KC = 40; String KS = "ks"; }
class Main implements K {
    static String trace = "";
    static int t(String s, int v) { trace += s; return v; }
    public static void main(String[] args) {
        System.out.println(B.CB);
        System.out.println("after CB");
        A.touch();
        System.out.println(B.sb);
        B b = new B();
        A ab = b;
        System.out.println(b.x + " " + ab.x + " " + ((A) b).x + " " + ab.get());
        System.out.println(KC + KS + K.KC);
        // evaluation order
        int[] arr = new int[3];
        arr[t("a", 0)] = t("b", 1) + t("c", 2) * t("d", 3);
        System.out.println(trace + " " + arr[0]);
        trace = "";
        int i = 0;
        arr[i] = i = 2;
        System.out.println(arr[0] + " " + i);
        // labeled block and do-while with continue
        int n = 0;
        blk: {
            do {
                n++;
                if (n % 2 == 0) continue;
                if (n > 7) break blk;
                n += 10 * 0;
            } while (n < 20);
            n = -1;
        }
        System.out.println(n);
        // nested switch in loop with continue
        StringBuilder sb = new StringBuilder();
        for (int k = -2; k < 4; k++) {
            switch (k) {
                case -2: sb.append("m2"); continue;
                case 0:
                    switch ("x" + k) {
                        case "x0": sb.append("X0");
                        default: sb.append("D");
                        case "x1": sb.append("X1"); break;
                    }
                    break;
                default: sb.append("d" + k);
                case 3: sb.append("three");
            }
            sb.append("|");
        }
        System.out.println(sb);
        byte by = -3;
        switch (by) { case -3: System.out.println("byte -3"); break; case 100: break; }
        short sh = 1000;
        char ch = 'x';
        int r1 = true ? by : sh;
        char r2 = false ? 'a' : 'b';
        long r3 = 7 > 3 ? 5 : 6L;
        System.out.println(r1 + " " + r2 + " " + r3 + " " + (true ? 'c' : 0) + " " + (false ? 1 : 'd') + " " + (true ? ch : 2.0));
        long big = 1L << 40;
        int sh1 = 1 << 40L;
        long s2 = big >> 38L;
        int s3 = -17 >> 2;
        int s4 = -17 >>> 28;
        System.out.println(big + " " + sh1 + " " + s2 + " " + s3 + " " + s4);
        char c2 = 'A';
        c2 *= 2;
        c2 -= 'A' - 1;
        System.out.println((int) c2 + " " + c2);
        short s5 = -1;
        s5 >>>= 1;
        System.out.println(s5);
        int bits = 0xF0;
        bits ^= 0xFF; bits |= 0x100; bits &= ~1;
        System.out.println(bits);
        double dd = 10;
        dd /= 0;
        float ff = -0.0f;
        System.out.println(dd + " " + ff + " " + (0.0 == -0.0) + " " + (1 / ff));
        Object[] objs = new String[1];
        try { objs[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("ASE " + e.getMessage()); }
        int[][] tri = new int[3][];
        for (int q = 0; q < tri.length; q++) { tri[q] = new int[q + 1]; for (int w = 0; w <= q; w++) tri[q][w] = q * w; }
        int sum = 0;
        for (int[] row : tri) for (int v : row) sum += v;
        System.out.println(sum);
        long acc = 0;
        for (int q = 0, w = 10; q < w; q += 3, w--) acc += q * w;
        System.out.println(acc);
        String s = "a";
        s += 1 + 2;
        s += 'c';
        s = s + 1 + 2;
        System.out.println(s);
        String[] sa = {"p", "q"};
        sa[1] += "!";
        System.out.println(sa[0] + sa[1]);
        System.out.println(1 + 2 + "x" + 1 + 2);
        char[] cs = {'o', 'k'};
        System.out.println(cs.length + "" + cs[0] + cs[1]);
        Integer boxed = Integer.valueOf(42);
        System.out.println("boxed " + boxed + " " + boxed.intValue());
        System.out.println(Long.MAX_VALUE + 1 + " " + (Integer.MAX_VALUE + 1) + " " + (byte) 200 + " " + (short) 70000);
    }
}

// Expected output recorded from JDK 17.
// expect: 5
// expect: after CB
// expect: A init
// expect: A.touch
// expect: B init
// expect: 2
// expect: 2 1 1 12
// expect: 40ks40
// expect: abcd 7
// expect: 2 2
// expect: 9
// expect: m2d-1three|X0DX1|d1three|d2three|three|
// expect: byte -3
// expect: -3 b 5 c d 120.0
// expect: 1099511627776 256 4 -5 15
// expect: 66 B
// expect: -1
// expect: 270
// expect: Infinity -0.0 true -Infinity
// expect: ASE java.lang.Integer
// expect: 7
// expect: 75
// expect: a3c12
// expect: pq!
// expect: 3x12
// expect: 2ok
// expect: boxed 42 42
// expect: -9223372036854775808 -2147483648 -56 4464
