// The root of the class hierarchy (JLS §4.3.2). Identity hash and getClass come from the
// runtime (natives.ts); everything else is plain Java. Compiled first: it has no superclass.
package java.lang;

public class Object {

    public Object() {
    }

    /** The runtime class of this object (JDK: Class<?>; the subset has no generics). */
    public final native Class getClass();

    /** The identity hash code; stable for the object's lifetime. */
    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    /**
     * Arrays and Cloneable objects get a shallow copy; anything else throws
     * CloneNotSupportedException, as in the JDK.
     */
    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }
}
