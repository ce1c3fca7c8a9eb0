// Several independent errors are all reported in one run.
// expect-error: RF2001 @7
// expect-error: RF2002 @8
// expect-error: RF3001 @10
class Main {
    public static void main(String[] args) {
        System.out.println(undefinedName);
        String s = 5;
        int y;
        System.out.println(y);
    }
}
