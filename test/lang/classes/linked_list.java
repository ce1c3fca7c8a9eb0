// A hand-written singly linked list: objects pointing to objects, null-terminated.
class Node {
    final int value;
    Node next;
    Node(int value, Node next) { this.value = value; this.next = next; }
}
class IntList {
    private Node head;
    private int size;
    void push(int v) { head = new Node(v, head); size++; }
    int size() { return size; }
    void reverse() {
        Node prev = null, cur = head;
        while (cur != null) { Node n = cur.next; cur.next = prev; prev = cur; cur = n; }
        head = prev;
    }
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Node n = head; n != null; n = n.next) {
            sb.append(n.value);
            if (n.next != null) sb.append(", ");
        }
        return sb.append("]").toString();
    }
}
class Main {
    public static void main(String[] args) {
        IntList l = new IntList();
        for (int i = 1; i <= 5; i++) l.push(i * i);
        System.out.println(l + " size " + l.size());
        l.reverse();
        System.out.println(l);
    }
}
// expect: [25, 16, 9, 4, 1] size 5
// expect: [1, 4, 9, 16, 25]
