// Compound assignment to array elements and fields evaluates the target's subexpressions once.
class Counter { int n; long big; }
class Main {
    static int idx = 0;
    static int nextIndex() { System.out.println("index " + idx); return idx++; }
    static Counter counter = new Counter();
    static Counter get() { System.out.println("get"); return counter; }
    public static void main(String[] args) {
        int[] a = {10, 20, 30};
        a[nextIndex()] += 5;
        a[nextIndex()] *= 2;
        System.out.println(a[0] + " " + a[1] + " " + a[2]);
        get().n += 7;
        get().n++;
        get().big -= 3;
        System.out.println(counter.n + " " + counter.big);
        byte[] bs = {100};
        bs[0] += 100;
        System.out.println(bs[0]);
        char[] cs = {'x'};
        cs[0]++;
        cs[0] += 1;
        System.out.println(cs[0]);
        String[] strs = {"a"};
        strs[0] += "b" + 1;
        System.out.println(strs[0]);
    }
}
// expect: index 0
// expect: index 1
// expect: 15 40 30
// expect: get
// expect: get
// expect: get
// expect: 8 -3
// expect: -56
// expect: z
// expect: ab1
