// A class implementing an interface method with a narrower return type gets a bridge with the
// interface's descriptor; so does a class whose interfaces declare the method with several
// return types (one bridge per descriptor). Interfaces themselves get no bridges.
interface Source { Object next(); }
interface NumberSource extends Source { Number next(); }
interface Named { Object name(); }
interface Titled { CharSequence name(); }
class Counter implements NumberSource {
    int n;
    public Integer next() { n++; return Integer.valueOf(n * 10); }
}
class Person implements Named, Titled {
    public String name() { return "Ada"; }
}
class Both extends Counter implements Named {
    public String name() { return "both"; }
}
class Main {
    static Object pull(Source s) { return s.next(); }
    static Number pullNumber(NumberSource s) { return s.next(); }
    public static void main(String[] args) {
        Counter c = new Counter();
        System.out.println(pull(c));
        System.out.println(pullNumber(c).intValue() + 1);
        System.out.println(c.next().intValue() * 2);
        Person p = new Person();
        Named n = p;
        Titled t = p;
        System.out.println(n.name() + " " + t.name().length() + " " + p.name().toUpperCase());
        Both b = new Both();
        Source s = b;
        Named nb = b;
        System.out.println(s.next() + " " + nb.name() + " " + b.next());
    }
}
// expect: 10
// expect: 21
// expect: 60
// expect: Ada 3 ADA
// expect: 10 both 20
