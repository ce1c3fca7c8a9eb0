// In a subclass in another package, a protected member is accessible only through references of
// the subclass type, not through a plain superclass reference (JLS 6.6.2.1).
// expect-error: RF2006 @8
import lib.Base;

class Main extends Base {
    int ok() { return secret() + this.secret() + new Main().secret(); }
    int notOk(Base other) { return other.secret(); }
    public static void main(String[] args) {
        System.out.println(new Main().ok());
    }
}
