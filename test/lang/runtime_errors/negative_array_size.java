// Creating an array with a negative size throws NegativeArraySizeException whose message is the size.
class Main {
    public static void main(String[] args) {
        int n = -5;
        try {
            int[] a = new int[n];
            System.out.println(a.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            int[][] m = new int[2][n + 3];
            System.out.println(m.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("caught 2d " + e.getMessage());
        }
        int[] empty = new int[0];
        System.out.println("zero is fine " + empty.length);
    }
}
// expect: caught -5
// expect: caught 2d -2
// expect: zero is fine 0
