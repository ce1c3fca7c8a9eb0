// Package-private and protected members are visible to other classes of the same package.
class Main {
    public static void main(String[] args) {
        Counter c = new Counter();
        c.count++;
        c.bump();
        c.bump();
        System.out.println(c.count);
        System.out.println(Counter.NAME);
    }
}
// expect: 21
// expect: counter
