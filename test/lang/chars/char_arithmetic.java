// char is an unsigned 16-bit UTF-16 code unit: arithmetic promotes it to int.
class Main {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        c++;
        System.out.println(c);
        c += 2;
        System.out.println(c);
        System.out.println('z' - 'a');
        System.out.println((int) 'A' + " " + (int) '0' + " " + (int) '\n' + " " + (int) '\u00e9');
        char d = 66;
        System.out.println(d);
        System.out.println('a' + 'b');
        System.out.println("" + 'a' + 'b');
        System.out.println((char) 97 + "" + (char) ('a' + 25));
        char max = '\uffff';
        System.out.println((int) max + " " + (int) ++max);
        System.out.println('7' - '0' + 1);
        for (char x = 'a'; x <= 'e'; x++) System.out.print(x);
        System.out.println();
        System.out.println(Character.MAX_VALUE + 0);
    }
}
// expect: 98
// expect: b
// expect: b
// expect: d
// expect: 25
// expect: 65 48 10 233
// expect: B
// expect: 195
// expect: ab
// expect: az
// expect: 65535 0
// expect: 8
// expect: abcde
// expect: 65535
