// toUpperCase, toLowerCase, trim, equalsIgnoreCase, startsWith, endsWith, contains.
class Main {
    public static void main(String[] args) {
        String s = "  Mixed Case 123  ";
        System.out.println("[" + s.trim() + "]");
        System.out.println("[" + s.toUpperCase() + "]");
        System.out.println("[" + s.toLowerCase() + "]");
        System.out.println("HeLLo".equalsIgnoreCase("hello") + " " + "a".equalsIgnoreCase("b") + " " + "a".equalsIgnoreCase(null));
        String t = s.trim();
        System.out.println(t.startsWith("Mixed") + " " + t.startsWith("mixed") + " " + t.endsWith("123") + " " + t.endsWith(""));
        System.out.println(t.contains("Case") + " " + t.contains("case") + " " + t.contains(""));
        System.out.println(t.startsWith("Case", 6));
        System.out.println("\t\n x \n".trim().length());
        System.out.println("".trim().isEmpty());
    }
}
// expect: [Mixed Case 123]
// expect: [  MIXED CASE 123  ]
// expect: [  mixed case 123  ]
// expect: true false false
// expect: true false true true
// expect: true false true
// expect: true
// expect: 1
// expect: true
