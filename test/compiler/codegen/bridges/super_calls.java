// super.m() names the overridden descriptor's method in the superclass (invokespecial does not
// select), so it never reaches a bridge; calls through the subclass type use the narrow one.
class Node {
    Node next() { return null; }
    Object label() { return "node"; }
}
class Chain extends Node {
    int n;
    Chain(int n) { this.n = n; }
    Chain next() { return n == 0 ? null : new Chain(n - 1); }
    String label() { return "chain" + n + "/" + super.label() + "/" + (super.next() == null); }
}
class Main {
    public static void main(String[] args) {
        Node head = new Chain(3);
        int count = 0;
        for (Node x = head; x != null; x = x.next()) {
            System.out.println(x.label());
            count++;
        }
        System.out.println(count);
        Chain c = new Chain(1);
        System.out.println(c.next().label().length());
    }
}
// expect: chain3/node/true
// expect: chain2/node/true
// expect: chain1/node/true
// expect: chain0/node/true
// expect: 4
// expect: 16
