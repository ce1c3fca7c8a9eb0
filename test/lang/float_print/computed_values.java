// Printing results of computations whose shortest representation needs 16-17 digits.
class Main {
    public static void main(String[] args) {
        double x = 1;
        for (int i = 0; i < 12; i++) {
            x = x * 1.1;
            System.out.println(x);
        }
        double y = 1;
        for (int i = 0; i < 8; i++) {
            y /= 3;
            System.out.println(y + " " + (float) y);
        }
        for (int i = -5; i <= 5; i++) System.out.println(Math.pow(10, i) * 1.5);
    }
}
// expect: 1.1
// expect: 1.2100000000000002
// expect: 1.3310000000000004
// expect: 1.4641000000000006
// expect: 1.6105100000000008
// expect: 1.771561000000001
// expect: 1.9487171000000014
// expect: 2.1435888100000016
// expect: 2.357947691000002
// expect: 2.5937424601000023
// expect: 2.853116706110003
// expect: 3.1384283767210035
// expect: 0.3333333333333333 0.33333334
// expect: 0.1111111111111111 0.11111111
// expect: 0.037037037037037035 0.037037037
// expect: 0.012345679012345678 0.012345679
// expect: 0.004115226337448559 0.004115226
// expect: 0.0013717421124828531 0.0013717421
// expect: 4.572473708276177E-4 4.5724737E-4
// expect: 1.5241579027587258E-4 1.5241579E-4
// expect: 1.5000000000000002E-5
// expect: 1.5000000000000001E-4
// expect: 0.0015
// expect: 0.015
// expect: 0.15000000000000002
// expect: 1.5
// expect: 15.0
// expect: 150.0
// expect: 1500.0
// expect: 15000.0
// expect: 150000.0
