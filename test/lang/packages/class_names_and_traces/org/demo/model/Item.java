package org.demo.model;

public class Item {
    private final int qty;
    public Item(int qty) { this.qty = qty; }
    public int perBox(int boxes) { return qty / boxes; }
}
