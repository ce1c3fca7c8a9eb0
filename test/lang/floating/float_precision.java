// float arithmetic is IEEE single precision: results are rounded to float after every operation.
class Main {
    public static void main(String[] args) {
        float a = 0.1f, b = 0.2f;
        System.out.println(a + b);
        System.out.println(a * 3);
        System.out.println(1.0f / 3);
        System.out.println(2f / 3f);
        float sum = 0;
        for (int i = 0; i < 10; i++) sum += 0.1f;
        System.out.println(sum);
        double dsum = 0;
        for (int i = 0; i < 10; i++) dsum += 0.1;
        System.out.println(dsum);
        System.out.println(16777216f + 1f);
        System.out.println(100000000f + 1);
        float big = 3.4e38f;
        System.out.println(big);
        System.out.println(1.4e-45f / 2);
        System.out.println(1.4e-45f);
        float f = 1.1f;
        double d = f;
        System.out.println(d);
        System.out.println(f * f);
        System.out.println((double) f * f);
        System.out.println(0.1f + 0.2);
    }
}
// expect: 0.3
// expect: 0.3
// expect: 0.33333334
// expect: 0.6666667
// expect: 1.0000001
// expect: 0.9999999999999999
// expect: 1.6777216E7
// expect: 1.0E8
// expect: 3.4E38
// expect: 0.0
// expect: 1.4E-45
// expect: 1.100000023841858
// expect: 1.21
// expect: 1.210000052452088
// expect: 0.30000000149011613
