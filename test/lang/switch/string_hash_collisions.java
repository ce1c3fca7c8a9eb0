// String switch with labels whose hash codes collide ("Aa"/"BB", "AaAa"/"BBBB"/"AaBB"/"BBAa")
// and fallthrough between them: matching must use equals after the hash.
class Main {
    static String f(String s) {
        String out = "";
        switch (s) {
            case "AaAa": out += "AaAa ";
            case "BBBB": out += "BBBB "; break;
            case "AaBB": out += "AaBB ";
            case "Aa": out += "Aa ";
            default: out += "default ";
            case "BB": out += "BB";
        }
        return out;
    }
    public static void main(String[] args) {
        String[] inputs = {"AaAa", "BBBB", "AaBB", "BBAa", "Aa", "BB", "C#", ""};
        for (String s : inputs) System.out.println(s + " (" + s.hashCode() + "): " + f(s));
    }
}
// expect: AaAa (2031744): AaAa BBBB 
// expect: BBBB (2031744): BBBB 
// expect: AaBB (2031744): AaBB Aa default BB
// expect: BBAa (2031744): default BB
// expect: Aa (2112): Aa default BB
// expect: BB (2112): BB
// expect: C# (2112): default BB
// expect:  (0): default BB
