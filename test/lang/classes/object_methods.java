// Object's equals, toString and getClass().getName()/getSimpleName() on user classes.
class Money {
    final int cents;
    Money(int cents) { this.cents = cents; }
    public boolean equals(Object o) {
        if (!(o instanceof Money)) return false;
        return ((Money) o).cents == cents;
    }
    public int hashCode() { return cents * 31; }
    public String toString() { return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100; }
}
class Plain {}
class Main {
    public static void main(String[] args) {
        Money a = new Money(1205), b = new Money(1205), c = new Money(7);
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equals(c) + " " + a.equals("x"));
        System.out.println(a + " " + c);
        System.out.println(a.hashCode());
        Object p = new Plain();
        System.out.println(p.equals(p) + " " + p.equals(new Plain()));
        System.out.println(p.getClass().getName());
        System.out.println(a.getClass().getSimpleName());
        System.out.println("s".getClass().getName());
        Object o = a;
        System.out.println(o.toString());
    }
}
// expect: true false false false
// expect: 12.05 0.07
// expect: 37355
// expect: true false
// expect: Plain
// expect: Money
// expect: java.lang.String
// expect: 12.05
