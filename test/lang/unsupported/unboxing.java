// Auto-unboxing (Integer to int) is outside the subset; explicit intValue() is required.
// expect-error: RF2020 @6 "autoboxing"
class Main {
    public static void main(String[] args) {
        Integer boxed = Integer.valueOf(5);
        int plain = boxed;
        System.out.println(plain);
    }
}
