// A natural ordering. The JDK's Comparable<T> is generic; the subset has no generics, so this
// is the raw form: compareTo(Object). User classes that implement raw Comparable with
// compareTo(Object) are valid Java with the same meaning.
package java.lang;

public interface Comparable {

    int compareTo(Object o);
}
