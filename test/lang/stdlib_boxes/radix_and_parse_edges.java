// Integer/Long parsing and formatting edges: MIN_VALUE, signs, radix 2..36, and bad inputs.
class Main {
    static void parse(String s, int radix) {
        try {
            System.out.println("'" + s + "' r" + radix + " -> " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("'" + s + "' r" + radix + " -> NFE " + e.getMessage());
        }
    }
    public static void main(String[] args) {
        parse("-2147483648", 10);
        parse("2147483647", 10);
        parse("-2147483649", 10);
        parse("+0", 10);
        parse("-0", 10);
        parse("-", 10);
        parse("", 10);
        parse("7fffffff", 16);
        parse("-80000000", 16);
        parse("80000000", 16);
        parse("Zz", 36);
        parse("12", 2);
        parse(" 1", 10);
        System.out.println(Integer.toString(Integer.MIN_VALUE, 2) + " " + Integer.toString(-35, 36) + " " + Integer.toString(10, 99));
        System.out.println(Integer.toHexString(Integer.MIN_VALUE) + " " + Integer.toBinaryString(0) + " " + Integer.toOctalString(-1));
        System.out.println(Long.toString(Long.MIN_VALUE, 16) + " " + Long.toBinaryString(-1L).length() + " " + Long.parseLong("-zz", 36));
        System.out.println(Integer.valueOf(-5).toString() + Long.valueOf(6L).toString() + Integer.toString(0));
        System.out.println(Integer.parseInt("0042") + Long.parseLong("+0007"));
    }
}
// expect: '-2147483648' r10 -> -2147483648
// expect: '2147483647' r10 -> 2147483647
// expect: '-2147483649' r10 -> NFE For input string: "-2147483649"
// expect: '+0' r10 -> 0
// expect: '-0' r10 -> 0
// expect: '-' r10 -> NFE For input string: "-"
// expect: '' r10 -> NFE For input string: ""
// expect: '7fffffff' r16 -> 2147483647
// expect: '-80000000' r16 -> -2147483648
// expect: '80000000' r16 -> NFE For input string: "80000000" under radix 16
// expect: 'Zz' r36 -> 1295
// expect: '12' r2 -> NFE For input string: "12" under radix 2
// expect: ' 1' r10 -> NFE For input string: " 1"
// expect: -10000000000000000000000000000000 -z 10
// expect: 80000000 0 37777777777
// expect: -8000000000000000 64 -1295
// expect: -560
// expect: 49
