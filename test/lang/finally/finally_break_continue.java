// break and continue out of try run the finally; break/continue inside finally override a
// pending return or exception.
class Main {
    static int breakOverridesReturn() {
        int i = 0;
        while (true) {
            try {
                i++;
                return -1;
            } finally {
                if (i < 3) continue;
                break;
            }
        }
        return i;
    }
    static String breakDropsException() {
        String log = "";
        for (int i = 0; i < 2; i++) {
            try {
                throw new RuntimeException("dropped");
            } finally {
                log += "f" + i;
                break;
            }
        }
        return log;
    }
    public static void main(String[] args) {
        for (int i = 0; i < 4; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                System.out.println("body " + i);
            } finally {
                System.out.println("finally " + i);
            }
        }
        System.out.println(breakOverridesReturn());
        System.out.println(breakDropsException());
    }
}
// expect: body 0
// expect: finally 0
// expect: finally 1
// expect: body 2
// expect: finally 2
// expect: finally 3
// expect: 3
// expect: f0
