package app.model;

public class Account {
    private final String owner;
    private int balance;
    public Account(String owner, int balance) { this.owner = owner; this.balance = balance; }
    public void deposit(int amount) { balance += amount; }
    public int balance() { return balance; }
    public String describe() { return owner + ":" + balance; }
}
