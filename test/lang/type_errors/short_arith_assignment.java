// short + int is int; assigning it to a short needs a cast.
// expect-error: RF2003 @6
class Main {
    public static void main(String[] args) {
        short s = 1;
        s = s + 1;
        System.out.println(s);
    }
}
