package lib;

public class Base {
    protected int secret() { return 42; }
}
