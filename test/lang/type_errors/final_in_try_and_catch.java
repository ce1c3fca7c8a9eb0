// A final local assigned in try and again in catch might already have been assigned.
// expect-error: RF3004 @10
class Main {
    public static void main(String[] args) {
        final int x;
        try {
            x = Integer.parseInt(args.length > 0 ? args[0] : "1");
            System.out.println("parsed");
        } catch (NumberFormatException e) {
            x = 0;
        }
        System.out.println(x);
    }
}
