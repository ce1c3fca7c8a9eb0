// -0.0 equals 0.0 under ==, but prints differently, divides to -Infinity and is ordered by compare.
class Main {
    public static void main(String[] args) {
        double nz = -0.0;
        double pz = 0.0;
        System.out.println(nz);
        System.out.println(pz == nz);
        System.out.println(1 / nz);
        System.out.println(1 / pz);
        System.out.println(0.0 * -1);
        System.out.println(-pz);
        System.out.println(pz - pz);
        System.out.println(nz + pz);
        System.out.println(nz - pz);
        System.out.println(Math.min(pz, nz) + " " + Math.max(nz, pz));
        System.out.println(Double.compare(nz, pz));
        System.out.println(Math.abs(nz));
        float fz = -0.0f;
        System.out.println(fz + " " + (1 / fz));
        System.out.println((int) nz + " " + (long) fz);
        System.out.println(-0.0 + "|" + (0.0 - 0.0) + "|" + (-1e-320 * 1e-10));
        System.out.println(Math.round(-0.4) + " " + Math.ceil(-0.4) + " " + Math.floor(0.0));
    }
}
// expect: -0.0
// expect: true
// expect: -Infinity
// expect: Infinity
// expect: -0.0
// expect: -0.0
// expect: 0.0
// expect: 0.0
// expect: -0.0
// expect: -0.0 0.0
// expect: -1
// expect: 0.0
// expect: -0.0 -Infinity
// expect: 0 0
// expect: -0.0|0.0|-0.0
// expect: 0 -0.0 0.0
