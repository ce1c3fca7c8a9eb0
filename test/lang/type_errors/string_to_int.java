// A String cannot be assigned to an int.
// expect-error: RF2002 @5
class Main {
    public static void main(String[] args) {
        int x = "five";
        System.out.println(x);
    }
}
