// Palindrome checks with charAt from both ends, ignoring case and non-letters.
class Main {
    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = s.charAt(i), b = s.charAt(j);
            if (!Character.isLetterOrDigit(a)) { i++; continue; }
            if (!Character.isLetterOrDigit(b)) { j--; continue; }
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
            i++;
            j--;
        }
        return true;
    }
    public static void main(String[] args) {
        String[] tests = {"racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "12321", "123"};
        for (String t : tests) System.out.println(isPalindrome(t) + " " + t);
    }
}
// expect: true racecar
// expect: true A man, a plan, a canal: Panama
// expect: false hello
// expect: true 
// expect: true No 'x' in Nixon
// expect: true 12321
// expect: false 123
