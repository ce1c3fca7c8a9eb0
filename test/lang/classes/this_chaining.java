// Methods returning this allow call chaining; the same object is mutated throughout.
class Builder {
    private String text = "";
    private int count;
    Builder add(String s) { text = text + s; count++; return this; }
    Builder twice() { return add(text); }
    String build() { return text + "#" + count; }
}
class Main {
    public static void main(String[] args) {
        System.out.println(new Builder().add("a").add("b").twice().add("!").build());
    }
}
// expect: abab!#4
