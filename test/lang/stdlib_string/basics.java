// String basics: length, charAt, substring, indexOf, lastIndexOf, isEmpty, concat.
class Main {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length());
        System.out.println(s.charAt(0) + "" + s.charAt(s.length() - 1));
        System.out.println(s.substring(7));
        System.out.println(s.substring(0, 5));
        System.out.println(s.substring(5, 5).isEmpty());
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf('z'));
        System.out.println(s.indexOf("World") + " " + s.indexOf("world") + " " + s.indexOf(""));
        System.out.println(s.lastIndexOf('o') + " " + s.lastIndexOf("l") + " " + s.lastIndexOf('H'));
        System.out.println(s.indexOf("o", 5) + " " + s.lastIndexOf('o', 7));
        System.out.println("".isEmpty() + " " + " ".isEmpty());
        System.out.println(s.concat("!").concat(""));
        System.out.println("abc".compareTo("abd") + " " + "b".compareTo("a") + " " + "ab".compareTo("abc") + " " + "x".compareTo("x"));
        System.out.println("Apple".compareTo("apple"));
    }
}
// expect: 12
// expect: Hd
// expect: World
// expect: Hello
// expect: true
// expect: 4 8 -1
// expect: 7 -1 0
// expect: 8 10 0
// expect: 8 4
// expect: true false
// expect: Hello, World!
// expect: -1 1 -1 0
// expect: -32
