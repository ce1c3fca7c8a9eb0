// Static initializers and static field initializers run in textual order, once.
class Order {
    static int a = log("a", 1);
    static { log("block1", 0); }
    static int b = log("b", a + 1);
    static { log("block2", b); }
    static int c;
    static int log(String what, int v) { System.out.println(what + "=" + v); return v; }
}
class Main {
    public static void main(String[] args) {
        System.out.println(Order.c);
        System.out.println(Order.a + Order.b);
    }
}
// expect: a=1
// expect: block1=0
// expect: b=2
// expect: block2=2
// expect: 0
// expect: 3
