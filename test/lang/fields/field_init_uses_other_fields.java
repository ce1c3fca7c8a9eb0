// Instance field initializers may use earlier fields and call methods.
class Config {
    int base = 10;
    int doubled = base * 2;
    String label = describe();
    String describe() { return "base=" + base + " doubled=" + doubled; }
}
class Main {
    public static void main(String[] args) {
        Config c = new Config();
        System.out.println(c.label);
        System.out.println(c.doubled);
    }
}
// expect: base=10 doubled=20
// expect: 20
