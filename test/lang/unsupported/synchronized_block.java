// synchronized statements are outside the subset (there are no threads).
// expect-error: RF1003 @6 "synchronized"
class Main {
    public static void main(String[] args) {
        Object lock = new Object();
        synchronized (lock) {
            System.out.println("locked");
        }
    }
}
