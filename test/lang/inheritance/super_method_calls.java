// super.method() calls the superclass's version non-virtually, even from deeper subclasses.
class Base {
    String greet() { return "base"; }
    String callGreet() { return greet(); }
}
class Mid extends Base {
    String greet() { return "mid+" + super.greet(); }
}
class Top extends Mid {
    String greet() { return "top+" + super.greet(); }
    String baseOnly() { return super.callGreet(); }
}
class Main {
    public static void main(String[] args) {
        Top t = new Top();
        System.out.println(t.greet());
        System.out.println(t.baseOnly());
        System.out.println(new Mid().callGreet());
    }
}
// expect: top+mid+base
// expect: top+mid+base
// expect: mid+base
