// Golden: compound assignment with narrowing, ++/-- on locals, fields, statics and array
// elements (dup/dup_x1/dup_x2), jumping code for && || ! and float comparisons with NaN, and
// string concatenation through StringBuilder.
class Operators {
    static long count;
    int field;
    static void ops(byte[] bs, int i, float f, double d) {
        bs[i] += 3;
        bs[i]++;
        count--;
        long a = count++ + --count;
        Operators o = new Operators();
        o.field *= 2;
        int k = o.field++;
        boolean b = f < d && !(d >= 1.0) || i != 0;
        String s = "b=" + b + ", k=" + k + ", a=" + a + ", c=" + (char) i + ", bs=" + bs;
        i += 1000;
        i <<= 33L;
    }
}
