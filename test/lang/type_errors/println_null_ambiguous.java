// println(null) is ambiguous between println(char[]) and println(String).
// expect-error: RF2015 @5
class Main {
    public static void main(String[] args) {
        System.out.println(null);
    }
}
