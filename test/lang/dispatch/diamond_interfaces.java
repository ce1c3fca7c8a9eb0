// The same abstract method inherited from two interfaces is one method; a class implements it
// once, and calls through either interface reach it. Widened access on override is allowed.
interface Left { String name(); int LEFT = 1; }
interface Right { String name(); int RIGHT = 2; }
interface Both extends Left, Right { }
class Impl implements Both {
    public String name() { return "impl"; }
}
class Base { protected String who() { return "base"; } }
class Wider extends Base { public String who() { return "wider"; } }
class Main {
    public static void main(String[] args) {
        Impl i = new Impl();
        Left l = i;
        Right r = i;
        Both b = i;
        System.out.println(l.name() + " " + r.name() + " " + b.name() + " " + (Both.LEFT + Both.RIGHT));
        Base w = new Wider();
        System.out.println(w.who());
    }
}
// expect: impl impl impl 3
// expect: wider
