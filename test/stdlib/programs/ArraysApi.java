// Exercises java.util.Arrays and java.util.Objects: toString/deepToString, sort (including
// -0.0 and NaN order and a stable Object sort), binarySearch, fill, copyOf, equals, hashCode.
import java.util.Arrays;
import java.util.Objects;

public class ArraysApi {
    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, 2, 2, -7};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints) + " " + Arrays.binarySearch(ints, 2) + " " + Arrays.binarySearch(ints, 4));
        double[] ds = {3.5, -0.0, Double.NaN, 0.0, -1e300, Double.NEGATIVE_INFINITY, 1.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        float[] fs = {2.5f, Float.NaN, -0.0f, 0.0f, -2.5f};
        Arrays.sort(fs);
        System.out.println(Arrays.toString(fs));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        System.out.println(Arrays.toString(cs) + " [" + new String(cs) + "]");
        long[] ls = {3L, Long.MIN_VALUE, Long.MAX_VALUE, 0L};
        Arrays.sort(ls, 1, 4);
        System.out.println(Arrays.toString(ls));
        String[] words = {"pear", "apple", "fig", "banana", "apple", "cherry", "date", "elderberry", "grape", "kiwi"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words) + " " + Arrays.binarySearch(words, "fig"));
        Integer[] boxed = {Integer.valueOf(3), Integer.valueOf(1), Integer.valueOf(2)};
        Arrays.sort(boxed);
        System.out.println(Arrays.toString(boxed));
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled));
        try {
            Arrays.fill(filled, 3, 1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.fill(filled, 0, 9, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        int[] grown = Arrays.copyOf(ints, 10);
        int[] range = Arrays.copyOfRange(ints, 2, 5);
        System.out.println(Arrays.toString(grown) + " " + Arrays.toString(range));
        Throwable[] errs = {new Error("e1"), new RuntimeException("e2")};
        Object[] errsCopy = Arrays.copyOf(errs, 3);
        System.out.println(errsCopy.getClass().getName() + " " + (errsCopy instanceof Throwable[]) + " " + Arrays.toString(errsCopy));
        Object[] wordsCopy = Arrays.copyOf(words, 3);
        System.out.println(Arrays.toString(wordsCopy) + " " + (wordsCopy instanceof String[]));
        try {
            Arrays.copyOfRange(ints, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0})
            + " " + Arrays.equals(new String[] {"a", null}, new String[] {"a", null}) + " " + Arrays.equals((int[]) null, null));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new String[] {"a", "b"}) + " "
            + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode((long[]) null));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new boolean[0]) + " " + Arrays.toString(new byte[] {-1, 2}));
        Object[] nested = {new int[] {1, 2}, new String[] {"x"}, null, "s", new double[] {0.5}};
        System.out.println(Arrays.deepToString(nested));
        Object[] self = new Object[2];
        self[0] = self;
        System.out.println(Arrays.deepToString(self));
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", "a") + " " + Objects.hashCode(null) + " "
            + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null) + " " + Objects.nonNull("x"));
        try {
            Objects.requireNonNull(null, "must not be null");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.checkIndex(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
