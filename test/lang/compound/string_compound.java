// += on a String variable concatenates, converting the right-hand side like + does.
class Main {
    public static void main(String[] args) {
        String s = "s";
        s += 1;
        s += 'c';
        s += 2.5;
        s += true;
        s += null;
        s += 1 + 2;
        s += new char[0].length;
        System.out.println(s);
        String t = null;
        t += "x";
        System.out.println(t);
    }
}
// expect: s1c2.5truenull30
// expect: nullx
