// Calls through abstract classes that inherit a covariant implementation, or only an interface's
// method. Bridges: Mid (Box.get, calling Base's with invokespecial), Leaf, Narrow (a default
// method) and Impl; Holder gets none (no implementation of get to call). Call sites use the
// most specific return type.
interface Box { Object get(); }
interface NBox { Number num(); }
class Base { public String get() { return "base"; } }
abstract class Mid extends Base implements Box, NBox { }
class Leaf extends Mid { public Integer num() { return Integer.valueOf(3); } }
interface Narrow extends Box { String get(); }
abstract class Holder implements Narrow { }
class Impl extends Holder { public String get() { return "impl"; } }
class Main {
  public static void main(String[] a) {
    Leaf l = new Leaf();
    System.out.println(l.get().length() + " " + l.num().intValue());
    Mid m = l;
    System.out.println(m.get().length() + " " + m.num());
    Holder h = new Impl();
    System.out.println(h.get().length());
    Narrow n = new Impl();
    System.out.println(n.get().toUpperCase());
  }
}
// expect: 4 3
// expect: 4 3
// expect: 4
// expect: IMPL
