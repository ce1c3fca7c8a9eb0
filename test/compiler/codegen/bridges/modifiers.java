// The bridge takes the implementation's visibility and never its final: a final override, a
// protected method made public, and an override two levels below the method it narrows.
class Animal {
    protected Object sound() { return "..."; }
    Animal mate() { return new Animal(); }
    public String toString() { return "Animal"; }
}
class Dog extends Animal {
    public final String sound() { return "woof"; }
}
class Puppy extends Dog {
    final Puppy mate() { return new Puppy(); }
    public String toString() { return "Puppy"; }
}
class Main {
    public static void main(String[] args) {
        Animal a = new Puppy();
        System.out.println(a.sound() + " " + a.mate());
        Dog d = new Puppy();
        System.out.println(d.sound().length() + " " + d.mate());
        Animal plain = new Dog();
        System.out.println(plain.sound() + " " + plain.mate());
    }
}
// expect: woof Puppy
// expect: 4 Puppy
// expect: woof Animal
