// `this` cannot be used in a static method.
// expect-error: RF2005 @6
class Main {
    int v = 1;
    public static void main(String[] args) {
        System.out.println(this.v);
    }
}
