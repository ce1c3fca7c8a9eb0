// A static field initialized with an instance of its own class, before another static field the
// constructor reads: the constructor sees the later field's default value (Java Puzzlers #49).
class Elvis {
    static final Elvis INSTANCE = new Elvis();
    static final int CURRENT_YEAR = Integer.parseInt("2026");
    static final int BIRTH_YEAR = 1935;
    final int age;
    final int birth;
    Elvis() {
        age = CURRENT_YEAR - 1935;
        birth = BIRTH_YEAR;
    }
}
class Main {
    public static void main(String[] args) {
        System.out.println(Elvis.INSTANCE.age + " " + Elvis.INSTANCE.birth);
    }
}
// expect: -1935 1935
