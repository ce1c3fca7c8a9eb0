// Float.toString: shortest float digits, same notation rules as double.
class Main {
    public static void main(String[] args) {
        float[] vals = { 0f, 1f, -1f, 0.5f, 0.1f, 0.2f, 0.3f, 1.0f / 3, 2f / 3, 100f, 1234567f, 9999999f, 1e7f,
            1.2345678e7f, 0.001f, 0.0009f, 3.4028235e38f, 1.4e-45f, 3.14159265f, 16777216f,
            16777217f, 33554431f, 1e10f, 123.456f, -0.0f, 2.5e-5f, 65504f, 0.7f, 1.1f };
        for (float f : vals) System.out.println(f);
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE);
    }
}
// expect: 0.0
// expect: 1.0
// expect: -1.0
// expect: 0.5
// expect: 0.1
// expect: 0.2
// expect: 0.3
// expect: 0.33333334
// expect: 0.6666667
// expect: 100.0
// expect: 1234567.0
// expect: 9999999.0
// expect: 1.0E7
// expect: 1.2345678E7
// expect: 0.001
// expect: 9.0E-4
// expect: 3.4028235E38
// expect: 1.4E-45
// expect: 3.1415927
// expect: 1.6777216E7
// expect: 1.6777216E7
// expect: 3.3554432E7
// expect: 1.0E10
// expect: 123.456
// expect: -0.0
// expect: 2.5E-5
// expect: 65504.0
// expect: 0.7
// expect: 1.1
// expect: 3.4028235E38 1.4E-45
