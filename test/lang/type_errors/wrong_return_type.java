// A returned value must convert to the method's return type.
// expect-error: RF2002 @4
class Main {
    static int f() { return "s"; }
    public static void main(String[] args) {
        System.out.println(f());
    }
}
