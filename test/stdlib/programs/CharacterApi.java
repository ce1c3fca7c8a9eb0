// Exercises java.lang.Character's classification, case mapping, digits and surrogates on
// ASCII, Latin-1 and a few characters beyond.
public class CharacterApi {
    public static void main(String[] args) {
        char[] samples = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '\u00e9', '\u00c9', '\u00df', '\u00ff', '\u00b5',
            '\u00a0', '\u00bd', '\u00b2', '\u0660', '\u0391', '\u03c9', '\u0416', '\u2003', '\u3000', '\uff21', '\u2167', '\u01c5', '\u0130'};
        for (int i = 0; i < samples.length; i++) {
            char c = samples[i];
            System.out.println((int) c + ": digit=" + Character.isDigit(c) + " letter=" + Character.isLetter(c)
                + " letterOrDigit=" + Character.isLetterOrDigit(c) + " ws=" + Character.isWhitespace(c)
                + " space=" + Character.isSpaceChar(c) + " upper=" + Character.isUpperCase(c)
                + " lower=" + Character.isLowerCase(c) + " title=" + Character.isTitleCase(c)
                + " toUpper=" + (int) Character.toUpperCase(c) + " toLower=" + (int) Character.toLowerCase(c)
                + " d16=" + Character.digit(c, 16) + " d36=" + Character.digit(c, 36)
                + " num=" + Character.getNumericValue(c) + " type=" + Character.getType(c)
                + " jstart=" + Character.isJavaIdentifierStart(c) + " jpart=" + Character.isJavaIdentifierPart(c)
                + " alpha=" + Character.isAlphabetic(c) + " ctrl=" + Character.isISOControl(c));
        }
        for (int d = -1; d <= 36; d += 5) {
            System.out.println(d + " -> [" + Character.forDigit(d, 16) + "][" + Character.forDigit(d, 36) + "]");
        }
        System.out.println(Character.toUpperCase(0x1F600) + " " + Character.toLowerCase((int) 'Q') + " " + Character.isLetter(0x10400));
        char[] pair = Character.toChars(0x1F600);
        System.out.println(pair.length + " " + (int) pair[0] + " " + (int) pair[1] + " " + Character.toCodePoint(pair[0], pair[1]));
        System.out.println(Character.isHighSurrogate(pair[0]) + " " + Character.isLowSurrogate(pair[0]) + " " + Character.isSurrogate(pair[1]));
        System.out.println(Character.charCount(0x1F600) + " " + Character.isValidCodePoint(0x110000) + " " + Character.isBmpCodePoint(0xFFFF));
        System.out.println(Character.toString('x') + Character.toString(0x1F600).length() + Character.valueOf('q').charValue());
        try {
            Character.toChars(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + (int) Character.MIN_HIGH_SURROGATE + " " + Character.MAX_CODE_POINT);
        String text = "Hello, Wörld! 123 ÆØÅ";
        int letters = 0;
        int digits = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (Character.isDigit(c)) {
                digits++;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        System.out.println(letters + " " + digits + " " + upper);
    }
}
