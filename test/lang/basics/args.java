// Command-line arguments arrive in main's String[] in order.
// args: alpha beta 42
class Main {
    public static void main(String[] args) {
        System.out.println(args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": " + args[i]);
        }
        System.out.println(Integer.parseInt(args[2]) + 1);
    }
}
// expect: 3
// expect: 0: alpha
// expect: 1: beta
// expect: 2: 42
// expect: 43
