// An uncaught user-defined checked exception declared by main.
class ValidationException extends Exception {
    ValidationException(String m) { super(m); }
}
class Main {
    static void validate(int age) throws ValidationException {
        if (age < 0) throw new ValidationException("age must be non-negative: " + age);
        System.out.println("valid " + age);
    }
    public static void main(String[] args) throws Exception {
        validate(30);
        validate(-2);
    }
}
// expect: valid 30
// expect-runtime-error: ValidationException
