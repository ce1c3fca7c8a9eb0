// StringBuilder editing: insert at every position kind, delete, replace, setLength (truncate and
// pad with \0), reverse with surrogate pairs, indexOf/lastIndexOf, substring.
class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("0123456789");
        sb.insert(5, "-mid-").insert(0, 'A').insert(sb.length(), true).insert(3, 4.5).insert(1, 7L);
        System.out.println(sb);
        sb.delete(0, 3).delete(sb.length() - 2, 100);
        System.out.println(sb);
        sb.replace(2, 6, "XY").replace(0, 0, "<").replace(sb.length(), sb.length(), ">");
        System.out.println(sb + " " + sb.length());
        System.out.println(sb.indexOf("X") + " " + sb.indexOf("zz") + " " + sb.lastIndexOf("5") + " " + sb.indexOf("", 3));
        System.out.println(sb.substring(3) + " " + sb.substring(1, 4));
        StringBuilder t = new StringBuilder("abc");
        t.setLength(1);
        System.out.println(t + " " + t.length());
        t.setLength(3);
        System.out.println((int) t.charAt(2) + " " + t.length());
        StringBuilder u = new StringBuilder("x\ud83d\ude00y");
        System.out.println(u.reverse().length() + " " + (int) u.charAt(1) + " " + (int) u.charAt(2));
        StringBuilder n = new StringBuilder();
        n.append((Object) null).append((String) null).append((StringBuilder) null);
        System.out.println(n + " " + n.length());
        try {
            new StringBuilder("ab").insert(3, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert: " + e.getMessage());
        }
        try {
            new StringBuilder("ab").delete(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("delete: " + e.getMessage());
        }
    }
}
// expect: A7014.5234-mid-56789true
// expect: 14.5234-mid-56789tr
// expect: <14XY4-mid-56789tr> 19
// expect: 3 -1 11 3
// expect: XY4-mid-56789tr> 14X
// expect: a 1
// expect: 0 3
// expect: 4 55357 56832
// expect: nullnullnull 12
// expect: insert: offset 3, length 2
// expect: delete: start 2, end 1, length 2
