// Variable-arity parameters are outside the subset.
// expect-error: RF1003 @4 "varargs"
class Main {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }
    public static void main(String[] args) {
        System.out.println(sum(1, 2, 3));
    }
}
