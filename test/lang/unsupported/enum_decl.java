// Enums are outside the subset.
// expect-error: RF1003
enum Color { RED, GREEN }
class Main {
    public static void main(String[] args) {
        System.out.println(Color.RED);
    }
}
