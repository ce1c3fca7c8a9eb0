// Overloads declared across a superclass and subclass are all candidates; overriding one
// overload does not hide the others.
class Printer {
    String print(int x) { return "Printer.int " + x; }
    String print(String s) { return "Printer.String " + s; }
}
class Fancy extends Printer {
    String print(int x) { return "Fancy.int " + x; }
    String print(double d) { return "Fancy.double " + d; }
}
class Main {
    public static void main(String[] args) {
        Fancy f = new Fancy();
        System.out.println(f.print(1));
        System.out.println(f.print("s"));
        System.out.println(f.print(2.5));
        System.out.println(f.print(3L));
        Printer p = f;
        System.out.println(p.print(4));
        System.out.println(p.print('c'));
    }
}
// expect: Fancy.int 1
// expect: Printer.String s
// expect: Fancy.double 2.5
// expect: Fancy.double 3.0
// expect: Fancy.int 4
// expect: Fancy.int 99
