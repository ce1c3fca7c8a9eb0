// A private field is not accessible from another class.
// expect-error: RF2006 @8
class Safe {
    private int secret = 42;
}
class Main {
    public static void main(String[] args) {
        System.out.println(new Safe().secret);
    }
}
