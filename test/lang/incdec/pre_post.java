// Pre/post increment and decrement: value of the expression vs. the variable's new value.
class Main {
    public static void main(String[] args) {
        int i = 5;
        System.out.println(i++);
        System.out.println(i);
        System.out.println(++i);
        System.out.println(i--);
        System.out.println(--i);
        int j = i++ + i++;
        System.out.println(j + " " + i);
        int k = i-- - --i;
        System.out.println(k + " " + i);
        long l = Long.MAX_VALUE;
        l++;
        System.out.println(l);
        double d = 0.5;
        d++;
        System.out.println(d);
        float f = -0.5f;
        System.out.println(++f);
        byte b = -128;
        b--;
        System.out.println(b);
        short s = 32767;
        System.out.println(++s);
    }
}
// expect: 5
// expect: 6
// expect: 7
// expect: 7
// expect: 5
// expect: 11 7
// expect: 2 5
// expect: -9223372036854775808
// expect: 1.5
// expect: 0.5
// expect: 127
// expect: -32768
