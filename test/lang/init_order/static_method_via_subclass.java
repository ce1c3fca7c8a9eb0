// Calling an inherited static method through a subclass name initializes only the declaring
// class; creating a subclass instance later initializes the subclass (JLS 12.4.1).
class Super {
    static { System.out.println("Super init"); }
    static String hello() { return "hello from Super"; }
}
class Sub extends Super {
    static { System.out.println("Sub init"); }
}
class Main {
    public static void main(String[] args) {
        System.out.println(Sub.hello());
        System.out.println("--");
        new Sub();
        System.out.println("done");
    }
}
// expect: Super init
// expect: hello from Super
// expect: --
// expect: Sub init
// expect: done
