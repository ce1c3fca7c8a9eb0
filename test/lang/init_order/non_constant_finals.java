// Only primitive or String static finals initialized with constant expressions are inlined; a
// final of type Object, a null String, or one assigned in a static block initializes the class.
class A { static final Object O = "obj"; static { System.out.println("A init"); } }
class B { static final String S = null; static { System.out.println("B init"); } }
class C { static final int X; static { X = 3; System.out.println("C init"); } }
class D { static final String K = "k" + 1; static final int N = K.length(); static { System.out.println("D init"); } }
class Main {
    public static void main(String[] args) {
        System.out.println(D.K);
        System.out.println(A.O);
        System.out.println(B.S);
        System.out.println(C.X);
        System.out.println(D.N);
    }
}
// expect: k1
// expect: A init
// expect: obj
// expect: B init
// expect: null
// expect: C init
// expect: 3
// expect: D init
// expect: 2
