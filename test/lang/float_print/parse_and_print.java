// Double.parseDouble followed by printing gives back the canonical form.
class Main {
    public static void main(String[] args) {
        String[] inputs = { "1", "1.50", "-0", "1e3", "1E-3", "123456789", "0.1e1", "3.14159", "  2.5  ", "1e400", "-1e-400", "NaN", "-Infinity" };
        for (String s : inputs) System.out.println(s.trim() + " -> " + Double.parseDouble(s));
        System.out.println(Float.parseFloat("0.1") + " " + Float.parseFloat("16777217"));
    }
}
// expect: 1 -> 1.0
// expect: 1.50 -> 1.5
// expect: -0 -> -0.0
// expect: 1e3 -> 1000.0
// expect: 1E-3 -> 0.001
// expect: 123456789 -> 1.23456789E8
// expect: 0.1e1 -> 1.0
// expect: 3.14159 -> 3.14159
// expect: 2.5 -> 2.5
// expect: 1e400 -> Infinity
// expect: -1e-400 -> -0.0
// expect: NaN -> NaN
// expect: -Infinity -> -Infinity
// expect: 0.1 1.6777216E7
