package p;

// Not public: a public subclass re-declares its public non-final methods with a bridge
// (javac's "visibility bridge"), calling them with invokespecial.
class Base {
    public String hello() { return "hello from Base"; }
    public final String fixed() { return "fixed"; }
    public Object made() { return "made by Base"; }
}
