// User-defined checked and unchecked exceptions with messages and causes.
class InsufficientFunds extends Exception {
    final int missing;
    InsufficientFunds(int missing) { super("missing " + missing); this.missing = missing; }
}
class Invalid extends RuntimeException {
    Invalid(String msg, Throwable cause) { super(msg, cause); }
}
class Main {
    static int balance = 50;
    static void withdraw(int amount) throws InsufficientFunds {
        if (amount > balance) throw new InsufficientFunds(amount - balance);
        balance -= amount;
    }
    public static void main(String[] args) {
        try {
            withdraw(20);
            withdraw(40);
            System.out.println("not reached");
        } catch (InsufficientFunds e) {
            System.out.println(e.getMessage() + " / " + e.missing + " / balance " + balance);
        }
        try {
            try {
                withdraw(1000);
            } catch (InsufficientFunds e) {
                throw new Invalid("wrapped", e);
            }
        } catch (Invalid e) {
            System.out.println(e.getMessage() + " caused by " + e.getCause().getMessage());
            System.out.println(e.getCause() instanceof InsufficientFunds);
        }
        Exception plain = new Exception();
        System.out.println(plain.getMessage());
        System.out.println(new RuntimeException("rt").toString());
        System.out.println(new InsufficientFunds(3));
    }
}
// expect: missing 10 / 10 / balance 30
// expect: wrapped caused by missing 970
// expect: true
// expect: null
// expect: java.lang.RuntimeException: rt
// expect: InsufficientFunds: missing 3
