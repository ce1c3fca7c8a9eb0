// Reading a static final compile-time constant is inlined and does not initialize its class;
// a static final that is not a constant expression does (JLS 12.4.1, 13.1).
class Consts {
    static final int ANSWER = 42;
    static final String NAME = "consts";
    static final long BIG = 1L << 40;
    static final int COMPUTED = Integer.parseInt("9");
    static { System.out.println("Consts init"); }
}
class Main {
    public static void main(String[] args) {
        System.out.println(Consts.ANSWER);
        System.out.println(Consts.NAME);
        System.out.println(Consts.BIG);
        System.out.println("no init yet");
        System.out.println(Consts.COMPUTED);
        System.out.println(Consts.ANSWER);
    }
}
// expect: 42
// expect: consts
// expect: 1099511627776
// expect: no init yet
// expect: Consts init
// expect: 9
// expect: 42
