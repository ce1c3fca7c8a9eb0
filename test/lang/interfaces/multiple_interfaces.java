// A class implementing several interfaces is usable through each of them.
interface Named { String name(); }
interface Aged { int age(); }
interface Greeter { String greet(String who); }
class Person implements Named, Aged, Greeter {
    public String name() { return "Ada"; }
    public int age() { return 36; }
    public String greet(String who) { return "Hello " + who + ", I am " + name(); }
}
class Main {
    public static void main(String[] args) {
        Person p = new Person();
        Named n = p;
        Aged a = p;
        Greeter g = p;
        System.out.println(n.name() + " " + a.age());
        System.out.println(g.greet("Bob"));
        System.out.println(n instanceof Aged);
        Object o = g;
        System.out.println(((Named) o).name());
    }
}
// expect: Ada 36
// expect: Hello Bob, I am Ada
// expect: true
// expect: Ada
