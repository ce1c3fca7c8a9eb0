// instanceof tests and checked downcasts through a class hierarchy, and instanceof with null.
class Vehicle {}
class Car extends Vehicle { String honk() { return "beep"; } }
class Truck extends Vehicle {}
class Main {
    static String classify(Vehicle v) {
        if (v instanceof Car) return "car:" + ((Car) v).honk();
        if (v instanceof Truck) return "truck";
        if (v instanceof Vehicle) return "vehicle";
        return "null";
    }
    public static void main(String[] args) {
        System.out.println(classify(new Car()));
        System.out.println(classify(new Truck()));
        System.out.println(classify(new Vehicle()));
        System.out.println(classify(null));
        Object o = "string";
        System.out.println(o instanceof String);
        System.out.println(o instanceof Object);
        Object arr = new int[3];
        System.out.println(arr instanceof int[]);
        System.out.println(arr instanceof Object);
        Object sarr = new String[1];
        System.out.println(sarr instanceof Object[]);
        System.out.println(sarr instanceof String[]);
    }
}
// expect: car:beep
// expect: truck
// expect: vehicle
// expect: null
// expect: true
// expect: true
// expect: true
// expect: true
// expect: true
// expect: true
