// Exercises java.lang.System and Object: arraycopy (overlap, every JDK 17 exception message),
// Object.clone of a Cloneable, identity hashes, getClass names, time, and System.exit's status.
// exit: 3
public class SystemApi implements Cloneable {
    int field = 7;

    static void copy(Object src, int sp, Object dst, int dp, int len) {
        try {
            System.arraycopy(src, sp, dst, dp, len);
            System.out.println("copied");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }

    static String show(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            sb.append(a[i]).append(i + 1 < a.length ? "," : "");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws CloneNotSupportedException {
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println(show(a));
        System.arraycopy(a, 3, a, 0, 5);
        System.out.println(show(a));
        copy(new int[10], 2, new int[10], 0, 9);
        copy(new int[10], 0, new int[10], 2, 9);
        copy(new int[10], -1, new int[10], 0, 1);
        copy(new int[10], 0, new int[10], -2, 1);
        copy(new int[10], 0, new int[10], 0, -1);
        copy(new int[10], 0, new long[10], 0, 1);
        copy(new int[10], 0, "x", 0, 1);
        copy("x", 0, new int[3], 0, 1);
        copy(new Object[] {"a", "b", Integer.valueOf(1), "c"}, 0, new String[4], 0, 4);
        copy(new String[2], 0, new int[2], 0, 2);
        copy(null, 0, new int[2], 0, 1);
        copy(new Object[10], 2, new String[10][], 0, 9);
        copy(new String[] {"x", "y"}, 0, new Object[2], 0, 2);
        copy(new int[0], 0, new int[0], 0, 0);
        String[] partial = new String[4];
        copy(new Object[] {"a", "b", Integer.valueOf(1), "c"}, 0, partial, 0, 4);
        System.out.println(partial[0] + partial[1] + partial[2] + partial[3]);
        SystemApi o = new SystemApi();
        SystemApi c = (SystemApi) o.clone();
        System.out.println((c != o) + " " + c.field + " " + (c.getClass() == o.getClass()));
        Object plain = new Object();
        System.out.println(plain.hashCode() == System.identityHashCode(plain));
        System.out.println(plain.equals(plain) + " " + plain.equals(new Object()) + " " + System.identityHashCode(null));
        String str = "hash";
        System.out.println(str.hashCode() + " " + (System.identityHashCode(str) == System.identityHashCode(str)));
        System.out.println(plain.toString().startsWith("java.lang.Object@"));
        System.out.println(plain.getClass().getName() + " " + "s".getClass().getSimpleName() + " " + new int[0].getClass().getName()
            + " " + new String[0][0].getClass().getName() + " " + new int[0][0].getClass().getSimpleName() + " " + o.getClass());
        System.out.println(new Object[0].getClass().getName() + " " + new boolean[1].getClass() + " " + o.getClass().getSimpleName());
        long t0 = System.currentTimeMillis();
        long n0 = System.nanoTime();
        long n1 = System.nanoTime();
        System.out.println((t0 >= 0L) + " " + (n1 >= n0));
        System.out.println(System.lineSeparator().length() + " " + System.getProperty("line.separator").equals("\n") + " " + System.getProperty("no.such.key") + " " + System.getProperty("no.such", "dflt"));
        System.out.print("before exit");
        System.out.println();
        System.exit(3);
        System.out.println("not reached");
    }
}
