// System.arraycopy: overlapping copies behave as if through a temporary; bad ranges throw.
class Main {
    static String show(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v);
        return sb.toString();
    }
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6};
        System.arraycopy(a, 0, a, 2, 4);
        System.out.println(show(a));
        int[] b = {1, 2, 3, 4, 5, 6};
        System.arraycopy(b, 2, b, 0, 4);
        System.out.println(show(b));
        char[] src = "hello".toCharArray();
        char[] dst = new char[7];
        System.arraycopy(src, 1, dst, 3, 4);
        System.out.println((int) dst[0] + " " + String.valueOf(dst).substring(3));
        try {
            System.arraycopy(a, 4, b, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE");
        }
        try {
            System.arraycopy(a, 0, new long[6], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ASE");
        }
        String[] ss = {"x", "y"};
        Object[] os = new Object[2];
        System.arraycopy(ss, 0, os, 0, 2);
        System.out.println(os[1]);
    }
}
// expect: 121234
// expect: 345656
// expect: 0 ello
// expect: AIOOBE
// expect: ASE
// expect: y
