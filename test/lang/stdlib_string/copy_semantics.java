// Strings are immutable: new String(char[]) and String.valueOf(char[]) copy the array,
// toCharArray returns a fresh copy, and StringBuilder.toString is a snapshot.
class Main {
    public static void main(String[] args) {
        char[] letters = {'a', 'b', 'c'};
        String s = new String(letters);
        String v = String.valueOf(letters);
        letters[0] = 'z';
        System.out.println(s + " " + v + " " + new String(letters));
        char[] copy = s.toCharArray();
        copy[1] = 'X';
        System.out.println(s + " " + new String(copy) + " " + (s.toCharArray() != s.toCharArray()));
        StringBuilder sb = new StringBuilder("snap");
        String snap = sb.toString();
        sb.append("shot").setCharAt(0, 'S');
        System.out.println(snap + " " + sb);
        String t = s;
        t += "!";
        System.out.println(s + " " + t + " " + s.toUpperCase() + " " + s);
    }
}
// expect: abc abc zbc
// expect: abc aXc true
// expect: snap Snapshot
// expect: abc abc! ABC abc
