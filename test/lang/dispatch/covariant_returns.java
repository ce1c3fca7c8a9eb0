// An override may narrow the return type (JLS 8.4.8.3); calls through the supertype must still
// reach the override (javac emits a bridge method with the old descriptor).
class Animal {
    Animal self() { return this; }
    Object describe() { return "animal"; }
    public String toString() { return "Animal"; }
}
class Dog extends Animal {
    Dog self() { return this; }
    String describe() { return "dog"; }
    String bark() { return "woof"; }
    public String toString() { return "Dog"; }
}
interface Source { Object next(); }
class Counter implements Source {
    int n;
    public Integer next() { return Integer.valueOf(++n); }
}
class Main {
    public static void main(String[] args) {
        Animal a = new Dog();
        System.out.println(a.self() + " " + a.describe());
        Dog d = new Dog();
        System.out.println(d.self().bark() + " " + d.describe().length());
        Source s = new Counter();
        s.next();
        System.out.println(s.next());
        Counter c = (Counter) s;
        System.out.println(c.next().intValue() + 10);
    }
}
// expect: Dog dog
// expect: woof 3
// expect: 2
// expect: 13
