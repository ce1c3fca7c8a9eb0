// Creating an array of a class type, or declaring a variable of it, does not initialize the class.
class Heavy {
    static { System.out.println("Heavy init"); }
    static int n = 1;
}
class Main {
    public static void main(String[] args) {
        Heavy[] arr = new Heavy[3];
        Heavy h = null;
        System.out.println("array length " + arr.length + " " + (h == null));
        System.out.println(Heavy.n);
    }
}
// expect: array length 3 true
// expect: Heavy init
// expect: 1
