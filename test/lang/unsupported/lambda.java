// Lambda expressions are outside the subset.
// expect-error: RF1003 @6 "lambda"
interface Fn { int apply(int x); }
class Main {
    public static void main(String[] args) {
        Fn twice = x -> x * 2;
        System.out.println(twice.apply(4));
    }
}
