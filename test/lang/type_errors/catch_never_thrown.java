// Catching a checked exception that the try block cannot throw is an error.
// expect-error: RF3008 @8
class MyChecked extends Exception {}
class Main {
    public static void main(String[] args) {
        try {
            System.out.println("safe");
        } catch (MyChecked e) {
            System.out.println("impossible");
        }
    }
}
