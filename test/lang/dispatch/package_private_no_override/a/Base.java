package a;

public class Base {
    String hidden() { return "a.Base.hidden"; }
    protected String shown() { return "a.Base.shown"; }
    public String callHidden() { return hidden(); }
    public String callShown() { return shown(); }
}
