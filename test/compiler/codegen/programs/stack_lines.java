// Where exceptions are reported: the line of the frame that threw, for expressions spread
// over several lines (javac's line entries: statements, calls, conditional arms, loop
// conditions, a for-each's array expression), printed from getStackTrace().
class Box { int f; Box next; int[] a; Box(int f) { this.f = f; } int get() { return f; } static Box make(Box b) { return b; } }
class Main {
    static int zero = 0;
    static Box nul = null;
    static int id(int x) { return x; }
    static String where(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String s = "";
        for (int i = 0; i < st.length && i < 3; i++) {
            if (st[i].getClassName().startsWith("java")) continue;
            s += " " + st[i].getMethodName() + ":" + st[i].getLineNumber();
        }
        return e.getClass().getName() + s;
    }
    static void thrower(int k) {
        throw new IllegalStateException(
            "k=" +
            k);
    }
    static void thrower2(int k) {
        throw
            new IllegalStateException("x");
    }
    static int multi(int[] a, int i) {
        return a[0] +
            a[i] +
            id(
               a[1]) /
            zero;
    }
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        try { multi(a, 5); } catch (RuntimeException e) { System.out.println(where(e)); }
        try { multi(a, 2); } catch (RuntimeException e) { System.out.println(where(e)); }
        try { multi(null, 2); } catch (RuntimeException e) { System.out.println(where(e)); }
        try { thrower(1); } catch (RuntimeException e) { System.out.println(where(e)); }
        try { thrower2(1); } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            int v = nul
                .f;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            Box b = new Box(1);
            b.next
              .next
              .f = 3;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            Box b = new Box(1);
            int v = b.get() +
                b.next.get();
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            Box b = new Box(1);
            int v = Box.make(b)
                .next
                .f;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            int x = a.length > 0
                ? a[7]
                : 0;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            boolean ok = a.length > 0 &&
                a[9] > 0;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            for (int i = 0;
                 a[i + 5] > 0;
                 i++) { }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            int i = 0;
            do {
                i++;
            } while (a[i * 4]
                > 0);
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            int[] b = new int[] {
                1,
                a[10]
            };
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            String s = "a" +
                a[11] +
                "b";
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            Object o = "s";
            Box b =
                (Box)
                o;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            int[] n = new int[
                id(-1)];
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            switch (a[12]) {
                default:
            }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            String sw = null;
            switch (sw) {
                case "a":
                    break;
            }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            for (int x :
                 nul.a) { }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            a[13]
              += 1;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            a[0] =
              a[14];
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            if (a[0] > 0
                && a[15] > 0) { }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            while (a[0] > 0
                && a[16] > 0) { }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            try {
                a[0] = 1;
            } finally {
                int q = a[0]
                    / zero;
            }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            try {
                a[17] = 1;
            } finally {
                System.out.println("fin");
            }
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            Object o = new Box(
                a[18]);
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            long q = 5L
               % (long) zero;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            a[0]
              ++;
            a[19]
              ++;
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            Object[] objs = new String[1];
            objs[0] =
              Integer.valueOf(1);
        } catch (RuntimeException e) { System.out.println(where(e)); }
        try {
            int z = zero;
            z /=
              zero;
        } catch (RuntimeException e) { System.out.println(where(e)); }
    }
}
// expect: java.lang.ArrayIndexOutOfBoundsException multi:28 main:36
// expect: java.lang.ArithmeticException multi:30 main:37
// expect: java.lang.NullPointerException multi:28 main:38
// expect: java.lang.IllegalStateException thrower:19 main:39
// expect: java.lang.IllegalStateException thrower2:24 main:40
// expect: java.lang.NullPointerException main:42
// expect: java.lang.NullPointerException main:47
// expect: java.lang.NullPointerException main:54
// expect: java.lang.NullPointerException main:58
// expect: java.lang.ArrayIndexOutOfBoundsException main:64
// expect: java.lang.ArrayIndexOutOfBoundsException main:68
// expect: java.lang.ArrayIndexOutOfBoundsException main:73
// expect: java.lang.ArrayIndexOutOfBoundsException main:80
// expect: java.lang.ArrayIndexOutOfBoundsException main:84
// expect: java.lang.ArrayIndexOutOfBoundsException main:90
// expect: java.lang.ClassCastException main:96
// expect: java.lang.NegativeArraySizeException main:102
// expect: java.lang.ArrayIndexOutOfBoundsException main:105
// expect: java.lang.NullPointerException main:111
// expect: java.lang.NullPointerException main:118
// expect: java.lang.ArrayIndexOutOfBoundsException main:121
// expect: java.lang.ArrayIndexOutOfBoundsException main:125
// expect: java.lang.ArrayIndexOutOfBoundsException main:129
// expect: java.lang.ArrayIndexOutOfBoundsException main:133
// expect: java.lang.ArithmeticException main:140
// expect: fin
// expect: java.lang.ArrayIndexOutOfBoundsException main:146
// expect: java.lang.ArrayIndexOutOfBoundsException main:152
// expect: java.lang.ArithmeticException main:156
// expect: java.lang.ArrayIndexOutOfBoundsException main:162
// expect: java.lang.ArrayStoreException main:168
// expect: java.lang.ArithmeticException main:172
