package bank;

/** Anything that holds money. */
public interface Account {
    String id();
    long balance();
    void deposit(long cents);
    void withdraw(long cents) throws InsufficientFundsException;
}
