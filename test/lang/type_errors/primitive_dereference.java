// A primitive has no members.
// expect-error: RF2011 @6
class Main {
    public static void main(String[] args) {
        int x = 5;
        System.out.println(x.toString());
    }
}
