// A final instance field must be assigned by every constructor.
// expect-error: RF3006 @4
class Point {
    final int x;
}
class Main {
    public static void main(String[] args) {
        System.out.println(new Point().x);
    }
}
