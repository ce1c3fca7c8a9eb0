// Arrays with interface element types: covariance, store checks against the interface, casts.
interface Shape { int sides(); }
class Tri implements Shape { public int sides() { return 3; } }
class Sq implements Shape { public int sides() { return 4; } }
class Blob {}
class Main {
    public static void main(String[] args) {
        Shape[] shapes = new Tri[2];
        shapes[0] = new Tri();
        try {
            shapes[1] = new Sq();
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        Object[] objs = new Shape[1];
        try {
            objs[0] = new Blob();
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        objs[0] = new Sq();
        System.out.println(((Shape) objs[0]).sides());
        Object o = shapes;
        System.out.println((o instanceof Shape[]) + " " + (o instanceof Tri[]) + " " + (o instanceof Sq[]) + " " + (o instanceof Object[]));
        Object grid = new int[2][3];
        Object[] rows = (Object[]) grid;
        System.out.println(rows.length + " " + ((int[]) rows[1]).length + " " + (rows[0] instanceof int[]));
        try {
            String[] s = (String[]) objs;
            System.out.println(s.length);
        } catch (ClassCastException e) {
            System.out.println("CCE");
        }
    }
}
// expect: ASE Sq
// expect: ASE Blob
// expect: 4
// expect: true true false true
// expect: 2 3 true
// expect: CCE
