// final locals with constant initializers are constant variables: assignable to narrower types.
class Main {
    public static void main(String[] args) {
        final int small = 100;
        byte b = small;
        final char ch = 'A';
        short sh = ch;
        final int big = 1000;
        char c = big;
        System.out.println(b + " " + sh + " " + (int) c);
        byte b2 = 'a';
        char c2 = 65;
        short s2 = (short) 1 + 2;
        System.out.println(b2 + " " + c2 + " " + s2);
        final long lg = 5;
        int fromLong = (int) lg;
        System.out.println(fromLong);
    }
}
// expect: 100 65 1000
// expect: 97 A 3
// expect: 5
