package app;

import lib.Leaf;
import lib.Named;
import lib.Node;

// Twig narrows self() again (bridges for both wider descriptors, one of them already a bridge
// in Leaf) and implements Named with the name() it inherits from Leaf (a bridge calling super).
class Twig extends Leaf implements Named {
    public Twig self() { return this; }
    public String toString() { return "Twig"; }
}

public class Main {
    public static void main(String[] args) {
        Leaf leaf = new Leaf();
        System.out.println(leaf.self() + " " + leaf.value().length());
        Node n = new Twig();
        System.out.println(n.self() + " " + n.value());
        Leaf l = new Twig();
        System.out.println(l.self() + " " + l.self().name());
        Named named = new Twig();
        System.out.println(named.name());
    }
}
// main: app.Main
// expect: Leaf 4
// expect: Twig leaf
// expect: Twig leaf name
// expect: leaf name
