// Interfaces extending interfaces; a class implementing the sub-interface satisfies all of them.
interface Readable { String read(); }
interface Writable { void write(String s); }
interface Stream extends Readable, Writable { int size(); }
class Buffer implements Stream {
    private String data = "";
    public String read() { return data; }
    public void write(String s) { data = data + s; }
    public int size() { return data.length(); }
}
class Main {
    static void fill(Writable w) { w.write("abc"); w.write("de"); }
    static String drain(Readable r) { return r.read(); }
    public static void main(String[] args) {
        Buffer b = new Buffer();
        fill(b);
        System.out.println(drain(b) + " " + b.size());
        Stream s = b;
        System.out.println(s instanceof Readable);
        System.out.println(s instanceof Writable);
    }
}
// expect: abcde 5
// expect: true
// expect: true
