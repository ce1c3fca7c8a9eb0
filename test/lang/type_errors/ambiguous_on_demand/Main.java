// Using a simple name that two on-demand imports both provide is ambiguous.
// expect-error: RF2025 @8
import one.*;
import two.*;

class Main {
    public static void main(String[] args) {
        Widget w = null;
        System.out.println(w);
    }
}
