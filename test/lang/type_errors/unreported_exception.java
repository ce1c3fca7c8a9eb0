// A checked exception must be caught or declared.
// expect-error: RF3007 @6
class Main {
    static void risky() throws Exception { throw new Exception("x"); }
    public static void main(String[] args) {
        risky();
    }
}
