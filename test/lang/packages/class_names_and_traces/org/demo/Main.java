// Binary names of packaged classes and arrays of them, and an uncaught exception whose stack
// trace runs through two packages.
// main: org.demo.Main
package org.demo;

import org.demo.model.Item;

public class Main {
    public static void main(String[] args) {
        Item it = new Item(12);
        System.out.println(it.getClass().getName() + " " + it.getClass().getSimpleName());
        System.out.println(new Item[0].getClass().getName() + " " + new Main[1][1].getClass().getName());
        System.out.println(new Main().getClass().getName());
        System.out.println(it.perBox(5));
        System.out.println(it.perBox(0));
    }
}
// expect: org.demo.model.Item Item
// expect: [Lorg.demo.model.Item; [[Lorg.demo.Main;
// expect: org.demo.Main
// expect: 2
// expect-runtime-error: java.lang.ArithmeticException
