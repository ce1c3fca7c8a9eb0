// An abstract class implementing an interface without declaring its methods; calls through the
// abstract class type must find the interface method (JVMS 5.4.3.3 method resolution looks in
// superinterfaces), and an inherited superclass method can implement an interface method.
interface Runner { String run(); int speed(); }
abstract class Base implements Runner {
    String describe() { return run() + "@" + speed(); }
}
class Fast extends Base {
    public String run() { return "fast"; }
    public int speed() { return 10; }
}
class Walker {
    public String run() { return "walk"; }
    public int speed() { return 1; }
}
class Hiker extends Walker implements Runner {}
class Main {
    public static void main(String[] args) {
        Base b = new Fast();
        System.out.println(b.run() + " " + b.speed() + " " + b.describe());
        Runner r = new Hiker();
        System.out.println(r.run() + " " + r.speed());
        Runner[] all = {b, r};
        int total = 0;
        for (Runner x : all) total += x.speed();
        System.out.println(total);
    }
}
// expect: fast 10 fast@10
// expect: walk 1
// expect: 11
