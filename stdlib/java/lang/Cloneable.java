// Marker interface: Object.clone() copies instances of classes that implement it.
package java.lang;

public interface Cloneable {
}
