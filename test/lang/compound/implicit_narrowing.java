// Compound assignment E1 op= E2 means E1 = (T)((E1) op (E2)): an implicit narrowing cast (JLS 15.26.2).
class Main {
    public static void main(String[] args) {
        byte b = 10;
        b += 300;
        System.out.println(b);
        b *= 100;
        System.out.println(b);
        short s = 1000;
        s *= 1000;
        System.out.println(s);
        char c = 'A';
        c += 1.7;
        System.out.println(c);
        int i = 10;
        i += 2.9;
        System.out.println(i);
        i -= 0.5f;
        System.out.println(i);
        i *= 1e10;
        System.out.println(i);
        long l = 5;
        l /= 0.3;
        System.out.println(l);
        int j = 5;
        j += Long.MAX_VALUE;
        System.out.println(j);
        float f = 1;
        f += 0.1;
        System.out.println(f);
        i = 100;
        i >>= 33;
        System.out.println(i);
        i <<= 31;
        System.out.println(i);
        i %= 7;
        System.out.println(i);
        i ^= 0xFF;
        System.out.println(i);
        i &= 0xF0;
        i |= 3;
        System.out.println(i);
        long lg = 1;
        lg <<= 65;
        System.out.println(lg);
    }
}
// expect: 54
// expect: 24
// expect: 16960
// expect: B
// expect: 12
// expect: 11
// expect: 2147483647
// expect: 16
// expect: 4
// expect: 1.1
// expect: 50
// expect: 0
// expect: 0
// expect: 255
// expect: 243
// expect: 2
