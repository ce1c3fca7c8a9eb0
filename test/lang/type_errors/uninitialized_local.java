// A local variable must be definitely assigned before use (JLS 16).
// expect-error: RF3001 @7
class Main {
    public static void main(String[] args) {
        int x;
        if (args.length > 0) x = 1;
        System.out.println(x);
    }
}
