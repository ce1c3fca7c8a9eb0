// Static fields of a class in another package are shared state, read and written by name.
import config.Settings;

class Main {
    public static void main(String[] args) {
        System.out.println(Settings.next());
        System.out.println(Settings.next());
        Settings.counter = 40;
        System.out.println(Settings.next());
        System.out.println(Settings.reveal());
    }
}
// expect: 1
// expect: 2
// expect: 41
// expect: hidden
