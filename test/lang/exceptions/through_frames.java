// An exception propagates through several frames, skipping the rest of each, to the nearest
// matching handler; handlers for other types are skipped.
class Main {
    static void level3(int x) {
        System.out.println("level3 start");
        if (x > 0) throw new IllegalStateException("deep " + x);
        System.out.println("level3 end");
    }
    static void level2(int x) {
        try {
            level3(x);
        } catch (IllegalArgumentException e) {
            System.out.println("wrong handler");
        }
        System.out.println("level2 end");
    }
    static void level1(int x) {
        level2(x);
        System.out.println("level1 end");
    }
    public static void main(String[] args) {
        try {
            level1(0);
            level1(5);
        } catch (RuntimeException e) {
            System.out.println("main caught " + e.getMessage());
        }
        System.out.println("done");
    }
}
// expect: level3 start
// expect: level3 end
// expect: level2 end
// expect: level1 end
// expect: level3 start
// expect: main caught deep 5
// expect: done
