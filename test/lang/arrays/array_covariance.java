// Arrays are covariant: a String[] is an Object[]; storing a wrong type throws ArrayStoreException.
class Main {
    public static void main(String[] args) {
        String[] strings = {"a", "b"};
        Object[] objects = strings;
        objects[0] = "z";
        System.out.println(strings[0]);
        try {
            objects[1] = Integer.valueOf(1);
            System.out.println("stored");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        objects[1] = null;
        System.out.println(strings[1]);
        Object[][] nested = new String[1][1];
        try {
            nested[0] = new Object[1];
        } catch (ArrayStoreException e) {
            System.out.println("nested: " + e.getMessage());
        }
        System.out.println(objects instanceof String[]);
    }
}
// expect: z
// expect: ArrayStoreException: java.lang.Integer
// expect: null
// expect: nested: [Ljava.lang.Object;
// expect: true
