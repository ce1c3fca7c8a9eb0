// The try's return value is evaluated before finally runs; finally changing the variable does not change it.
class Box { int v; }
class Main {
    static int x;
    static int get() {
        x = 1;
        try {
            return x;
        } finally {
            x = 99;
        }
    }
    static Box box() {
        Box b = new Box();
        b.v = 1;
        try {
            return b;
        } finally {
            b.v = 2;
        }
    }
    static String order() {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            return sb.append("return;").toString();
        } finally {
            sb.append("finally;");
            System.out.println("finally saw " + sb);
        }
    }
    public static void main(String[] args) {
        System.out.println(get() + " " + x);
        System.out.println(box().v);
        System.out.println(order());
    }
}
// expect: 1 99
// expect: 2
// expect: finally saw try;return;finally;
// expect: try;return;
