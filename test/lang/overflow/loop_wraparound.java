// Loop counters wrap around at the int limits, and long counters do not at the same values.
class Main {
    public static void main(String[] args) {
        int iterations = 0;
        for (int i = Integer.MAX_VALUE - 2; i > 0; i++) iterations++;
        System.out.println(iterations);
        int last = 0;
        for (int i = Integer.MIN_VALUE + 2; i < 0; i -= 1) { last = i; if (++iterations > 10) break; }
        System.out.println(iterations + " " + last);
        long l = Integer.MAX_VALUE;
        l++;
        System.out.println(l);
        short s = 0;
        int steps = 0;
        do { s += 1000; steps++; } while (s > 0);
        System.out.println(steps + " " + s);
        byte b = 0;
        int count = 0;
        while (++b != 0) count++;
        System.out.println(count);
    }
}
// expect: 3
// expect: 6 -2147483648
// expect: 2147483648
// expect: 33 -32536
// expect: 255
