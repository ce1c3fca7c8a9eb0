// An int expression overflows before widening; widening one operand first avoids it.
class Main {
    public static void main(String[] args) {
        int a = 1_000_000;
        long wrong = a * a;
        long right = (long) a * a;
        long alsoRight = a * (long) a;
        long millisPerYear = 365 * 24 * 60 * 60 * 1000;
        long millisPerYearL = 365L * 24 * 60 * 60 * 1000;
        System.out.println(wrong);
        System.out.println(right);
        System.out.println(alsoRight);
        System.out.println(millisPerYear);
        System.out.println(millisPerYearL);
    }
}
// expect: -727379968
// expect: 1000000000000
// expect: 1000000000000
// expect: 1471228928
// expect: 31536000000
