// Interface fields are implicitly public static final; implementing classes see them by simple name.
interface Limits {
    int MAX = 100;
    String UNIT = "kg";
    int DOUBLE_MAX = MAX * 2;
}
class Scale implements Limits {
    String check(int w) { return w > MAX ? "too heavy" : w + UNIT; }
}
class Main {
    public static void main(String[] args) {
        Scale s = new Scale();
        System.out.println(s.check(50));
        System.out.println(s.check(150));
        System.out.println(Limits.DOUBLE_MAX);
        System.out.println(Scale.MAX);
    }
}
// expect: 50kg
// expect: too heavy
// expect: 200
// expect: 100
