// Assigning a long to an int without a cast is a possible lossy conversion.
// expect-error: RF2003 @6
class Main {
    public static void main(String[] args) {
        long big = 5L;
        int small = big;
        System.out.println(small);
    }
}
