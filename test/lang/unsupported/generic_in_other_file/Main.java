// A multi-file program where the unsupported feature (a generic interface) is in the other file.
// expect-error: RF1003 @Supplier.java:1 "generics"
class Main {
    public static void main(String[] args) {
        System.out.println(new Impl().get());
    }
}
