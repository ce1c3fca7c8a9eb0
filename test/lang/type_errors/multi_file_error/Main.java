// A type error in a second file of a multi-file program is reported.
// expect-error: RF2013 @Util.java:3
class Main {
    public static void main(String[] args) {
        System.out.println(Util.half(10));
    }
}
