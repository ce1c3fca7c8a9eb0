// A class that inherits a covariant implementation from its superclass while an interface it
// implements declares the wider return type: javac puts the bridge in the implementing class,
// and it calls the inherited method with invokespecial on the direct superclass.
interface Box { Object get(); }
interface Sized { Number size(); }
class Base {
    public String get() { return "from Base"; }
    public Integer size() { return Integer.valueOf(7); }
}
class Middle extends Base {
}
class Leaf extends Middle implements Box, Sized {
}
class Overrider extends Leaf {
    public String get() { return "from Overrider"; }
}
class Direct extends Base implements Box {
}
class Main {
    static void show(Box b, Sized s) {
        System.out.println(b.get() + " / " + s.size());
    }
    public static void main(String[] args) {
        Leaf leaf = new Leaf();
        show(leaf, leaf);
        Overrider o = new Overrider();
        show(o, o);
        Box d = new Direct();
        System.out.println(d.get());
        Base b = o;
        System.out.println(b.get().length());
    }
}
// expect: from Base / 7
// expect: from Overrider / 7
// expect: from Base
// expect: 14
