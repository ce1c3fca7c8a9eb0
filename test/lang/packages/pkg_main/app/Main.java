// The main class itself lives in a package and imports a class from a sub-package.
// main: app.Main
package app;

import app.model.Account;

public class Main {
    public static void main(String[] args) {
        Account a = new Account("ann", 100);
        a.deposit(50);
        System.out.println(a.describe());
        System.out.println(Helper.twice(a.balance()));
    }
}
// expect: ann:150
// expect: 300
