package q;

// A class of another package between p.Root and p.Tip: Root's package-access f() is not
// inherited through it, so javac gives Tip no bridge for f()Ljava/lang/Object;.
public class Mid extends p.Root {
}
