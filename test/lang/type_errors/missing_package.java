// Importing from a package that does not exist is an error.
// expect-error: RF2024 @3
import nowhere.Thing;
class Main {
    public static void main(String[] args) {
        System.out.println("x");
    }
}
