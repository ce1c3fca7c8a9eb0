// An abstract class may implement an interface partially; a concrete subclass finishes it.
interface Op {
    int apply(int a, int b);
    String symbol();
}
abstract class NamedOp implements Op {
    public String describe(int a, int b) { return a + " " + symbol() + " " + b + " = " + apply(a, b); }
}
class Add extends NamedOp {
    public int apply(int a, int b) { return a + b; }
    public String symbol() { return "+"; }
}
class Mul extends NamedOp {
    public int apply(int a, int b) { return a * b; }
    public String symbol() { return "*"; }
}
class Main {
    public static void main(String[] args) {
        NamedOp[] ops = { new Add(), new Mul() };
        for (NamedOp op : ops) System.out.println(op.describe(6, 7));
        Op o = ops[1];
        System.out.println(o.apply(-3, 4));
    }
}
// expect: 6 + 7 = 13
// expect: 6 * 7 = 42
// expect: -12
