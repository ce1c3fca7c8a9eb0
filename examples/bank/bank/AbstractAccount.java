package bank;

/** What every account shares: an id, a balance, and a limit on how far it may go down. */
public abstract class AbstractAccount implements Account {
    private final String id;
    protected long balance;

    protected AbstractAccount(String id, long opening) {
        this.id = id;
        this.balance = opening;
    }

    public String id() { return id; }
    public long balance() { return balance; }

    public void deposit(long cents) {
        if (cents <= 0) throw new IllegalArgumentException("deposit must be positive: " + cents);
        balance += cents;
    }

    public void withdraw(long cents) throws InsufficientFundsException {
        if (cents <= 0) throw new IllegalArgumentException("withdrawal must be positive: " + cents);
        long floor = -overdraftLimit();
        if (balance - cents < floor) throw new InsufficientFundsException(id, floor - (balance - cents));
        balance -= cents;
    }

    /** How far below zero this kind of account may go. */
    protected abstract long overdraftLimit();

    /** Applied once a month; what it does depends on the kind of account. */
    public abstract void monthEnd();

    public String toString() {
        return getClass().getSimpleName() + " " + id + ": " + Money.format(balance);
    }
}
