// Compound assignments and ++ on static fields, instance fields through this/other references,
// and String fields.
class Acc {
    static long total;
    static String log = "";
    int count;
    String name = "acc";
    double avg;
    void add(int v) {
        this.count++;
        total += v;
        avg += (v - avg) / count;
        name += v;
        Acc.log += "+" + v;
    }
}
class Main {
    public static void main(String[] args) {
        Acc a = new Acc();
        Acc b = new Acc();
        a.add(4); a.add(8); b.add(3);
        System.out.println(a.count + " " + b.count + " " + Acc.total + " " + a.avg + " " + a.name + " " + b.name + " " + Acc.log);
        b.count += a.count *= 10;
        System.out.println(a.count + " " + b.count);
        Acc.total <<= 2;
        Acc.total -= Acc.total++ - --Acc.total;
        System.out.println(Acc.total);
        char[] cs = {'a', 'b'};
        cs[1] += 2;
        cs[0] *= 1;
        System.out.println(new String(cs));
    }
}
// expect: 2 1 15 6.0 acc48 acc3 +4+8+3
// expect: 20 21
// expect: 60
// expect: ad
