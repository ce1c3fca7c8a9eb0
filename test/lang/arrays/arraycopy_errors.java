// System.arraycopy's checks and the JDK's messages: null arrays, non-arrays, mismatched element
// types, negative positions or lengths, and ranges past either end. Nothing is copied on failure.
class Main {
    static void copy(Object src, int sp, Object dst, int dp, int n) {
        try {
            System.arraycopy(src, sp, dst, dp, n);
            System.out.println("ok");
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6};
        int[] b = new int[6];
        copy(null, 0, b, 0, 1);
        copy(a, 0, null, 0, 1);
        copy("not an array", 0, b, 0, 1);
        copy(a, 0, new long[6], 0, 1);
        copy(new String[] {"s"}, 0, new Integer[1], 0, 1);
        copy(a, -1, b, 0, 1);
        copy(a, 0, b, -2, 1);
        copy(a, 0, b, 0, -3);
        copy(a, 4, b, 0, 5);
        copy(a, 0, b, 3, 4);
        copy(a, 6, b, 6, 0);
        copy(new Object[] {"x", Integer.valueOf(1)}, 0, new String[2], 0, 2);
        System.out.println(b[0] + b[1] + b[2] + b[3]);
    }
}
// expect: NullPointerException: null
// expect: NullPointerException: null
// expect: ArrayStoreException: arraycopy: source type java.lang.String is not an array
// expect: ArrayStoreException: arraycopy: type mismatch: can not copy int[] into long[]
// expect: ArrayStoreException: arraycopy: type mismatch: can not copy java.lang.String[] into java.lang.Integer[]
// expect: ArrayIndexOutOfBoundsException: arraycopy: source index -1 out of bounds for int[6]
// expect: ArrayIndexOutOfBoundsException: arraycopy: destination index -2 out of bounds for int[6]
// expect: ArrayIndexOutOfBoundsException: arraycopy: length -3 is negative
// expect: ArrayIndexOutOfBoundsException: arraycopy: last source index 9 out of bounds for int[6]
// expect: ArrayIndexOutOfBoundsException: arraycopy: last destination index 7 out of bounds for int[6]
// expect: ok
// expect: ArrayStoreException: arraycopy: element type mismatch: can not cast one of the elements of java.lang.Object[] to the type of the destination array, java.lang.String
// expect: 0
