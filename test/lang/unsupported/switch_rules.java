// Arrow-form switch rules (Java 14) are outside the subset.
// expect-error: RF1003 @7 "switch rules"
class Main {
    public static void main(String[] args) {
        int x = 2;
        switch (x) {
            case 1 -> System.out.println("one");
            default -> System.out.println("other");
        }
    }
}
