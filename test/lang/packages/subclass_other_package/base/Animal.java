package base;

public abstract class Animal {
    protected String name;
    protected Animal(String name) { this.name = name; }
    protected abstract String sound();
    public String speak() { return name + " says " + sound(); }
}
