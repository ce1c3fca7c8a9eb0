// A package-private method is not overridden by a same-named method in a subclass in another
// package (JLS 8.4.8.1, JVMS 5.4.5): calls from package a still reach a.Base's version, while a
// protected method is overridden normally.
import a.Base;

class Sub extends Base {
    String hidden() { return "Sub.hidden"; }
    protected String shown() { return "Sub.shown"; }
}

class Main {
    public static void main(String[] args) {
        Sub s = new Sub();
        System.out.println(s.callHidden());
        System.out.println(s.callShown());
        System.out.println(s.hidden());
    }
}
// expect: a.Base.hidden
// expect: Sub.shown
// expect: Sub.hidden
