// NullPointerException from field access, method call, array access, array length, and throw null.
class Node { int v; Node next; int get() { return v; } }
class Main {
    public static void main(String[] args) {
        Node n = new Node();
        int caught = 0;
        try { System.out.println(n.next.v); } catch (NullPointerException e) { caught++; System.out.println("field read"); }
        try { n.next.v = 1; } catch (NullPointerException e) { caught++; System.out.println("field write"); }
        try { n.next.get(); } catch (NullPointerException e) { caught++; System.out.println("invoke"); }
        int[] arr = null;
        try { arr[0] = 1; } catch (NullPointerException e) { caught++; System.out.println("array store"); }
        try { System.out.println(arr[0]); } catch (NullPointerException e) { caught++; System.out.println("array load"); }
        try { System.out.println(arr.length); } catch (NullPointerException e) { caught++; System.out.println("array length"); }
        try { RuntimeException r = null; throw r; } catch (NullPointerException e) { caught++; System.out.println("throw null"); }
        String s = null;
        try { s.length(); } catch (NullPointerException e) { caught++; System.out.println("string method"); }
        try { switch (s) { default: System.out.println("no"); } } catch (NullPointerException e) { caught++; System.out.println("switch on null string"); }
        System.out.println(caught);
    }
}
// expect: field read
// expect: field write
// expect: invoke
// expect: array store
// expect: array load
// expect: array length
// expect: throw null
// expect: string method
// expect: switch on null string
// expect: 9
