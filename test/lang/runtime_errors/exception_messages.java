// The JDK's deterministic messages for ClassCastException, ArrayStoreException and
// String/StringBuilder index errors, printed via getMessage.
class A {}
class B extends A {}
class Main {
    public static void main(String[] args) {
        try { Object o = new A(); B b = (B) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object o = "s"; Integer b = (Integer) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object o = new int[1]; long[] b = (long[]) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object o = new B[1]; String[] s = (String[]) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object[] a = new String[1]; a[0] = new int[0]; } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { Object[] a = new Integer[1]; a[0] = new A(); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { Object[] a = new A[1][1]; a[0] = new Object(); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new StringBuilder("ab").charAt(5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { throw new StackOverflowError(); } catch (Error e) { System.out.println(e.getMessage() + " " + e); }
        try { int x = 0; System.out.println(5 % x); } catch (ArithmeticException e) { System.out.println(e); }
    }
}
// expect: class A cannot be cast to class B (A and B are in unnamed module of loader 'app')
// expect: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: class [I cannot be cast to class [J ([I and [J are in module java.base of loader 'bootstrap')
// expect: class [LB; cannot be cast to class [Ljava.lang.String; ([LB; is in unnamed module of loader 'app'; [Ljava.lang.String; is in module java.base of loader 'bootstrap')
// expect: [I
// expect: A
// expect: java.lang.Object
// expect: begin 2, end 1, length 3
// expect: begin 5, end 3, length 3
// expect: String index out of range: -1
// expect: index 5, length 2
// expect: null java.lang.StackOverflowError
// expect: java.lang.ArithmeticException: / by zero
