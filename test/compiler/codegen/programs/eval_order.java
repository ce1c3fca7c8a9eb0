// Evaluation order around runtime checks (JLS §15.7, §15.26, §15.12.4, §15.13): which
// operands run before a null array, null receiver, bad index, zero divisor or negative size
// is detected, static members through a null reference, switch on a null String, and
// chained assignments that replace the array or object being assigned into.
class Box { int f; int[] arr; Box next; static int sf; }
class Main {
    static StringBuilder log = new StringBuilder();
    static int t(String s, int v) { log.append(s); return v; }
    static Box nb(String s) { log.append(s); return null; }
    static Box box(String s, Box b) { log.append(s); return b; }
    static int[] arr(String s, int[] a) { log.append(s); return a; }
    static int boom(String s) { log.append(s); throw new RuntimeException("boom" + s); }

    static void report(String what, Throwable e) {
        System.out.println(what + ": " + log + " -> " + e.getClass().getName());
        log.setLength(0);
    }
    static String s(String x) { log.append(x); return x; }
    public static void main(String[] args) {
        int[] nul = null;
        int[] a3 = new int[3];
        // array store: null array, index evaluation, value evaluation
        try { arr("A", null)[t("i", 0)] = t("v", 1); } catch (Throwable e) { report("null array store", e); }
        try { arr("A", a3)[t("i", 5)] = t("v", 1); } catch (Throwable e) { report("oob store", e); }
        try { arr("A", null)[boom("i")] = t("v", 1); } catch (Throwable e) { report("null array, index throws", e); }
        try { arr("A", a3)[t("i", 0)] = boom("v"); } catch (Throwable e) { report("value throws", e); }
        try { arr("A", null)[t("i", 0)] += t("v", 1); } catch (Throwable e) { report("null array compound", e); }
        try { arr("A", a3)[t("i", 7)] += boom("v"); } catch (Throwable e) { report("oob compound, value throws", e); }
        try { arr("A", a3)[t("i", -1)]++; } catch (Throwable e) { report("oob incr", e); }
        try { int x = arr("A", null)[t("i", 0)]; } catch (Throwable e) { report("null array load", e); }
        // field access
        try { nb("O").f = t("v", 1); } catch (Throwable e) { report("null field store", e); }
        try { nb("O").f += t("v", 1); } catch (Throwable e) { report("null field compound", e); }
        try { nb("O").f++; } catch (Throwable e) { report("null field incr", e); }
        try { nb("O").f = boom("v"); } catch (Throwable e) { report("null field, value throws", e); }
        try { int x = nb("O").f; } catch (Throwable e) { report("null field load", e); }
        try { nb("O").sf = t("v", 1); System.out.println("static via null ok " + Box.sf); } catch (Throwable e) { report("static via null", e); }
        try { nb("O").sf += t("v", 1); System.out.println("static compound via null ok " + Box.sf); } catch (Throwable e) { report("static compound via null", e); }
        try { nb("O").arr[t("i", 0)] = t("v", 1); } catch (Throwable e) { report("null.arr[i]", e); }
        // calls: receiver null vs argument evaluation
        try { String s = null; s.substring(t("a", 1), t("b", 2)); } catch (Throwable e) { report("null receiver args", e); }
        try { nb("O").toString(); } catch (Throwable e) { report("null receiver", e); }
        try { box("B", new Box()).next.f = t("v", 1); } catch (Throwable e) { report("chain null", e); }
        // string switch on null
        try { String z = null; switch (z) { case "a": System.out.println("a"); break; default: System.out.println("d"); } } catch (Throwable e) { report("switch null", e); }
        // string += with null lhs
        String sn = null; sn += null; System.out.println(sn);
        // compound shift/division by zero after evaluating
        try { int[] q = new int[1]; q[t("i", 0)] /= t("z", 0); } catch (Throwable e) { report("div zero compound", e); }
        try { long[] q = new long[1]; q[t("i", 0)] %= t("z", 0); } catch (Throwable e) { report("rem zero compound long", e); }
        // array creation with negative size: dims evaluation order
        try { int[][] m = new int[t("a", 2)][t("b", -1)]; } catch (Throwable e) { report("neg dim", e); }
        try { int[][] m = new int[t("a", -2)][t("b", 1)]; } catch (Throwable e) { report("neg dim first", e); }
        try { int[][] m = new int[t("a", 2)][boom("b")]; } catch (Throwable e) { report("dim throws", e); }
        // array store exception
        try { Object[] os = new String[1]; os[t("i", 0)] = box("B", new Box()); } catch (Throwable e) { report("array store", e); }
        // cast order
        try { Object o = "x"; Box b = (Box) o; } catch (Throwable e) { report("cce", e); }
        // integer division by zero: operand order
        try { int r = t("a", 1) / t("b", 0) + t("c", 2); } catch (Throwable e) { report("div zero", e); }
        // array length of null
        try { int l = arr("A", null).length; } catch (Throwable e) { report("null length", e); }
        // foreach over null
        try { for (int x : arr("A", null)) { log.append(x); } } catch (Throwable e) { report("foreach null", e); }
        // throw null
        try { RuntimeException re = null; throw re; } catch (Throwable e) { report("throw null", e); }
        // conditional with boxing-free paths; instanceof null
        Object on = null; System.out.println(on instanceof String);
        // assignment chain order
        int[] b2 = {0, 0}; int i = 0;
        b2[i] = i = 1; System.out.println(b2[0] + " " + b2[1] + " " + i);
        i = 0; i += i++ + ++i; System.out.println(i);
        i = 5; i = i++ + i++; System.out.println(i);
        int j = 1; j = j++ * 10 + j; System.out.println(j);
        // compound on array with index side effect
        int[] c2 = {1, 2, 3}; int k = 0;
        c2[k++] += c2[k]; System.out.println(c2[0] + " " + c2[1] + " " + k);
        // string compound on array element
        String[] ss = {"a", null}; int m = 0;
        ss[m++] += ss[m] + m; System.out.println(ss[0] + " " + m);
        ss[1] += 'c'; System.out.println(ss[1]);
        // long shifts with compound
        long L = 1; L <<= 65; System.out.println(L);
        int sh = 1; sh <<= 33L; System.out.println(sh);
        byte by = 10; by *= 30; System.out.println(by);
        char ch = 'a'; ch += 1.7; System.out.println(ch);
        short so = 1; so -= 70000; System.out.println(so);
        int ii = 7; ii *= 2.5; System.out.println(ii);
        ii = 10; ii /= 0.0 == 0 ? 4 : 1; System.out.println(ii);
        float ff = 1; ff += 0.1; System.out.println(ff);
        int big = Integer.MAX_VALUE; big += 1.0f; System.out.println(big);
    }
}
// expect: null array store: Aiv -> java.lang.NullPointerException
// expect: oob store: Aiv -> java.lang.ArrayIndexOutOfBoundsException
// expect: null array, index throws: Ai -> java.lang.RuntimeException
// expect: value throws: Aiv -> java.lang.RuntimeException
// expect: null array compound: Ai -> java.lang.NullPointerException
// expect: oob compound, value throws: Ai -> java.lang.ArrayIndexOutOfBoundsException
// expect: oob incr: Ai -> java.lang.ArrayIndexOutOfBoundsException
// expect: null array load: Ai -> java.lang.NullPointerException
// expect: null field store: Ov -> java.lang.NullPointerException
// expect: null field compound: O -> java.lang.NullPointerException
// expect: null field incr: O -> java.lang.NullPointerException
// expect: null field, value throws: Ov -> java.lang.RuntimeException
// expect: null field load: O -> java.lang.NullPointerException
// expect: static via null ok 1
// expect: static compound via null ok 2
// expect: null.arr[i]: OvOvO -> java.lang.NullPointerException
// expect: null receiver args: ab -> java.lang.NullPointerException
// expect: null receiver: O -> java.lang.NullPointerException
// expect: chain null: Bv -> java.lang.NullPointerException
// expect: switch null:  -> java.lang.NullPointerException
// expect: nullnull
// expect: div zero compound: iz -> java.lang.ArithmeticException
// expect: rem zero compound long: iz -> java.lang.ArithmeticException
// expect: neg dim: ab -> java.lang.NegativeArraySizeException
// expect: neg dim first: ab -> java.lang.NegativeArraySizeException
// expect: dim throws: ab -> java.lang.RuntimeException
// expect: array store: iB -> java.lang.ArrayStoreException
// expect: cce:  -> java.lang.ClassCastException
// expect: div zero: ab -> java.lang.ArithmeticException
// expect: null length: A -> java.lang.NullPointerException
// expect: foreach null: A -> java.lang.NullPointerException
// expect: throw null:  -> java.lang.NullPointerException
// expect: false
// expect: 1 0 1
// expect: 2
// expect: 11
// expect: 12
// expect: 3 2 1
// expect: anull1 1
// expect: nullc
// expect: 2
// expect: 2
// expect: 44
// expect: b
// expect: -4463
// expect: 17
// expect: 2
// expect: 1.1
// expect: 2147483647
