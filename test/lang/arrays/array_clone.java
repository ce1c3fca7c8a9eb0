// Array clone (JLS §10.7): T[].clone() is public, returns T[], copies shallowly; Object.clone on
// a Cloneable object copies it, on any other object throws CloneNotSupportedException.

class Box {
  int v;
  Box(int v) { this.v = v; }
}

class Sheep implements Cloneable {
  String name;
  Sheep(String name) { this.name = name; }
  Sheep copy() {
    try {
      return (Sheep) super.clone();
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }
}

class Plain {
  Object tryClone() throws CloneNotSupportedException {
    return super.clone();
  }
}

public class array_clone {
  public static void main(String[] args) {
    int[] a = {1, 2, 3};
    int[] b = a.clone();
    b[0] = 99;
    System.out.println(a[0] + " " + b[0] + " " + b.length + " " + (a != b));

    String[] s = {"x", "y"};
    String[] t = s.clone();
    t[1] = "z";
    System.out.println(s[1] + t[1] + t.length);

    long[] empty = new long[0];
    System.out.println(empty.clone().length);

    double[] d = {1.5, -0.0};
    System.out.println(d.clone()[1]);

    char[] cs = "hey".toCharArray();
    char[] cs2 = cs.clone();
    cs2[0] = 'H';
    System.out.println(new String(cs) + new String(cs2));

    boolean[] bs = {true};
    System.out.println(bs.clone()[0]);

    int[][] grid = {{1, 2}, {3, 4}};
    int[][] g2 = grid.clone();
    g2[0][0] = 7;           // shallow: the rows are shared
    g2[1] = new int[] {5};  // but the outer array is a copy
    System.out.println(grid[0][0] + " " + grid[1].length + " " + g2[1].length);

    Box[] boxes = {new Box(1), new Box(2)};
    Box[] boxes2 = boxes.clone();
    boxes2[0].v = 10;
    System.out.println(boxes[0].v + " " + (boxes[0] == boxes2[0]));

    Object o = a.clone();
    System.out.println(o instanceof int[]);
    Object[] objs = s.clone();
    System.out.println(objs.length + " " + (objs instanceof String[]));

    Sheep dolly = new Sheep("dolly");
    Sheep copy = dolly.copy();
    System.out.println(copy.name + " " + (copy != dolly));

    try {
      new Plain().tryClone();
      System.out.println("cloned");
    } catch (CloneNotSupportedException e) {
      System.out.println("CloneNotSupportedException " + e.getMessage());
    }
  }
}
// expect: 1 99 3 true
// expect: yz2
// expect: 0
// expect: -0.0
// expect: heyHey
// expect: true
// expect: 7 2 1
// expect: 10 true
// expect: true
// expect: 2 true
// expect: dolly true
// expect: CloneNotSupportedException Plain
