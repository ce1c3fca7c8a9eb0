// Integer and floating literal forms: hex, octal, binary, underscores, suffixes, edge values.
class Main {
    public static void main(String[] args) {
        System.out.println(0x7FFF_FFFF + " " + 0x8000_0000 + " " + 0xFFFFFFFF + " " + 0b1010 + " " + 017 + " " + 0);
        System.out.println(-2147483648 + " " + -9223372036854775808L + " " + 0x8000000000000000L + " " + 0777L);
        System.out.println(1_000_000 + " " + 0b1111_0000 + " " + 1__2);
        System.out.println(1e3 + " " + 1E-3 + " " + 1.5e+2 + " " + .5 + " " + 5. + " " + 5.f + " " + 1e1f + " " + 3d + " " + 2F);
        System.out.println(0x1p3 + " " + 0x1.8p1 + " " + 0x.8p0f + " " + 0x1p-1074);
        System.out.println(4.9e-324 + " " + 1.7976931348623157e308 + " " + 3.4028235e38f + " " + 1.4e-45f);
        System.out.println('\u0041' + "" + '\101' + '\t' + '|' + '\\' + '\'');
        System.out.println(0xCAFEBABE + " " + 0xCAFEBABEL + " " + (char) 0x263A);
    }
}
// expect: 2147483647 -2147483648 -1 10 15 0
// expect: -2147483648 -9223372036854775808 -9223372036854775808 511
// expect: 1000000 240 12
// expect: 1000.0 0.001 150.0 0.5 5.0 5.0 10.0 3.0 2.0
// expect: 8.0 3.0 0.5 4.9E-324
// expect: 4.9E-324 1.7976931348623157E308 3.4028235E38 1.4E-45
// expect: AA	|\'
// expect: -889275714 3405691582 ☺
