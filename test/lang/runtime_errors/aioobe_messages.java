// ArrayIndexOutOfBoundsException carries Java's message "Index i out of bounds for length n".
class Main {
    static void at(int[] a, int i) {
        try {
            System.out.println(a[i]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        at(a, 2);
        at(a, 3);
        at(a, -1);
        at(new int[0], 0);
        at(a, Integer.MIN_VALUE);
        try {
            String[] s = new String[2];
            s[2] = "x";
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store: " + e.getMessage());
        }
        try {
            long[][] m = new long[2][2];
            m[1][5]++;
        } catch (IndexOutOfBoundsException e) {
            System.out.println("as IOOBE: " + e.getMessage());
        }
    }
}
// expect: 3
// expect: Index 3 out of bounds for length 3
// expect: Index -1 out of bounds for length 3
// expect: Index 0 out of bounds for length 0
// expect: Index -2147483648 out of bounds for length 3
// expect: store: Index 2 out of bounds for length 2
// expect: as IOOBE: Index 5 out of bounds for length 2
