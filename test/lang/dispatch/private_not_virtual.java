// Private methods are not overridden: a call inside the declaring class always binds to its own.
class A {
    private String secret() { return "A.secret"; }
    String reveal() { return secret(); }
}
class B extends A {
    String secret() { return "B.secret"; }
}
class Main {
    public static void main(String[] args) {
        A a = new B();
        System.out.println(a.reveal());
        System.out.println(new B().secret());
    }
}
// expect: A.secret
// expect: B.secret
