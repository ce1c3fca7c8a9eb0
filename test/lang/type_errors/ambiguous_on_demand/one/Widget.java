package one;

public class Widget {}
