// A protected or package-private method is not accessible from an unrelated class in another package.
// expect-error: RF2006 @8
import lib.Base;

class Main {
    public static void main(String[] args) {
        Base b = new Base();
        System.out.println(b.secret() + b.packageOnly());
    }
}
