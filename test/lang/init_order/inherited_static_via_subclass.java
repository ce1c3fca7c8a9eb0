// Accessing a static field through a subclass name initializes only the declaring class (JLS 12.4.1).
class Super {
    static int x = 10;
    static { System.out.println("Super init"); }
}
class Sub extends Super {
    static { System.out.println("Sub init"); }
}
class Main {
    public static void main(String[] args) {
        System.out.println(Sub.x);
        System.out.println("done");
    }
}
// expect: Super init
// expect: 10
// expect: done
