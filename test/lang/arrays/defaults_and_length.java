// New arrays are filled with default values; length is fixed at creation.
class Main {
    public static void main(String[] args) {
        int[] i = new int[3];
        double[] d = new double[2];
        boolean[] z = new boolean[2];
        char[] c = new char[2];
        String[] s = new String[2];
        long[] l = new long[0];
        System.out.println(i[0] + " " + i[2] + " " + d[1] + " " + z[0] + " " + (int) c[1] + " " + s[0]);
        System.out.println(i.length + " " + l.length);
        float[] f = new float[4];
        byte[] b = new byte[1];
        short[] sh = new short[1];
        System.out.println(f[3] + " " + b[0] + " " + sh[0]);
        int n = 5;
        int[] sized = new int[n * 2];
        System.out.println(sized.length);
    }
}
// expect: 0 0 0.0 false 0 null
// expect: 3 0
// expect: 0.0 0 0
// expect: 10
