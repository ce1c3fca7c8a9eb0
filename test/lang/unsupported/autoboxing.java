// Autoboxing (int to Integer) is outside the subset; explicit Integer.valueOf is required.
// expect-error: RF2020 @5 "autoboxing"
class Main {
    public static void main(String[] args) {
        Integer boxed = 5;
        System.out.println(boxed);
    }
}
