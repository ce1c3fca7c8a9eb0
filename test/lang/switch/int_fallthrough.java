// switch on int with fallthrough, default in the middle, and cases that fall into default.
class Main {
    static String run(int x) {
        String out = "";
        switch (x) {
            case 1:
                out += "one ";
            case 2:
                out += "two ";
                break;
            default:
                out += "default ";
            case 3:
                out += "three ";
            case 4:
                out += "four ";
                break;
            case 5:
                out += "five ";
        }
        return out.trim();
    }
    public static void main(String[] args) {
        for (int i = 0; i <= 6; i++) System.out.println(i + ": " + run(i));
    }
}
// expect: 0: default three four
// expect: 1: one two
// expect: 2: two
// expect: 3: three four
// expect: 4: four
// expect: 5: five
// expect: 6: default three four
