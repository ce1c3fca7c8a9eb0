// The println overload is chosen statically: char prints a character, int a number, and a
// char[] its contents while an Object-typed char[] is printed via String.valueOf(Object).
class Main {
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c);
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println(c + c);
        System.out.println("" + c + c);
        short s = 'B';
        System.out.println(s);
        char[] hi = {'h', 'i'};
        System.out.println(hi);
        System.out.println(String.valueOf(hi));
        long big = Integer.MAX_VALUE + 1L;
        System.out.println(big);
        float f = 0.1f;
        System.out.println(f);
        System.out.println((double) f);
    }
}
// expect: A
// expect: 66
// expect: B
// expect: 130
// expect: AA
// expect: 66
// expect: hi
// expect: hi
// expect: 2147483648
// expect: 0.1
// expect: 0.10000000149011612
