// An array-backed stack that grows by copying with System.arraycopy.
class IntStack {
    private int[] items = new int[2];
    private int top;
    void push(int v) {
        if (top == items.length) {
            int[] bigger = new int[items.length * 2];
            System.arraycopy(items, 0, bigger, 0, items.length);
            items = bigger;
        }
        items[top++] = v;
    }
    int pop() { return items[--top]; }
    boolean isEmpty() { return top == 0; }
    int capacity() { return items.length; }
}
class Main {
    public static void main(String[] args) {
        IntStack s = new IntStack();
        for (int i = 0; i < 9; i++) s.push(i * 3);
        System.out.println("capacity " + s.capacity());
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop()).append(' ');
        System.out.println(sb.toString().trim());
    }
}
// expect: capacity 16
// expect: 24 21 18 15 12 9 6 3 0
