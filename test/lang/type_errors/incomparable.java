// Comparing a String with an Integer reference by == is an error (unrelated classes).
// expect-error: RF2010 @7
class Main {
    public static void main(String[] args) {
        String s = "a";
        Integer i = Integer.valueOf(1);
        System.out.println(s == i);
    }
}
