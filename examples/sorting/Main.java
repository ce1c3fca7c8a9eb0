// Five sorting algorithms on the same pseudo-random data (a seeded linear congruential
// generator, so every run is identical), each checked against the others.
//   ringfence run examples/sorting/Main.java
public class Main {
    static long seed = 42;

    static int nextInt(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    static void bubble(int[] a) {
        for (int end = a.length - 1; end > 0; end--) {
            boolean swapped = false;
            for (int i = 0; i < end; i++) if (a[i] > a[i + 1]) { swap(a, i, i + 1); swapped = true; }
            if (!swapped) return;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int pivot = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) swap(a, i++, j--);
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void heap(int[] a) {
        for (int i = a.length / 2 - 1; i >= 0; i--) siftDown(a, i, a.length);
        for (int end = a.length - 1; end > 0; end--) {
            swap(a, 0, end);
            siftDown(a, 0, end);
        }
    }

    static void siftDown(int[] a, int i, int n) {
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && a[child + 1] > a[child]) child++;
            if (a[i] >= a[child]) return;
            swap(a, i, child);
            i = child;
        }
    }

    static void swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

    static int[] copy(int[] a) {
        int[] c = new int[a.length];
        System.arraycopy(a, 0, c, 0, a.length);
        return c;
    }

    static boolean same(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    static String head(int[] a, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(a[i]).append(i < n - 1 ? " " : "");
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] data = new int[600];
        for (int i = 0; i < data.length; i++) data[i] = nextInt(1000) - 500;
        System.out.println("input:  " + head(data, 10) + " ...");
        int[] b = copy(data), ins = copy(data), m = copy(data), q = copy(data), h = copy(data);
        bubble(b);
        insertion(ins);
        merge(m, new int[m.length], 0, m.length);
        quick(q, 0, q.length - 1);
        heap(h);
        System.out.println("sorted: " + head(b, 10) + " ...");
        System.out.println("max " + b[b.length - 1] + ", median " + b[b.length / 2]);
        System.out.println("all agree: " + (same(b, ins) && same(b, m) && same(b, q) && same(b, h)));
    }
}
// expect: input:  -166 -474 38 3 -206 -344 469 210 -334 -375 ...
// expect: sorted: -500 -499 -497 -497 -495 -493 -492 -492 -491 -490 ...
// expect: max 497, median -2
// expect: all agree: true
