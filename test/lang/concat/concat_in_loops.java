// Building strings with += in loops, and concatenation results used as method arguments.
class Main {
    static String wrap(String s) { return "[" + s + "]"; }
    public static void main(String[] args) {
        String acc = "";
        for (int i = 0; i < 5; i++) acc += i;
        System.out.println(acc);
        String row = "";
        for (char c = 'a'; c < 'f'; c++) row = c + row;
        System.out.println(row);
        System.out.println(wrap("a" + 1) + wrap(null + "") + wrap(2 + "" + 3));
        String table = "";
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) table += i * j + (j < 3 ? "\t" : "\n");
        }
        System.out.print(table);
    }
}
// expect: 01234
// expect: edcba
// expect: [a1][null][23]
// expect: 1	2	3
// expect: 2	4	6
// expect: 3	6	9
