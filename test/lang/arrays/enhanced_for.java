// Enhanced for over arrays of primitives, strings and arrays; the array expression is evaluated once.
class Main {
    static int evals = 0;
    static int[] data() { evals++; return new int[] {3, 1, 4, 1, 5}; }
    public static void main(String[] args) {
        int sum = 0;
        for (int x : data()) sum += x;
        System.out.println(sum + " evals=" + evals);
        for (String s : new String[] {"x", "y"}) System.out.print(s);
        System.out.println();
        int[][] m = {{1, 2}, {3}};
        for (int[] row : m) for (int v : row) System.out.print(v + ";");
        System.out.println();
        long total = 0;
        for (long v : new int[] {1, 2, 3}) total += v;
        System.out.println(total);
        int[] arr = {1, 2, 3};
        for (int v : arr) { v *= 10; }
        System.out.println(arr[0]);
        for (char c : "hey".toCharArray()) System.out.print((char) (c - 32));
        System.out.println();
    }
}
// expect: 14 evals=1
// expect: xy
// expect: 1;2;3;
// expect: 6
// expect: 1
// expect: HEY
