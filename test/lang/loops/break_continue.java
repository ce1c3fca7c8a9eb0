// Unlabeled break and continue affect only the innermost loop.
class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) continue;
            if (i > 7) break;
            System.out.print(i + " ");
        }
        System.out.println();
        int found = -1;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (j == 2) break;
                if (i == j) continue;
                found = i * 10 + j;
                System.out.print(found + " ");
            }
        }
        System.out.println();
        int k = 0;
        while (true) {
            k++;
            if (k < 5) continue;
            break;
        }
        System.out.println(k);
        int d = 0;
        do {
            d++;
            if (d == 2) continue;
            System.out.print("d" + d + " ");
        } while (d < 4);
        System.out.println();
    }
}
// expect: 1 3 5 7 
// expect: 1 10 20 21 
// expect: 5
// expect: d1 d3 d4 
