// c + 1 is an int; assigning it back to a char needs a cast (unlike c += 1).
// expect-error: RF2003 @6
class Main {
    public static void main(String[] args) {
        char c = 'a';
        c = c + 1;
        System.out.println(c);
    }
}
