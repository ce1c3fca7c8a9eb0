// String.split on one-character separators and simple escaped regexes: leading empties kept,
// trailing empties removed, no match gives the whole string, empty input gives one empty string.
class Main {
    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder().append(parts.length).append(':');
        for (String p : parts) sb.append('[').append(p).append(']');
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(show(",a,,b,,".split(",")));
        System.out.println(show("".split(",")));
        System.out.println(show(",".split(",")));
        System.out.println(show(",,,".split(",")));
        System.out.println(show(" lead and trail ".split(" ")));
        System.out.println(show("a.b.c".split("\\.")));
        System.out.println(show("x|y||z".split("\\|")));
        System.out.println(show("k=v;k2=v2".split(";")));
        System.out.println(show("no-match".split("#")));
        System.out.println(show("tab\tseparated\tvalues".split("\t")));
        System.out.println(show("1+2+3".split("\\+")));
    }
}
// expect: 4:[][a][][b]
// expect: 1:[]
// expect: 0:
// expect: 0:
// expect: 4:[][lead][and][trail]
// expect: 3:[a][b][c]
// expect: 4:[x][y][][z]
// expect: 2:[k=v][k2=v2]
// expect: 1:[no-match]
// expect: 3:[tab][separated][values]
// expect: 3:[1][2][3]
