// A tiny stack-machine interpreter written in the language itself: an assembler from text to
// int[] code, and a dispatch loop with a switch, like the VM that runs this program.
//   ringfence run examples/stackvm/Main.java
class Op {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, LT = 4, JZ = 5, JMP = 6, LOAD = 7, STORE = 8, PRINT = 9, HALT = 10;
    static final String[] NAMES = {"push", "add", "sub", "mul", "lt", "jz", "jmp", "load", "store", "print", "halt"};

    static int code(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return i;
        throw new IllegalArgumentException("unknown instruction: " + name);
    }

    static boolean hasOperand(int op) { return op == PUSH || op == JZ || op == JMP || op == LOAD || op == STORE; }
}

class Machine {
    private final int[] stack = new int[64];
    private final int[] vars = new int[8];
    private int sp;
    int steps;

    void run(int[] code) {
        int pc = 0;
        while (true) {
            steps++;
            int op = code[pc++];
            switch (op) {
                case Op.PUSH: stack[sp++] = code[pc++]; break;
                case Op.ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case Op.SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case Op.MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case Op.LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case Op.JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
                case Op.JMP: pc = code[pc]; break;
                case Op.LOAD: stack[sp++] = vars[code[pc++]]; break;
                case Op.STORE: vars[code[pc++]] = stack[--sp]; break;
                case Op.PRINT: System.out.println(stack[--sp]); break;
                case Op.HALT: return;
                default: throw new IllegalStateException("bad opcode " + op + " at " + (pc - 1));
            }
        }
    }
}

public class Main {
    /** Assembles "op [operand]" lines separated by ';'. */
    static int[] assemble(String source) {
        String[] lines = source.split(";");
        int[] code = new int[lines.length * 2];
        int n = 0;
        for (String line : lines) {
            String[] parts = line.trim().split(" ");
            int op = Op.code(parts[0]);
            code[n++] = op;
            if (Op.hasOperand(op)) code[n++] = Integer.parseInt(parts[1]);
        }
        int[] exact = new int[n];
        System.arraycopy(code, 0, exact, 0, n);
        return exact;
    }

    public static void main(String[] args) {
        // factorials 1! .. 12!: v0 = i, v1 = fact
        String program = "push 1; store 0; push 1; store 1;"
            + "load 0; push 13; lt; jz 34;"
            + "load 1; load 0; mul; store 1; load 1; print;"
            + "load 0; push 1; add; store 0; jmp 8;"
            + "halt";
        int[] code = assemble(program);
        System.out.println(code.length + " words of code");
        Machine m = new Machine();
        m.run(code);
        System.out.println(m.steps + " instructions executed");
        try {
            assemble("push 1; frobnicate");
        } catch (IllegalArgumentException e) {
            System.out.println("assembler: " + e.getMessage());
        }
    }
}
// expect: 35 words of code
// expect: 1
// expect: 2
// expect: 6
// expect: 24
// expect: 120
// expect: 720
// expect: 5040
// expect: 40320
// expect: 362880
// expect: 3628800
// expect: 39916800
// expect: 479001600
// expect: 189 instructions executed
// expect: assembler: unknown instruction: frobnicate
