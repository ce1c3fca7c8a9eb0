// Arrays are objects: their class names, lengths, and Object methods.
class Pt {}
class Main {
    public static void main(String[] args) {
        Object[] things = { new int[0], new long[1][2], new String[0], new Pt[0], new char[0][][], new boolean[0], new double[0] };
        for (Object o : things) System.out.println(o.getClass().getName());
        int[] a = {1, 2};
        Object o = a;
        System.out.println(o.equals(a) + " " + o.equals(new int[] {1, 2}));
        System.out.println(new int[0].getClass().getSimpleName() + " " + new Pt[0][0].getClass().getSimpleName());
    }
}
// expect: [I
// expect: [[J
// expect: [Ljava.lang.String;
// expect: [LPt;
// expect: [[[C
// expect: [Z
// expect: [D
// expect: true false
// expect: int[] Pt[][]
