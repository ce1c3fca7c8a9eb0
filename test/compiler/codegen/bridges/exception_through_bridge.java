// An exception thrown by an override that was reached through a bridge: the bridge is an
// ordinary frame of the stack trace, on the line of its class declaration.
class Reader {
    Object read(int i) { return "r" + i; }
}
class StrictReader
    extends Reader {
    String read(int i) {
        if (i > 1) throw new IllegalStateException("too far: " + i);
        return "s" + i;
    }
}
class Main {
    public static void main(String[] args) {
        Reader r = new StrictReader();
        for (int i = 0; i < 5; i++) System.out.println(r.read(i));
    }
}
// expect: s0
// expect: s1
// expect-runtime-error: java.lang.IllegalStateException
