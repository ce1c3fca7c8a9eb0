// instanceof, casts and null-typed references do not initialize a class; reading a constant
// through an instance expression evaluates the expression but initializes nothing.
class Heavy {
    static final int CONST = 99;
    static int counter = 1;
    static { System.out.println("Heavy init"); }
}
class Main {
    static Heavy make() { System.out.println("make called"); return null; }
    public static void main(String[] args) {
        Object o = "text";
        System.out.println(o instanceof Heavy);
        Heavy h = (Heavy) null;
        System.out.println(h == null);
        System.out.println(make().CONST);
        System.out.println("still not initialized");
        System.out.println(Heavy.counter);
    }
}
// expect: false
// expect: true
// expect: make called
// expect: 99
// expect: still not initialized
// expect: Heavy init
// expect: 1
