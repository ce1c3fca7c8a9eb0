// Character helpers: isDigit, isLetter, isLetterOrDigit, isWhitespace, isUpperCase, toUpperCase,
// toLowerCase, digit, forDigit, getNumericValue, and valueOf/charValue.
class Main {
    public static void main(String[] args) {
        char[] cs = {'a', 'Z', '5', ' ', '\t', '_', '\u00e9', '\u00c9', '!'};
        for (char c : cs) {
            System.out.println((int) c + ": " + Character.isDigit(c) + " " + Character.isLetter(c) + " "
                + Character.isLetterOrDigit(c) + " " + Character.isWhitespace(c) + " " + Character.isUpperCase(c)
                + " " + Character.isLowerCase(c) + " " + Character.toUpperCase(c) + Character.toLowerCase(c));
        }
        System.out.println(Character.digit('7', 10) + " " + Character.digit('f', 16) + " " + Character.digit('g', 16));
        System.out.println(Character.forDigit(11, 16) + "" + Character.forDigit(3, 10) + Character.getNumericValue('9'));
        Character boxed = Character.valueOf('q');
        System.out.println(boxed.charValue() + " " + boxed + " " + Character.toString('r') + " " + boxed.equals(Character.valueOf('q')));
        System.out.println(Character.MIN_VALUE + 0 + " " + (int) Character.MAX_VALUE);
    }
}
// expect: 97: false true true false false true Aa
// expect: 90: false true true false true false Zz
// expect: 53: true false true false false false 55
// expect: 32: false false false true false false   
// expect: 9: false false false true false false 		
// expect: 95: false false false false false false __
// expect: 233: false true true false false true Éé
// expect: 201: false true true false true false Éé
// expect: 33: false false false false false false !!
// expect: 7 15 -1
// expect: b39
// expect: q q r true
// expect: 0 65535
