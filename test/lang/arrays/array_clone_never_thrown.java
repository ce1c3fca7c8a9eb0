// An array's clone() throws no checked exception (JLS §10.7), so catching
// CloneNotSupportedException around it is an error (JLS §11.2.3).
public class array_clone_never_thrown {
  public static void main(String[] args) {
    int[] a = {1};
    try {
      int[] b = a.clone();
      System.out.println(b[0]);
    } catch (CloneNotSupportedException e) { // expect-error: RF3008 @9 "CloneNotSupportedException is never thrown"
      System.out.println("never");
    }
  }
}
