package lib;

// Compiled on its own, Leaf's class file carries its bridges self()Llib/Node; and
// value()Ljava/lang/Object;, which a class compiled against it must see (and the checker ignore).
public class Leaf extends Node {
    public Leaf self() { return this; }
    public String value() { return "leaf"; }
    public String name() { return "leaf name"; }
    public String toString() { return "Leaf"; }
}
