package bank;

/** May be overdrawn up to a limit; pays a fee at month end while overdrawn. */
public class Checking extends AbstractAccount {
    static final long FEE = 2500;
    private final long limit;

    public Checking(String id, long opening, long limit) {
        super(id, opening);
        this.limit = limit;
    }

    protected long overdraftLimit() { return limit; }

    public void monthEnd() { if (balance < 0) balance -= FEE; }
}
