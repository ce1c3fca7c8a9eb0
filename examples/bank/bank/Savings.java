package bank;

/** Earns interest (in basis points per month, rounded down); never overdrawn. */
public class Savings extends AbstractAccount {
    private final int basisPoints;

    public Savings(String id, long opening, int basisPoints) {
        super(id, opening);
        this.basisPoints = basisPoints;
    }

    protected long overdraftLimit() { return 0; }

    public void monthEnd() { balance += balance * basisPoints / 10000; }
}
