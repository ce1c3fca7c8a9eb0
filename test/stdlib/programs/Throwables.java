// Exercises the Throwable hierarchy: messages, causes, initCause rules, toString, and
// printStackTrace's JDK format (with "Caused by" and "... n more") printed to System.out.
public class Throwables {
    static void level3(int n) {
        if (n == 0) {
            throw new IllegalStateException("deep");
        }
        level3(n - 1);
    }

    static void level2() {
        try {
            level3(2);
        } catch (IllegalStateException e) {
            throw new RuntimeException("wrapped", e);
        }
    }

    static void level1() {
        try {
            level2();
        } catch (RuntimeException e) {
            throw new Error(e);
        }
    }

    public static void main(String[] args) {
        Throwable t = new Throwable();
        System.out.println(t.getMessage() + " " + t.getCause() + " " + t);
        Exception e = new Exception("msg");
        System.out.println(e.getMessage() + " " + e.getLocalizedMessage() + " " + e);
        RuntimeException withCause = new RuntimeException(new IllegalArgumentException("bad"));
        System.out.println(withCause.getMessage() + " | " + withCause.getCause());
        System.out.println(new RuntimeException((Throwable) null).getMessage());
        System.out.println(new ArithmeticException().getMessage());
        System.out.println(new ArrayIndexOutOfBoundsException(5).getMessage());
        System.out.println(new StringIndexOutOfBoundsException(-2).getMessage());
        System.out.println(new IndexOutOfBoundsException(9).getMessage());
        System.out.println(new AssertionError("assert").getMessage() + " " + new AssertionError(42).getMessage());
        AssertionError ae = new AssertionError(new Exception("inside"));
        System.out.println(ae.getMessage() + " | " + ae.getCause());
        System.out.println(new ExceptionInInitializerError(new Exception("init")).getCause());
        Throwable a = new Exception("a");
        a.initCause(new Error("b"));
        System.out.println(a.getCause());
        try {
            a.initCause(new Error("c"));
        } catch (IllegalStateException ex) {
            System.out.println(ex.getMessage());
        }
        Throwable self = new Exception("self");
        try {
            self.initCause(self);
        } catch (IllegalArgumentException ex) {
            System.out.println(ex.getMessage());
        }
        Throwable nullCause = new Exception("n", null);
        try {
            nullCause.initCause(null);
        } catch (IllegalStateException ex) {
            System.out.println(ex.getMessage());
        }
        Exception[] all = {new NullPointerException("npe"), new ClassCastException("cce"), new NumberFormatException("nfe"),
            new UnsupportedOperationException("uoe"), new NegativeArraySizeException("-1"), new ArrayStoreException("ase"),
            new IllegalStateException("ise"), new CloneNotSupportedException("cns"), new InterruptedException("ie")};
        for (int i = 0; i < all.length; i++) {
            System.out.println(all[i] + " " + (all[i] instanceof RuntimeException));
        }
        Error[] errors = {new StackOverflowError(), new OutOfMemoryError("oom"), new NoSuchFieldError("f"),
            new NoSuchMethodError("m"), new AbstractMethodError("am"), new VerifyError("v"), new NoClassDefFoundError("X")};
        for (int i = 0; i < errors.length; i++) {
            System.out.println(errors[i] + " " + (errors[i] instanceof LinkageError) + " " + (errors[i] instanceof VirtualMachineError));
        }
        try {
            level1();
        } catch (Error err) {
            err.printStackTrace(System.out);
            StackTraceElement[] trace = err.getStackTrace();
            System.out.println(trace.length + " " + trace[0].getMethodName() + " " + trace[0].getClassName() + " " + trace[0].getFileName());
            System.out.println(trace[0]);
        }
        Throwable custom = new Exception("custom");
        custom.setStackTrace(new StackTraceElement[] {new StackTraceElement("a.B", "m", "B.java", 3),
            new StackTraceElement("a.B", "n", null, -1), new StackTraceElement("a.B", "o", "B.java", -2)});
        custom.printStackTrace(System.out);
        System.out.println(new StackTraceElement("C", "d", "C.java", 1).equals(new StackTraceElement("C", "d", "C.java", 1)));
        try {
            Object o = "str";
            Integer h = (Integer) o;
            System.out.println(h);
        } catch (ClassCastException cce) {
            System.out.println("caught CCE");
        }
    }
}
