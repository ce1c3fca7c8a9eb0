// java.lang.OutOfMemoryError (extends VirtualMachineError): The heap could not satisfy an allocation.
// Constructors as in JDK 17.
package java.lang;

public class OutOfMemoryError extends VirtualMachineError {

    public OutOfMemoryError() {
        super();
    }

    public OutOfMemoryError(String message) {
        super(message);
    }
}
