// continue outside a loop is an error, even inside a switch.
// expect-error: RF3013 @6
class Main {
    public static void main(String[] args) {
        switch (args.length) {
            case 0: continue;
        }
    }
}
