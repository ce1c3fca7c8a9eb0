// A final field cannot be assigned after initialization.
// expect-error: RF2019 @6
class Main {
    static final int LIMIT = 10;
    public static void main(String[] args) {
        LIMIT = 11;
        System.out.println(LIMIT);
    }
}
