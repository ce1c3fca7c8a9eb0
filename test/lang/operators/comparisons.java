// Relational and equality operators over mixed numeric types and references.
class Main {
    public static void main(String[] args) {
        int i = 3; long l = 3L; double d = 3.0; float f = 3.0f; char c = 3;
        System.out.println((i == l) + " " + (l == d) + " " + (d == f) + " " + (c == i));
        System.out.println((i < 4) + " " + (l <= 2) + " " + (d > 2.9) + " " + (f >= 3.0));
        System.out.println('a' < 'b');
        System.out.println(Long.MAX_VALUE > Integer.MAX_VALUE);
        System.out.println((long) Integer.MIN_VALUE < Integer.MIN_VALUE);
        System.out.println(16777217 == 16777216f);
        System.out.println(0.1 + 0.2 == 0.3);
        System.out.println(0.1f + 0.2f == 0.3f);
        String s1 = "abc", s2 = "abc", s3 = new String(new char[] {'a', 'b', 'c'});
        System.out.println((s1 == s2) + " " + (s1 == s3) + " " + s1.equals(s3));
        Object o = null;
        System.out.println(o == null);
        System.out.println(o != null);
    }
}
// expect: true true true true
// expect: true false true true
// expect: true
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: true false true
// expect: true
// expect: false
