// Generic classes are outside the subset (javac accepts this; Ringfence rejects it by design).
// expect-error: RF1003 @3 "generics"
class Box<T> {
    T value;
    Box(T v) { value = v; }
}
class Main {
    public static void main(String[] args) {
        Box<String> b = new Box<String>("x");
        System.out.println(b.value);
    }
}
