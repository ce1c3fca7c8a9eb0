// Every element of an int[] initializer must convert to int.
// expect-error: RF2002 @5
class Main {
    public static void main(String[] args) {
        int[] a = {1, "two", 3};
        System.out.println(a.length);
    }
}
