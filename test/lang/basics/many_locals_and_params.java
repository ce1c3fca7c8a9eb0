// Methods with many parameters of mixed types (every value takes one slot) and more than 256
// local variables, so local indexes need two bytes.
class Main {
    static String mix(int a, long b, double c, float d, char e, boolean f, short g, byte h, String i, long j, double k) {
        return a + "|" + b + "|" + c + "|" + d + "|" + e + "|" + f + "|" + g + "|" + h + "|" + i + "|" + j + "|" + k;
    }
    long instanceMix(long a, int b, double c, long d) { return a + b + (long) c + d; }
    static long manyLocals() {
        long v0 = 1, v1 = v0 + 1, v2 = v1 + 1, v3 = v2 + 1, v4 = v3 + 1, v5 = v4 + 1, v6 = v5 + 1, v7 = v6 + 1, v8 = v7 + 1, v9 = v8 + 1;
        long w0 = v9 + 1, w1 = w0 + 1, w2 = w1 + 1, w3 = w2 + 1, w4 = w3 + 1, w5 = w4 + 1, w6 = w5 + 1, w7 = w6 + 1, w8 = w7 + 1, w9 = w8 + 1;
        int[] fill = new int[1];
        int a00=0,a01=1,a02=2,a03=3,a04=4,a05=5,a06=6,a07=7,a08=8,a09=9,a10=10,a11=11,a12=12,a13=13,a14=14,a15=15,a16=16,a17=17,a18=18,a19=19;
        int b00=0,b01=1,b02=2,b03=3,b04=4,b05=5,b06=6,b07=7,b08=8,b09=9,b10=10,b11=11,b12=12,b13=13,b14=14,b15=15,b16=16,b17=17,b18=18,b19=19;
        int c00=0,c01=1,c02=2,c03=3,c04=4,c05=5,c06=6,c07=7,c08=8,c09=9,c10=10,c11=11,c12=12,c13=13,c14=14,c15=15,c16=16,c17=17,c18=18,c19=19;
        int d00=0,d01=1,d02=2,d03=3,d04=4,d05=5,d06=6,d07=7,d08=8,d09=9,d10=10,d11=11,d12=12,d13=13,d14=14,d15=15,d16=16,d17=17,d18=18,d19=19;
        int e00=0,e01=1,e02=2,e03=3,e04=4,e05=5,e06=6,e07=7,e08=8,e09=9,e10=10,e11=11,e12=12,e13=13,e14=14,e15=15,e16=16,e17=17,e18=18,e19=19;
        int f00=0,f01=1,f02=2,f03=3,f04=4,f05=5,f06=6,f07=7,f08=8,f09=9,f10=10,f11=11,f12=12,f13=13,f14=14,f15=15,f16=16,f17=17,f18=18,f19=19;
        int g00=0,g01=1,g02=2,g03=3,g04=4,g05=5,g06=6,g07=7,g08=8,g09=9,g10=10,g11=11,g12=12,g13=13,g14=14,g15=15,g16=16,g17=17,g18=18,g19=19;
        int h00=0,h01=1,h02=2,h03=3,h04=4,h05=5,h06=6,h07=7,h08=8,h09=9,h10=10,h11=11,h12=12,h13=13,h14=14,h15=15,h16=16,h17=17,h18=18,h19=19;
        int i00=0,i01=1,i02=2,i03=3,i04=4,i05=5,i06=6,i07=7,i08=8,i09=9,i10=10,i11=11,i12=12,i13=13,i14=14,i15=15,i16=16,i17=17,i18=18,i19=19;
        int j00=0,j01=1,j02=2,j03=3,j04=4,j05=5,j06=6,j07=7,j08=8,j09=9,j10=10,j11=11,j12=12,j13=13,j14=14,j15=15,j16=16,j17=17,j18=18,j19=19;
        int k00=0,k01=1,k02=2,k03=3,k04=4,k05=5,k06=6,k07=7,k08=8,k09=9,k10=10,k11=11,k12=12,k13=13,k14=14,k15=15,k16=16,k17=17,k18=18,k19=19;
        int l00=0,l01=1,l02=2,l03=3,l04=4,l05=5,l06=6,l07=7,l08=8,l09=9,l10=10,l11=11,l12=12,l13=13,l14=14,l15=15,l16=16,l17=17,l18=18,l19=19;
        int m00=0,m01=1,m02=2,m03=3,m04=4,m05=5,m06=6,m07=7,m08=8,m09=9,m10=10,m11=11,m12=12,m13=13,m14=14,m15=15,m16=16,m17=17,m18=18,m19=19;
        long late = 1000;
        double lateD = 0.5;
        late += a19 + b18 + c17 + d16 + e15 + f14 + g13 + h12 + i11 + j10 + k09 + l08 + m07;
        for (int q = 0; q < 3; q++) late += q;
        fill[0] = m19;
        return late + fill[0] + w9 + (long) (lateD * 4);
    }
    public static void main(String[] args) {
        System.out.println(mix(1, 2L, 3.5, 4.5f, 'e', true, (short) 7, (byte) 8, "i", 10L, 11.25));
        System.out.println(new Main().instanceMix(Long.MAX_VALUE, -1, 2.9, Long.MIN_VALUE));
        System.out.println(manyLocals());
    }
}
// expect: 1|2|3.5|4.5|e|true|7|8|i|10|11.25
// expect: 0
// expect: 1213
