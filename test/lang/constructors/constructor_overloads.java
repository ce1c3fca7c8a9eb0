// Overloaded constructors chosen by argument types, like methods.
class Value {
    final String how;
    Value(int i) { how = "int " + i; }
    Value(long l) { how = "long " + l; }
    Value(double d) { how = "double " + d; }
    Value(String s) { how = "String " + s; }
    Value(Object o) { how = "Object " + o; }
    Value(char c) { how = "char " + c; }
}
class Main {
    public static void main(String[] args) {
        System.out.println(new Value(1).how);
        System.out.println(new Value(1L).how);
        System.out.println(new Value(1.5f).how);
        System.out.println(new Value("s").how);
        System.out.println(new Value('c').how);
        byte b = 3;
        System.out.println(new Value(b).how);
        System.out.println(new Value(new StringBuilder("sb")).how);
    }
}
// expect: int 1
// expect: long 1
// expect: double 1.5
// expect: String s
// expect: char c
// expect: int 3
// expect: Object sb
