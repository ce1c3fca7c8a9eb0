// The runtime's description of a class, interface or array type. Instances are created by
// the runtime, one per loaded class; names come from natives. JDK: Class<T>, non-generic here.
package java.lang;

public final class Class {

    /** Only the runtime makes Class objects. */
    private Class() {
    }

    /** "pkg.Cls", "[I", "[Ljava.lang.String;" (JDK Class.getName rules). */
    public native String getName();

    /** "Cls", "int[]", "String[][]". */
    public native String getSimpleName();

    public native boolean isInterface();

    public boolean isArray() {
        return getName().charAt(0) == '[';
    }

    public String toString() {
        return (isInterface() ? "interface " : "class ") + getName();
    }
}
