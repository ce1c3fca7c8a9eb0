// Method references are outside the subset.
// expect-error: RF1003 @6 "method references"
interface Fn { String apply(String x); }
class Main {
    public static void main(String[] args) {
        Fn f = String::trim;
        System.out.println(f.apply(" x "));
    }
}
