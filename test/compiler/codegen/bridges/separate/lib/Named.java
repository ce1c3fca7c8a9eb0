package lib;

public interface Named {
    Object name();
}
