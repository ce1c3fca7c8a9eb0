// The same label name can be reused by sibling statements; nested labels are distinct.
class Main {
    public static void main(String[] args) {
        int total = 0;
        a: for (int i = 0; i < 3; i++) { if (i == 1) continue a; total += i; }
        a: for (int i = 0; i < 3; i++) { if (i == 2) break a; total += 10 * i; }
        System.out.println(total);
        x: {
            y: {
                if (total > 5) break x;
                break y;
            }
            System.out.println("after y");
        }
        System.out.println("after x");
    }
}
// expect: 12
// expect: after x
