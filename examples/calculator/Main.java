// A tiny calculator: a recursive-descent parser over + - * / % ^, unary minus and parentheses,
// evaluating to double, with a syntax error reported as an exception naming the position.
//   ringfence run examples/calculator/Main.java "2 * (3 + 4)"
class ParseException extends Exception {
    ParseException(String message, int position) { super(message + " at position " + position); }
}

class Parser {
    private final String src;
    private int pos;

    Parser(String src) { this.src = src; }

    double parse() throws ParseException {
        double v = expression();
        skipSpaces();
        if (pos < src.length()) throw new ParseException("unexpected '" + src.charAt(pos) + "'", pos);
        return v;
    }

    // expression := term (('+' | '-') term)*
    private double expression() throws ParseException {
        double v = term();
        while (true) {
            if (eat('+')) v += term();
            else if (eat('-')) v -= term();
            else return v;
        }
    }

    // term := factor (('*' | '/' | '%') factor)*
    private double term() throws ParseException {
        double v = factor();
        while (true) {
            if (eat('*')) v *= factor();
            else if (eat('/')) v /= factor();
            else if (eat('%')) v %= factor();
            else return v;
        }
    }

    // factor := '-' factor | atom ('^' factor)?      (^ is right-associative)
    private double factor() throws ParseException {
        if (eat('-')) return -factor();
        double base = atom();
        return eat('^') ? Math.pow(base, factor()) : base;
    }

    // atom := number | '(' expression ')'
    private double atom() throws ParseException {
        if (eat('(')) {
            double v = expression();
            if (!eat(')')) throw new ParseException("expected ')'", pos);
            return v;
        }
        skipSpaces();
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
        if (start == pos) throw new ParseException("expected a number", pos);
        return Double.parseDouble(src.substring(start, pos));
    }

    private boolean eat(char c) {
        skipSpaces();
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < src.length() && src.charAt(pos) == ' ') pos++;
    }
}

public class Main {
    public static void main(String[] args) {
        String[] inputs = args.length > 0 ? args : new String[] {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5",
            "1 / 0", "0.1 + 0.2", "2 * (3 + 4", "3 + * 4", "42 )",
        };
        for (String in : inputs) {
            try {
                System.out.println(in + " = " + new Parser(in).parse());
            } catch (ParseException e) {
                System.out.println(in + " : error: " + e.getMessage());
            }
        }
    }
}
// expect: 1 + 2 * 3 = 7.0
// expect: (1 + 2) * 3 = 9.0
// expect: 2 ^ 3 ^ 2 = 512.0
// expect: -2 ^ 2 = -4.0
// expect: 10 / 4 = 2.5
// expect: 10 % 4 + 0.5 = 2.5
// expect: 1 / 0 = Infinity
// expect: 0.1 + 0.2 = 0.30000000000000004
// expect: 2 * (3 + 4 : error: expected ')' at position 10
// expect: 3 + * 4 : error: expected a number at position 4
// expect: 42 ) : error: unexpected ')' at position 3
