// A single-type import brings a class from another package into scope.
import util.MathUtil;

class Main {
    public static void main(String[] args) {
        System.out.println(MathUtil.square(7));
        System.out.println(MathUtil.LIMIT);
    }
}
// expect: 49
// expect: 10
