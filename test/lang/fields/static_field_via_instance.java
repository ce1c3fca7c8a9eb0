// A static field accessed through an instance expression uses the static type; the
// expression is still evaluated (JLS 15.11.1), and a null reference does not throw.
class Holder {
    static int shared = 5;
    int own = 1;
}
class Main {
    static Holder make() { System.out.println("make called"); return null; }
    public static void main(String[] args) {
        Holder h = new Holder();
        h.shared++;
        System.out.println(Holder.shared);
        System.out.println(make().shared);
    }
}
// expect: 6
// expect: make called
// expect: 6
