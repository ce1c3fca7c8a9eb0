// try/catch inside a loop: each iteration handles its own failure and the loop continues.
class Main {
    static int parse(String s) {
        return Integer.parseInt(s);
    }
    public static void main(String[] args) {
        String[] inputs = {"12", "x", "-7", "", "2147483648", "0x1F", "99"};
        int sum = 0;
        for (String s : inputs) {
            try {
                sum += parse(s);
            } catch (NumberFormatException e) {
                System.out.println("bad: " + e.getMessage());
            }
        }
        System.out.println("sum " + sum);
    }
}
// expect: bad: For input string: "x"
// expect: bad: For input string: ""
// expect: bad: For input string: "2147483648"
// expect: bad: For input string: "0x1F"
// expect: sum 104
