// switch on char with grouped labels, counting character classes.
class Main {
    public static void main(String[] args) {
        String text = "Hello, World! 123 (ok)?";
        int vowels = 0, digits = 0, punct = 0, other = 0;
        for (char c : text.toCharArray()) {
            switch (Character.toLowerCase(c)) {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                    vowels++;
                    break;
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    digits++;
                    break;
                case ',': case '!': case '?': case '(': case ')':
                    punct++;
                    break;
                default:
                    other++;
            }
        }
        System.out.println(vowels + " " + digits + " " + punct + " " + other);
    }
}
// expect: 4 3 5 11
