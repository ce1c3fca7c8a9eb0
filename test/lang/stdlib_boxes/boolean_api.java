// Boolean helpers: parseBoolean (case-insensitive "true"), valueOf, toString, booleanValue, logical ops.
class Main {
    public static void main(String[] args) {
        System.out.println(Boolean.parseBoolean("true") + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        Boolean b = Boolean.valueOf(true);
        System.out.println(b.booleanValue() + " " + b + " " + Boolean.valueOf("False") + " " + Boolean.toString(false));
        System.out.println(b.equals(Boolean.TRUE) + " " + Boolean.TRUE + " " + Boolean.FALSE);
        System.out.println(Boolean.logicalXor(true, false) + " " + Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(false, false));
        System.out.println(Boolean.compare(true, false) + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false));
    }
}
// expect: true true false false
// expect: true true false false
// expect: true true false
// expect: true false false
// expect: 1 1231 1237
