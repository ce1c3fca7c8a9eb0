// Creating an instance initializes the class first; static init runs once, before the constructor.
class Thing {
    static { System.out.println("Thing static init"); }
    Thing() { System.out.println("Thing constructor"); }
}
class Main {
    public static void main(String[] args) {
        System.out.println("before");
        new Thing();
        new Thing();
        System.out.println("after");
    }
}
// expect: before
// expect: Thing static init
// expect: Thing constructor
// expect: Thing constructor
// expect: after
