package bank;

/** Thrown when a withdrawal would take an account below what it allows. */
public class InsufficientFundsException extends Exception {
    private final long shortBy;

    public InsufficientFundsException(String accountId, long shortBy) {
        super(accountId + " is short by " + Money.format(shortBy));
        this.shortBy = shortBy;
    }

    public long shortBy() { return shortBy; }
}
