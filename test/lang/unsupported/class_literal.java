// Class literals (T.class) are outside the subset.
// expect-error: RF2039
class Main {
    public static void main(String[] args) {
        System.out.println(String.class.getName());
    }
}
