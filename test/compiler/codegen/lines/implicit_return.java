// Line entries for the implicit `return` at the end of void code: javac gives it the line of
// the closing brace (methods, constructors), or the end of the last initializer (<clinit>,
// the default constructor).
class Statics {
    static int a = Main.f(1);
    static {
        a++;
    }
    static int b =
        Main.f(2), c,
        d = Main.f(3);
    static final int K = 4;
}
class FieldLast {
    static int x = Main.f(4);
    static final String S = "constant: no code";
}
class Inst {
    int x = 1;
    {
        x = 2;
    }
}
class InstField {
    int y;
    int x =
        3;
}
class Main {
    static int s;
    int f = 3;
    static {
        s = 1;
    }
    {
        f = 4;
    }
    Main() {
        f = 5;
    }
    Main(int x) {
        this();
        f = x;
    }
    static int f(int x) { return x; }
    void v(int a) {
        if (a > 0) {
            s = a;
        }
    }
    void w(int a) {
        if (a > 0) {
            s = a;
            return;
        }
    }
    static void loop() {
        for (int i = 0; i < 3; i++) {
            s += i;
        }
    }
    static void empty() {
    }
    static void oneLine() { s++; }
    int r() {
        return f;
    }
    public static void main(String[] args) {
        new Main(2).v(1);
        loop();
        System.out.println(Statics.a + Statics.b + FieldLast.x + new Inst().x + new InstField().x);
    }
}
// expect: 13
