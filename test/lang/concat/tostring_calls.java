// Concatenation calls toString() on objects exactly once each, left to right, and evaluates
// operands in order.
class Noisy {
    final String name;
    Noisy(String n) { name = n; }
    public String toString() { System.out.println("toString " + name); return name; }
}
class Main {
    public static void main(String[] args) {
        String r = new Noisy("a") + "-" + new Noisy("b");
        System.out.println(r);
        Object[] arr = { new Noisy("c") };
        System.out.println("arr0=" + arr[0]);
    }
}
// expect: toString a
// expect: toString b
// expect: a-b
// expect: toString c
// expect: arr0=c
