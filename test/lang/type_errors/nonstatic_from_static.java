// An instance field cannot be used from a static method.
// expect-error: RF2005 @6
class Main {
    int count = 3;
    public static void main(String[] args) {
        System.out.println(count);
    }
}
