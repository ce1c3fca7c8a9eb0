class Counter {
    static final String NAME = "counter";
    int count;
    protected void bump() { count += 10; }
}
