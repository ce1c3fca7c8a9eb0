package two;

public class Widget {}
