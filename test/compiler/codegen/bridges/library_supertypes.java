// Overriding standard-library methods with narrower return types: the bridge's descriptor is the
// library method's, taken from its class file (Throwable.getCause, Object's methods).
class AppException extends RuntimeException {
    private final AppException inner;
    AppException(String message, AppException inner) {
        super(message);
        this.inner = inner;
    }
    public AppException getCause() { return inner; }
    public String getMessage() { return "app: " + super.getMessage(); }
}
class Main {
    static int depth(Throwable t) {
        int n = 0;
        for (Throwable x = t; x != null; x = x.getCause()) n++;
        return n;
    }
    public static void main(String[] args) {
        AppException e = new AppException("outer", new AppException("middle", new AppException("inner", null)));
        System.out.println(depth(e));
        Throwable t = e;
        System.out.println(t.getCause().getMessage());
        System.out.println(e.getCause().getCause().getMessage());
        RuntimeException r = e;
        System.out.println(r.getCause() == e.getCause());
        try {
            throw e.getCause();
        } catch (AppException caught) {
            System.out.println("caught " + caught.getMessage());
        }
    }
}
// expect: 3
// expect: app: middle
// expect: app: inner
// expect: true
// expect: caught app: middle
