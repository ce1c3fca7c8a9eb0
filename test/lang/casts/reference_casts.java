// Reference casts: upcasts always succeed, checked downcasts to the right type succeed, null casts
// to anything, and a wrong downcast throws ClassCastException (caught here).
class Animal {}
class Cat extends Animal { String meow() { return "meow"; } }
class Dog extends Animal {}
class Main {
    public static void main(String[] args) {
        Animal a = new Cat();
        Cat c = (Cat) a;
        System.out.println(c.meow());
        Object o = (Object) c;
        System.out.println(((Animal) o) == a);
        Object nothing = null;
        Dog d = (Dog) nothing;
        System.out.println(d);
        String s = (String) nothing;
        System.out.println(s);
        Object arr = new Cat[2];
        Animal[] animals = (Animal[]) arr;
        System.out.println(animals.length);
        try {
            Dog wrong = (Dog) a;
            System.out.println("unreachable " + wrong);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException caught");
        }
        try {
            Object str = "text";
            Integer i = (Integer) str;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("second caught");
        }
    }
}
// expect: meow
// expect: true
// expect: null
// expect: null
// expect: 2
// expect: ClassCastException caught
// expect: second caught
