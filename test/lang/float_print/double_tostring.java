// Double.toString: shortest digits that round-trip, with scientific notation outside [1e-3, 1e7).
class Main {
    public static void main(String[] args) {
        double[] vals = { 0.0, 1.0, -1.0, 0.5, 0.1, 100.0, 1234567.0, 9999999.0, 1.0E7, 12345678.9,
            0.001, 0.00099, 1.0E-4, 123.456, 1.0E21, 1.0E22, 4.35, 2.675, 0.3, 1.0 / 3,
            2.0 / 3, 1e100, 1.7976931348623157E308, 4.9E-324, 2.2250738585072014E-308, 5e-324 * 3,
            Math.PI, Math.E, 299792458.0, 6.02214076e23, 1.602176634e-19, -123.0e-10, 100.5, 1e15, 1e16 };
        for (double d : vals) System.out.println(d);
    }
}
// expect: 0.0
// expect: 1.0
// expect: -1.0
// expect: 0.5
// expect: 0.1
// expect: 100.0
// expect: 1234567.0
// expect: 9999999.0
// expect: 1.0E7
// expect: 1.23456789E7
// expect: 0.001
// expect: 9.9E-4
// expect: 1.0E-4
// expect: 123.456
// expect: 1.0E21
// expect: 1.0E22
// expect: 4.35
// expect: 2.675
// expect: 0.3
// expect: 0.3333333333333333
// expect: 0.6666666666666666
// expect: 1.0E100
// expect: 1.7976931348623157E308
// expect: 4.9E-324
// expect: 2.2250738585072014E-308
// expect: 1.5E-323
// expect: 3.141592653589793
// expect: 2.718281828459045
// expect: 2.99792458E8
// expect: 6.02214076E23
// expect: 1.602176634E-19
// expect: -1.23E-8
// expect: 100.5
// expect: 1.0E15
// expect: 1.0E16
