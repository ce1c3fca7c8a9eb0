// Overloads with two parameters: the one whose every parameter is at least as specific wins.
class Main {
    static String m(int a, long b) { return "int,long"; }
    static String m(long a, long b) { return "long,long"; }
    static String m(double a, int b) { return "double,int"; }
    static String n(int a, double b) { return "int,double"; }
    static String n(long a, float b) { return "long,float"; }
    public static void main(String[] args) {
        System.out.println(m(1, 2L));
        System.out.println(m(1L, 2L));
        System.out.println(m(1.5, 2));
        System.out.println(m(1f, 2));
        System.out.println(n(1, 2.0));
        System.out.println(n(1L, 2f));
        System.out.println(n((long) 1, 2f));
    }
}
// expect: int,long
// expect: long,long
// expect: double,int
// expect: double,int
// expect: int,double
// expect: long,float
// expect: long,float
