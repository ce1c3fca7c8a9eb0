// A private constructor used only through a static factory method in the same class.
class Id {
    private static int next = 100;
    private final int id;
    private Id(int id) { this.id = id; }
    static Id fresh() { return new Id(next++); }
    int get() { return id; }
}
class Main {
    public static void main(String[] args) {
        Id a = Id.fresh(), b = Id.fresh();
        System.out.println(a.get() + " " + b.get());
    }
}
// expect: 100 101
