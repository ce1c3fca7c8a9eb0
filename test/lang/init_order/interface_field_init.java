// An interface is initialized when one of its non-constant fields is read (JLS 12.4.1).
class Log {
    static int note(String s) { System.out.println("init " + s); return s.length(); }
}
interface Config {
    int CONSTANT = 5;
    int COMPUTED = Log.note("Config.COMPUTED");
}
class Main {
    public static void main(String[] args) {
        System.out.println(Config.CONSTANT);
        System.out.println("between");
        System.out.println(Config.COMPUTED);
        System.out.println(Config.COMPUTED);
    }
}
// expect: 5
// expect: between
// expect: init Config.COMPUTED
// expect: 15
// expect: 15
