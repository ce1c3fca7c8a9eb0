// Dispatch finds the nearest override through an abstract middle class and interfaces.
interface Visitor { String visit(Node n); }
abstract class Node {
    abstract String accept(Visitor v);
    String label() { return "node"; }
}
class Leaf extends Node {
    String accept(Visitor v) { return v.visit(this); }
    String label() { return "leaf"; }
}
class Pair extends Node {
    Node l, r;
    Pair(Node l, Node r) { this.l = l; this.r = r; }
    String accept(Visitor v) { return "(" + l.accept(v) + " " + r.accept(v) + ")"; }
}
class Upper implements Visitor {
    public String visit(Node n) { return n.label().toUpperCase(); }
}
class Main {
    public static void main(String[] args) {
        Node tree = new Pair(new Leaf(), new Pair(new Leaf(), new Leaf()));
        System.out.println(tree.accept(new Upper()));
        System.out.println(tree.label());
    }
}
// expect: (LEAF (LEAF LEAF))
// expect: node
