// Neither overload is more specific, so the call is ambiguous (JLS 15.12.2.5).
// expect-error: RF2015 @7
class Main {
    static String m(long a, long b) { return "long,long"; }
    static String m(double a, int b) { return "double,int"; }
    public static void main(String[] args) {
        System.out.println(m(1L, 2));
    }
}
