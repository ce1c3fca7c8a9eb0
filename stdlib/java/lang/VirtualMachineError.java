// java.lang.VirtualMachineError (extends Error): The virtual machine is broken or out of a resource it needs.
// Constructors as in JDK 17.
package java.lang;

public class VirtualMachineError extends Error {

    public VirtualMachineError() {
        super();
    }

    public VirtualMachineError(String message) {
        super(message);
    }

    public VirtualMachineError(String message, Throwable cause) {
        super(message, cause);
    }

    public VirtualMachineError(Throwable cause) {
        super(cause);
    }
}
