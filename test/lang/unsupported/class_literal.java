// Class literals (T.class) are outside the subset.
// expect-error: RF2039 @5 "class literals"
class Main {
    public static void main(String[] args) {
        System.out.println(String.class.getName());
    }
}
