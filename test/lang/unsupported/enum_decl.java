// Enums are outside the subset.
// expect-error: RF1003 @3 "enums"
enum Color { RED, GREEN }
class Main {
    public static void main(String[] args) {
        System.out.println(Color.RED);
    }
}
