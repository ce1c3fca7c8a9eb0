// Word count: splits a text into words, counts each distinct word without any collection
// classes (parallel arrays), and prints the most frequent ones.
//   ringfence run examples/wordcount/Main.java
public class Main {
    static final String TEXT =
        "It was the best of times, it was the worst of times, it was the age of wisdom, "
        + "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
        + "incredulity, it was the season of Light, it was the season of Darkness.";

    public static void main(String[] args) {
        String[] raw = TEXT.toLowerCase().split(" ");
        String[] words = new String[raw.length];
        int[] counts = new int[raw.length];
        int distinct = 0;
        for (String w : raw) {
            String word = stripPunctuation(w);
            if (word.isEmpty()) continue;
            int i = indexOf(words, distinct, word);
            if (i < 0) {
                words[distinct] = word;
                i = distinct++;
            }
            counts[i]++;
        }
        System.out.println(raw.length + " words, " + distinct + " distinct");
        sortByCount(words, counts, distinct);
        for (int i = 0; i < 5; i++) System.out.println(pad(words[i], 8) + counts[i]);
    }

    static String stripPunctuation(String w) {
        StringBuilder sb = new StringBuilder();
        for (char c : w.toCharArray()) if (Character.isLetter(c)) sb.append(c);
        return sb.toString();
    }

    static int indexOf(String[] words, int n, String word) {
        for (int i = 0; i < n; i++) if (words[i].equals(word)) return i;
        return -1;
    }

    /** Stable insertion sort: higher counts first, ties keep first-seen order. */
    static void sortByCount(String[] words, int[] counts, int n) {
        for (int i = 1; i < n; i++) {
            String w = words[i];
            int c = counts[i], j = i - 1;
            while (j >= 0 && counts[j] < c) {
                words[j + 1] = words[j];
                counts[j + 1] = counts[j];
                j--;
            }
            words[j + 1] = w;
            counts[j + 1] = c;
        }
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
// expect: 48 words, 16 distinct
// expect: it      8
// expect: was     8
// expect: the     8
// expect: of      8
// expect: times   2
