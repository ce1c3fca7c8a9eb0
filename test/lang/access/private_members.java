// Private members are accessible anywhere inside the same top-level class, including on other instances.
class Account {
    private int balance;
    private Account(int b) { balance = b; }
    static Account of(int b) { return new Account(b); }
    boolean richerThan(Account other) { return balance > other.balance; }
    void transferTo(Account other, int amount) { balance -= amount; other.balance += amount; }
    int balance() { return balance; }
}
class Main {
    public static void main(String[] args) {
        Account a = Account.of(100), b = Account.of(30);
        System.out.println(a.richerThan(b));
        a.transferTo(b, 60);
        System.out.println(a.balance() + " " + b.balance() + " " + a.richerThan(b));
    }
}
// expect: true
// expect: 40 90 false
