// Building a large string with StringBuilder and with concatenation gives the same result.
class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        String s = "";
        for (int i = 0; i < 200; i++) {
            sb.append(i % 10);
            s += i % 10;
        }
        System.out.println(sb.length() + " " + s.length() + " " + sb.toString().equals(s));
        System.out.println(s.substring(190));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append("ab");
        System.out.println(big.length() + " " + big.charAt(1999));
    }
}
// expect: 200 200 true
// expect: 0123456789
// expect: 2000 b
