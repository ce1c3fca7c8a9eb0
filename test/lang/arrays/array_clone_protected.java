// Object.clone() is protected (JLS §6.6.2): only arrays make it public (JLS §10.7), so
// cloning another class's object from outside its package hierarchy is an error.
public class array_clone_protected {
  public static void main(String[] args) throws Exception {
    Object o = new Object();
    Object c = o.clone(); // expect-error: RF2006 @6 "clone() has protected access in Object"
    System.out.println(c);
  }
}
