package lib;

public class Base {
    protected int secret() { return 42; }
    int packageOnly() { return 7; }
}
