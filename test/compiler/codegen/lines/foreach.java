// A for-each over an array: javac positions the lowered loop (setup, test, element load and
// increment) at the array expression, so those entries carry the expression's line.
class Main {
    static int[] nums(int n) { return new int[n]; }
    public static void main(String[] args) {
        int sum = 0;
        for (int x : nums(3)) {
            sum += x;
        }
        for (int x
               :
             nums(2)) {
            sum +=
                x;
            sum++;
        }
        for (String s : args) sum += s.length();
        System.out.println(sum);
    }
}
// expect: 2
