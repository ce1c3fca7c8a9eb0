// An uncaught ArrayIndexOutOfBoundsException thrown a few frames deep.
class Main {
    static int get(int[] a, int i) { return a[i]; }
    static int sum(int[] a) {
        int s = 0;
        for (int i = 0; i <= a.length; i++) s += get(a, i);
        return s;
    }
    public static void main(String[] args) {
        System.out.println(sum(new int[] {1, 2, 3}));
    }
}
// expect-runtime-error: java.lang.ArrayIndexOutOfBoundsException
