package p;

public class Api extends Base {
    // Narrows an inherited public method: an ordinary covariant bridge.
    public String made() { return "made by Api"; }
}
