// Handlers are tried in order; a superclass handler catches subclasses; Throwable catches errors too.
class Main {
    static void thrower(int i) throws Exception {
        switch (i) {
            case 0: throw new Exception("checked");
            case 1: throw new RuntimeException("runtime");
            case 2: throw new IndexOutOfBoundsException("index");
            case 3: throw new Error("error");
            default: throw new StringIndexOutOfBoundsException("string index");
        }
    }
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            try {
                thrower(i);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("IOOBE handler: " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("RuntimeException handler: " + e.getMessage());
            } catch (Exception e) {
                System.out.println("Exception handler: " + e.getMessage());
            } catch (Throwable t) {
                System.out.println("Throwable handler: " + t.getMessage());
            }
        }
    }
}
// expect: Exception handler: checked
// expect: RuntimeException handler: runtime
// expect: IOOBE handler: index
// expect: Throwable handler: error
// expect: IOOBE handler: string index
