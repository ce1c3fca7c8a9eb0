// StringBuilder: append of every type, insert, reverse, length, charAt, setCharAt, deleteCharAt, toString.
class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(1.5f).append(2.5).append(true).append("s").append((String) null);
        System.out.println(sb.toString());
        System.out.println(sb.length());
        sb = new StringBuilder("hello");
        sb.insert(0, "[").append(']');
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.setCharAt(0, '<');
        System.out.println(sb.charAt(0) + " " + sb);
        sb.deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        StringBuilder num = new StringBuilder();
        for (int i = 0; i < 10; i++) num.append(i);
        System.out.println(num + " " + num.length() + " " + num.indexOf("45"));
        char[] cs = {'x', 'y'};
        System.out.println(new StringBuilder().append(cs).append(new Object() == null));
    }
}
// expect: 1c21.52.5truesnull
// expect: 18
// expect: [hello]
// expect: ]olleh[
// expect: < <olleh[
// expect: <olleh
// expect: 0123456789 10 4
// expect: xyfalse
