// Allocation-heavy work: many short-lived objects, arrays and strings (garbage the VM must cope
// with, as java does without any tuning).
class Node {
    int v;
    Node next;
    Node(int v, Node next) { this.v = v; this.next = next; }
}
class Main {
    public static void main(String[] args) {
        long checksum = 0;
        for (int round = 0; round < 5; round++) {
            Node head = null;
            for (int i = 0; i < 100000; i++) head = new Node(i, head);
            for (Node n = head; n != null; n = n.next) checksum += n.v;
        }
        System.out.println(checksum);
        int total = 0;
        for (int i = 0; i < 20000; i++) {
            int[] a = new int[100];
            a[i % 100] = i;
            total += a[i % 100] % 7;
            String s = "n" + i;
            total += s.length();
        }
        System.out.println(total);
    }
}
// expect: 24999750000
// expect: 168887
