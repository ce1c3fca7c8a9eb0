// java.io.Serializable: the marker interface (arrays implement it, JLS §10.8); Ringfence has
// no object serialization, the interface exists for type checks and source compatibility.
package java.io;

public interface Serializable {
}
