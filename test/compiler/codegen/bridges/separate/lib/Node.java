package lib;

public class Node {
    public Node self() { return this; }
    public Object value() { return "node"; }
    public String toString() { return "Node"; }
}
