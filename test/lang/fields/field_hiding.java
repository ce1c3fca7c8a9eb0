// A field in a subclass hides the superclass field of the same name; which one is read depends
// on the static type of the reference, not the run-time class (JLS 8.3, 15.11.1).
class Parent {
    String name = "parent";
    static String kind = "P";
    String getName() { return name; }
}
class Child extends Parent {
    String name = "child";
    static String kind = "C";
    String getName() { return name; }
    String both() { return name + "/" + super.name + "/" + ((Parent) this).name; }
}
class Main {
    public static void main(String[] args) {
        Child c = new Child();
        Parent p = c;
        System.out.println(c.name);
        System.out.println(p.name);
        System.out.println(p.getName());
        System.out.println(c.both());
        System.out.println(Parent.kind + Child.kind);
    }
}
// expect: child
// expect: parent
// expect: child
// expect: child/parent/parent
// expect: PC
