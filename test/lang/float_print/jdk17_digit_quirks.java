// Values where JDK 17's Double/Float.toString (FloatingDecimal, before JDK 19's shortest-digit
// algorithm) prints more digits than needed; the oracle is JDK 17, so Ringfence must match it.
class Main {
    public static void main(String[] args) {
        System.out.println(1.0E23);
        System.out.println(2.0E23);
        System.out.println(1.17549435e-38f);
        System.out.println(8.41E21);
        System.out.println(5.0E-324 * 2);
        System.out.println(2.82879384806159E17);
        System.out.println(1.0E-5f);
        System.out.println(2.0E-3);
        System.out.println((float) 123456789L);
        System.out.println(1.23456792E8f);
        System.out.println("concat " + (float) 123456789L + " " + 1.0E23);
        System.out.println(new StringBuilder().append(1.23456792E8f).append(' ').append(2.0E23));
        System.out.println(String.valueOf(1.23456792E8f) + " " + Float.toString(1.23456792E8f));
    }
}
// expect: 9.999999999999999E22
// expect: 1.9999999999999998E23
// expect: 1.17549435E-38
// expect: 8.409999999999999E21
// expect: 1.0E-323
// expect: 2.82879384806159008E17
// expect: 1.0E-5
// expect: 0.002
// expect: 1.23456792E8
// expect: 1.23456792E8
// expect: concat 1.23456792E8 9.999999999999999E22
// expect: 1.23456792E8 1.9999999999999998E23
// expect: 1.23456792E8 1.23456792E8
