// A unit of work with no arguments and no result (JDK java.lang.Runnable).
package java.lang;

public interface Runnable {

    void run();
}
