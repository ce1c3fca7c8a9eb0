// A static method called from a static initializer can observe later fields still at default.
class Early {
    static int first = peek();
    static int second = 20;
    static int peek() { System.out.println("second is " + second); return second + 1; }
}
class Main {
    public static void main(String[] args) {
        System.out.println(Early.first);
        System.out.println(Early.second);
    }
}
// expect: second is 0
// expect: 1
// expect: 20
