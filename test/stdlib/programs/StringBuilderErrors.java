// StringBuilder and StringBuffer failures as JDK 17 reports them: the exception class (some
// ranges are IndexOutOfBoundsException, some the older StringIndexOutOfBoundsException), the
// message, and the standard-library frames above the caller (checkIndex in String, the range
// checks and the work in AbstractStringBuilder, the public class's method or bridge), without
// line numbers.
public class StringBuilderErrors {
    static final int CASES = 26;

    static void fail(int which) {
        StringBuilder sb = new StringBuilder("abc");
        StringBuffer sf = new StringBuffer("abc");
        char[] two = new char[2];
        switch (which) {
            case 0: sb.charAt(100); break;
            case 1: sf.charAt(-1); break;
            case 2: sb.setCharAt(3, 'x'); break;
            case 3: sb.codePointAt(3); break;
            case 4: sb.deleteCharAt(10); break;
            case 5: sb.delete(2, 1); break;
            case 6: sf.replace(4, 5, "x"); break;
            case 7: sb.substring(2, 1); break;
            case 8: sb.substring(4); break;
            case 9: sf.subSequence(1, 9); break;
            case 10: sb.setLength(-1); break;
            case 11: sb.insert(9, "x"); break;
            case 12: sf.insert(-1, 5); break;
            case 13: sb.insert(1, new char[0], 0, 1); break;
            case 14: sb.insert(1, (CharSequence) "xy", 0, 3); break;
            case 15: sb.append(two, 1, 5); break;
            case 16: sf.append("xyz", 2, 1); break;
            case 17: sb.getChars(0, 3, two, 0); break;
            case 18: sb.getChars(2, 1, two, 0); break;
            case 19: sb.appendCodePoint(-1); break;
            case 20: new StringBuilder(-1); break;
            case 21: sf.substring(9); break;
            case 22: sf.insert(9, (Object) "x"); break;
            case 23: sb.insert(9, (Object) "x"); break;
            case 24: sf.insert(1, two, 2, 1); break;
            default: sf.insert(4, 'c'); break;
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k < CASES; k++) {
            try {
                fail(k);
                System.out.println(k + ": no exception");
            } catch (RuntimeException e) {
                System.out.println(k + ": " + e.getClass().getName() + ": " + e.getMessage());
                StackTraceElement[] frames = e.getStackTrace();
                for (int i = 0; i < frames.length && !frames[i].getClassName().equals("StringBuilderErrors"); i++) {
                    System.out.println("    at " + frames[i].getClassName() + "." + frames[i].getMethodName());
                }
            }
        }
    }
}
