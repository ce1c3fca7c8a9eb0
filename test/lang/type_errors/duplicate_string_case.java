// Duplicate String case labels are an error.
// expect-error: RF2022 @7
class Main {
    public static void main(String[] args) {
        switch (args.length > 0 ? args[0] : "") {
            case "a": System.out.println(1); break;
            case "a": System.out.println(2); break;
        }
    }
}
