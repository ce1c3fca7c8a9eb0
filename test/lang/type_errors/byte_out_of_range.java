// 128 does not fit in a byte, so the implicit narrowing of a constant does not apply.
// expect-error: RF2003 @5
class Main {
    public static void main(String[] args) {
        byte b = 128;
        System.out.println(b);
    }
}
