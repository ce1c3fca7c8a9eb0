// A multi-catch clause handles several unrelated exception types with one block.
class Main {
    static void fail(int kind) {
        if (kind == 0) throw new IllegalArgumentException("arg");
        if (kind == 1) throw new ArithmeticException("math");
        if (kind == 2) { int[] a = new int[1]; a[kind] = 1; }
        if (kind == 3) { String s = null; s.length(); }
        throw new UnsupportedOperationException("unsupported");
    }
    public static void main(String[] args) {
        for (int k = 0; k < 5; k++) {
            try {
                fail(k);
            } catch (IllegalArgumentException | ArithmeticException e) {
                System.out.println("group1 " + e.getMessage());
            } catch (ArrayIndexOutOfBoundsException | NullPointerException e) {
                System.out.println("group2 " + (e instanceof NullPointerException ? "npe" : "aioobe"));
            } catch (RuntimeException e) {
                System.out.println("other " + e.getMessage());
            }
        }
    }
}
// expect: group1 arg
// expect: group1 math
// expect: group2 aioobe
// expect: group2 npe
// expect: other unsupported
