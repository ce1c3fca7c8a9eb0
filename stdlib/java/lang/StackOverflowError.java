// java.lang.StackOverflowError (extends VirtualMachineError): The Java stack overflowed (too deep recursion).
// Constructors as in JDK 17.
package java.lang;

public class StackOverflowError extends VirtualMachineError {

    public StackOverflowError() {
        super();
    }

    public StackOverflowError(String message) {
        super(message);
    }
}
