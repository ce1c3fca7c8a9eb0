// Initializing a class does not initialize the interfaces it implements (JLS 12.4.1); reading a
// constant from an interface is inlined too.
interface Marker {
    int ID = 3;
}
class Impl implements Marker {
    static { System.out.println("Impl init"); }
    int id() { return ID; }
}
class Main {
    public static void main(String[] args) {
        System.out.println(Marker.ID);
        System.out.println(new Impl().id());
    }
}
// expect: 3
// expect: Impl init
// expect: 3
