// continue in a do-while jumps to the condition (not the top of the body), also when labeled
// from an inner loop, and a for loop's update runs on continue (JLS 14.13, 14.16).
class Main {
    public static void main(String[] args) {
        int i = 0;
        do {
            i++;
            if (i % 2 == 0) continue;
            System.out.print(i + " ");
        } while (i < 7);
        System.out.println("| " + i);
        int n = 0, checks = 0;
        outer:
        do {
            n++;
            for (int k = 0; k < 5; k++) {
                if (k == n) continue outer;
                checks++;
            }
        } while (n < 4);
        System.out.println(n + " " + checks);
        int updates = 0;
        for (int j = 0; j < 5; j++, updates++) {
            if (j < 3) continue;
        }
        System.out.println(updates);
        int w = 0;
        while (w < 10) {
            if (w++ % 3 != 0) continue;
            System.out.print("w" + w + " ");
        }
        System.out.println();
    }
}
// expect: 1 3 5 7 | 7
// expect: 4 10
// expect: 5
// expect: w1 w4 w7 w10 
