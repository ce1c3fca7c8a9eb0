// Integer division truncates toward zero; % takes the sign of the dividend (JLS 15.17.2-3).
class Main {
    public static void main(String[] args) {
        int[] as = { 7, -7, 7, -7, 0, 1, -1 };
        int[] bs = { 2, 2, -2, -2, 5, 3, 3 };
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + as[i] / bs[i] + ", % = " + as[i] % bs[i]);
        }
        System.out.println(-7L / 2 + " " + -7L % 2 + " " + 7L % -3);
    }
}
// expect: 7 / 2 = 3, % = 1
// expect: -7 / 2 = -3, % = -1
// expect: 7 / -2 = -3, % = 1
// expect: -7 / -2 = 3, % = -1
// expect: 0 / 5 = 0, % = 0
// expect: 1 / 3 = 0, % = 1
// expect: -1 / 3 = 0, % = -1
// expect: -3 -1 1
