// With reference arguments, the method with the most specific (subtype) parameter wins; the
// choice uses the static type, not the run-time class.
class Animal {}
class Dog extends Animal {}
class Puppy extends Dog {}
class Main {
    static String who(Object o) { return "Object"; }
    static String who(Animal a) { return "Animal"; }
    static String who(Dog d) { return "Dog"; }
    static String str(Object o) { return "Object"; }
    static String str(String s) { return "String"; }
    public static void main(String[] args) {
        Animal a = new Puppy();
        System.out.println(who(a));
        System.out.println(who(new Puppy()));
        System.out.println(who(new Animal()));
        System.out.println(who((Object) new Dog()));
        System.out.println(who("text"));
        System.out.println(str(null));
        System.out.println(str("x"));
        Object o = "y";
        System.out.println(str(o));
    }
}
// expect: Animal
// expect: Dog
// expect: Animal
// expect: Object
// expect: Object
// expect: String
// expect: String
// expect: Object
