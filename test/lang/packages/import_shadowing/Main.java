// Name resolution order (JLS 6.4.1, 7.5): a single-type import beats on-demand imports, and a
// type in the same package beats on-demand imports; fully qualified names always work.
import alpha.*;
import beta.*;
import beta.Thing;

class Main {
    public static void main(String[] args) {
        System.out.println(Thing.who());
        System.out.println(Tool.who());
        System.out.println(alpha.Thing.who() + " " + beta.Tool.who());
    }
}
// expect: beta.Thing
// expect: default-package Tool
// expect: alpha.Thing beta.Tool
