// @Override is checked and otherwise has no effect; other annotations are ignored.
class Base {
    String f() { return "base"; }
    public String toString() { return "Base!"; }
}
class Sub extends Base {
    @Override
    String f() { return "sub"; }
    @Override
    public String toString() { return "Sub!"; }
    @Deprecated
    String old() { return "old"; }
    @SuppressWarnings("unused")
    int unused;
}
class Main {
    public static void main(String[] args) {
        Base b = new Sub();
        System.out.println(b.f() + " " + b + " " + new Sub().old());
    }
}
// expect: sub Sub! old
