// Initializing a class initializes its superclass first (JLS 12.4.2 step 7).
class Grand { static { System.out.println("Grand"); } }
class Parent extends Grand { static { System.out.println("Parent"); } }
class Child extends Parent {
    static { System.out.println("Child"); }
    static void touch() { System.out.println("touched"); }
}
class Main {
    public static void main(String[] args) {
        System.out.println("start");
        Child.touch();
        new Parent();
        System.out.println("end");
    }
}
// expect: start
// expect: Grand
// expect: Parent
// expect: Child
// expect: touched
// expect: end
