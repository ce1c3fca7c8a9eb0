// An override may declare fewer checked exceptions; a caller through the subclass type need not
// catch them. Errors and runtime exceptions need no declaration.
class Resource {
    String read() throws Exception { throw new Exception("base read fails"); }
}
class Safe extends Resource {
    String read() { return "safe read"; }
}
class Main {
    public static void main(String[] args) throws Exception {
        Safe s = new Safe();
        System.out.println(s.read());
        Resource r = new Resource();
        try {
            r.read();
        } catch (Exception e) {
            System.out.println(e.getMessage());
        }
        Resource viaBase = s;
        System.out.println(viaBase.read());
    }
}
// expect: safe read
// expect: base read fails
// expect: safe read
