// A subclass in another package uses protected constructor, field and method of its superclass.
import base.Animal;

class Dog extends Animal {
    Dog() { super("dog"); }
    protected String sound() { return "woof (" + name.length() + ")"; }
}

class Main {
    public static void main(String[] args) {
        Animal a = new Dog();
        System.out.println(a.speak());
    }
}
// expect: dog says woof (3)
