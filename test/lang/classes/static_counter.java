// Static fields are shared by all instances; instance fields are per object.
class Ticket {
    static int issued = 0;
    final int number;
    Ticket() { issued++; number = issued; }
    static int total() { return issued; }
}
class Main {
    public static void main(String[] args) {
        Ticket a = new Ticket();
        Ticket b = new Ticket();
        Ticket c = new Ticket();
        System.out.println(a.number + " " + b.number + " " + c.number);
        System.out.println(Ticket.total() + " " + Ticket.issued);
    }
}
// expect: 1 2 3
// expect: 3 3
