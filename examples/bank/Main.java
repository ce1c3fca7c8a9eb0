// A small bank: an interface, an abstract class, two kinds of account, a checked exception, and
// transfers that must leave both accounts unchanged when they fail.
//   ringfence run --source-path examples/bank examples/bank/Main.java
import bank.*;

public class Main {
    static void transfer(Account from, Account to, long cents) {
        try {
            from.withdraw(cents);
            to.deposit(cents);
            System.out.println("moved " + Money.format(cents) + " from " + from.id() + " to " + to.id());
        } catch (InsufficientFundsException e) {
            System.out.println("refused: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            System.out.println("invalid: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        AbstractAccount[] accounts = {
            new Savings("S-1", 100000, 50),
            new Checking("C-1", 5000, 20000),
            new Checking("C-2", 0, 0),
        };
        transfer(accounts[0], accounts[1], 25050);
        transfer(accounts[1], accounts[2], 45000);
        transfer(accounts[1], accounts[2], 10000);
        transfer(accounts[2], accounts[0], 10001);
        transfer(accounts[2], accounts[0], -5);
        for (AbstractAccount a : accounts) a.monthEnd();
        long total = 0;
        for (AbstractAccount a : accounts) {
            System.out.println(a);
            total += a.balance();
        }
        System.out.println("total " + Money.format(total));
    }
}
// expect: moved $250.50 from S-1 to C-1
// expect: moved $450.00 from C-1 to C-2
// expect: refused: C-1 is short by $49.50
// expect: moved $100.01 from C-2 to S-1
// expect: invalid: withdrawal must be positive: -5
// expect: Savings S-1: $853.75
// expect: Checking C-1: -$174.50
// expect: Checking C-2: $349.99
// expect: total $1029.24
