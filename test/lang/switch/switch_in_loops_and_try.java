// switch nested in loops and try blocks: break leaves the switch, continue the loop, labeled
// break the loop, and finally blocks run on each exit.
class Main {
    public static void main(String[] args) {
        StringBuilder log = new StringBuilder();
        outer:
        for (int i = 0; i < 6; i++) {
            try {
                switch (i % 4) {
                    case 0: log.append("zero;"); break;
                    case 1: log.append("one;"); continue;
                    case 2:
                        if (i > 4) break outer;
                        log.append("two;");
                    case 3: log.append("three;"); break;
                }
                log.append("after-switch;");
            } finally {
                log.append("f").append(i).append(';');
            }
        }
        System.out.println(log);
        int total = 0;
        for (String s : "a,bb,ccc,,dddd".split(",")) {
            switch (s.length()) {
                case 0: continue;
                case 1: case 2: total += 1; break;
                default: total += 10;
            }
            total += 100;
        }
        System.out.println(total);
    }
}
// expect: zero;after-switch;f0;one;f1;two;three;after-switch;f2;three;after-switch;f3;zero;after-switch;f4;one;f5;
// expect: 422
