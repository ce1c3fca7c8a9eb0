interface Supplier<T> { T get(); }
class Impl implements Supplier<String> { public String get() { return "x"; } }
