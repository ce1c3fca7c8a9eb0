// A Caesar cipher: char arithmetic with wraparound inside the alphabet, case preserved.
class Main {
    static String shift(String s, int k) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'a' && ch <= 'z') ch = (char) ('a' + (ch - 'a' + k + 26) % 26);
            else if (ch >= 'A' && ch <= 'Z') ch = (char) ('A' + (ch - 'A' + k + 26) % 26);
            out[i] = ch;
        }
        return new String(out);
    }
    public static void main(String[] args) {
        String secret = shift("Hello, World! xyz", 3);
        System.out.println(secret);
        System.out.println(shift(secret, -3));
        System.out.println(shift("ROT13 test", 13));
    }
}
// expect: Khoor, Zruog! abc
// expect: Hello, World! xyz
// expect: EBG13 grfg
