// A catch clause after one for its superclass can never run.
// expect-error: RF3014 @8
class Main {
    public static void main(String[] args) {
        try {
            System.out.println(args[0]);
        } catch (RuntimeException e) {
        } catch (ArrayIndexOutOfBoundsException e) {
        }
    }
}
