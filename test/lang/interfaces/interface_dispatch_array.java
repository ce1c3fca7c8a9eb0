// Calls through an interface type dispatch on the run-time class, including inherited implementations.
interface Speaker { String speak(); }
class Dog implements Speaker { public String speak() { return "woof"; } }
class Puppy extends Dog { public String speak() { return "yip"; } }
class OldDog extends Dog {}
class Main {
    public static void main(String[] args) {
        Speaker[] all = { new Dog(), new Puppy(), new OldDog() };
        String out = "";
        for (int i = 0; i < all.length; i++) out += all[i].speak() + (i < all.length - 1 ? "," : "");
        System.out.println(out);
    }
}
// expect: woof,yip,woof
