// Several independent errors are all reported in one run.
// expect-error: RF2001
// expect-error: RF2002
// expect-error: RF3001
class Main {
    public static void main(String[] args) {
        System.out.println(undefinedName);
        String s = 5;
        int y;
        System.out.println(y);
    }
}
