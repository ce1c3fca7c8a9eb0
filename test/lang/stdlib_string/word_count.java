// Word frequency counting with arrays of strings and nested loops (no collections needed).
class Main {
    public static void main(String[] args) {
        String text = "the cat and the hat and the bat sat on the mat";
        String[] words = text.split(" ");
        String[] uniq = new String[words.length];
        int[] counts = new int[words.length];
        int n = 0;
        for (String w : words) {
            int i = 0;
            while (i < n && !uniq[i].equals(w)) i++;
            if (i == n) { uniq[n] = w; n++; }
            counts[i]++;
        }
        for (int i = 0; i < n; i++) System.out.println(uniq[i] + " " + counts[i]);
        int longest = 0;
        for (String w : words) if (w.length() > longest) longest = w.length();
        System.out.println("longest " + longest + ", words " + words.length + ", distinct " + n);
    }
}
// expect: the 4
// expect: cat 1
// expect: and 2
// expect: hat 1
// expect: bat 1
// expect: sat 1
// expect: on 1
// expect: mat 1
// expect: longest 3, words 12, distinct 8
