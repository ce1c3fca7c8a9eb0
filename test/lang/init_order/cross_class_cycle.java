// Two classes whose static initializers refer to each other: the recursive request during
// initialization sees the partially initialized class (JLS 12.4.2 step 3).
class A {
    static int a = B.b + 1;
    static { System.out.println("A done, a=" + a); }
}
class B {
    static int b = A.a + 10;
    static { System.out.println("B done, b=" + b); }
}
class Main {
    public static void main(String[] args) {
        System.out.println(A.a + " " + B.b);
    }
}
// expect: B done, b=10
// expect: A done, a=11
// expect: 11 10
