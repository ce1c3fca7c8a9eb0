// switch on a long selector is not allowed (JLS 14.11).
// expect-error: RF2041 @6
class Main {
    public static void main(String[] args) {
        long x = 1;
        switch (x) {
            case 1: System.out.println("one");
        }
    }
}
