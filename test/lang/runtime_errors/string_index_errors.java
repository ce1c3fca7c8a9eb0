// String methods with bad indices throw StringIndexOutOfBoundsException (an IndexOutOfBoundsException).
class Main {
    public static void main(String[] args) {
        String s = "abc";
        try {
            s.charAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e.getMessage());
        }
        try {
            s.substring(2, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("substring: " + (e instanceof StringIndexOutOfBoundsException));
        }
        try {
            s.substring(-1);
        } catch (RuntimeException e) {
            System.out.println("negative: " + (e instanceof IndexOutOfBoundsException));
        }
        System.out.println(s.substring(3).isEmpty());
    }
}
// expect: charAt: String index out of range: 3
// expect: substring: true
// expect: negative: true
// expect: true
