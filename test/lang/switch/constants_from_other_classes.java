// Case labels may be constants declared in other classes and interfaces, and constant
// expressions over them; using them does not initialize those classes.
interface Codes { char YES = 'y'; char NO = 'n'; }
class Names {
    static final String ADMIN = "admin";
    static final String GUEST = "gu" + "est";
    static { System.out.println("Names init"); }
}
class Main {
    static String role(String s) {
        switch (s) {
            case Names.ADMIN: return "all rights";
            case Names.GUEST: return "read only";
            default: return "none";
        }
    }
    static int answer(char c) {
        switch (c) {
            case Codes.YES: return 1;
            case Codes.NO: return 0;
            case Codes.YES - 32: return 2;
            default: return -1;
        }
    }
    public static void main(String[] args) {
        System.out.println(role("admin") + ", " + role("guest") + ", " + role("root"));
        System.out.println(answer('y') + " " + answer('n') + " " + answer('Y') + " " + answer('?'));
    }
}
// expect: all rights, read only, none
// expect: 1 0 2 -1
