// A subclass inherits fields and methods and can add its own.
class Animal {
    String name;
    Animal(String name) { this.name = name; }
    String describe() { return name + " is an animal"; }
    int legs() { return 4; }
}
class Bird extends Animal {
    Bird(String name) { super(name); }
    int legs() { return 2; }
    boolean flies() { return true; }
}
class Main {
    public static void main(String[] args) {
        Bird b = new Bird("robin");
        System.out.println(b.describe());
        System.out.println(b.legs() + " " + b.flies());
        Animal a = b;
        System.out.println(a.legs());
        System.out.println(new Animal("cat").legs());
    }
}
// expect: robin is an animal
// expect: 2 true
// expect: 2
// expect: 4
