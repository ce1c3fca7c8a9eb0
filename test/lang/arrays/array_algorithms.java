// Binary search, reversal and insertion sort over int arrays.
class Main {
    static int search(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }
    static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) { int t = a[i]; a[i] = a[j]; a[j] = t; }
    }
    static void sort(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }
    static String show(int[] a) {
        String s = "";
        for (int i = 0; i < a.length; i++) s += (i == 0 ? "" : ",") + a[i];
        return s;
    }
    public static void main(String[] args) {
        int[] a = {9, -2, 7, 0, 7, 3, -8};
        sort(a);
        System.out.println(show(a));
        System.out.println(search(a, 7) >= 0);
        System.out.println(search(a, 4) + " " + search(a, -100) + " " + search(a, 100));
        reverse(a);
        System.out.println(show(a));
    }
}
// expect: -8,-2,0,3,7,7,9
// expect: true
// expect: -5 -1 -8
// expect: 9,7,7,3,0,-2,-8
