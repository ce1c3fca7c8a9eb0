// final methods and final classes can be called normally; they are simply not overridable.
class Base {
    final String id() { return "base-id"; }
    String kind() { return "base"; }
}
final class Sealed extends Base {
    String kind() { return "sealed"; }
}
class Main {
    public static void main(String[] args) {
        Base b = new Sealed();
        System.out.println(b.id() + " " + b.kind());
        Sealed s = new Sealed();
        System.out.println(s.id());
    }
}
// expect: base-id sealed
// expect: base-id
