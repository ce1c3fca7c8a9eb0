// Integer.valueOf caches -128..127, so == on those boxes is true; outside, new objects (JLS 5.1.7).
class Main {
    public static void main(String[] args) {
        System.out.println(Integer.valueOf(127) == Integer.valueOf(127));
        System.out.println(Integer.valueOf(-128) == Integer.valueOf(-128));
        System.out.println(Integer.valueOf(128) == Integer.valueOf(128));
        System.out.println(Integer.valueOf(128).equals(Integer.valueOf(128)));
        System.out.println(Long.valueOf(5L) == Long.valueOf(5L));
        System.out.println(Character.valueOf('a') == Character.valueOf('a'));
        System.out.println(Boolean.valueOf(true) == Boolean.TRUE);
    }
}
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: true
