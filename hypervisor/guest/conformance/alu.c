/*
 * alu.c - RV32I and RV32M register-register, immediate, load/store and branch instructions on
 * edge values (unprivileged spec ch. 2 and 7): overflow, sign boundaries, shift amounts taken
 * mod 32, division by zero (quotient all ones, remainder = dividend) and signed overflow
 * (-2^31 / -1 = -2^31, remainder 0), the mulh* family; jal/jalr links, fences and fence.i over
 * code written at run time. Prints one line per op and operand pair.
 */
#include "rt.h"

static const uint32_t VALUES[] = { 0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 0x12345678, 31, 0xfffffff9 };
#define N_VALUES (sizeof VALUES / sizeof VALUES[0])

#define RTYPE(op)                                                                                  \
    static uint32_t op_##op(uint32_t a, uint32_t b)                                               \
    {                                                                                              \
        uint32_t r;                                                                                \
        __asm__ volatile(#op " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));                             \
        return r;                                                                                  \
    }

RTYPE(add) RTYPE(sub) RTYPE(sll) RTYPE(slt) RTYPE(sltu) RTYPE(xor) RTYPE(srl) RTYPE(sra) RTYPE(or)
RTYPE(and) RTYPE(mul) RTYPE(mulh) RTYPE(mulhsu) RTYPE(mulhu) RTYPE(div) RTYPE(divu) RTYPE(rem)
RTYPE(remu)

struct rtype {
    const char *name;
    uint32_t (*fn)(uint32_t, uint32_t);
};

static const struct rtype RTYPES[] = {
    { "add", op_add }, { "sub", op_sub }, { "sll", op_sll }, { "slt", op_slt }, { "sltu", op_sltu },
    { "xor", op_xor }, { "srl", op_srl }, { "sra", op_sra }, { "or", op_or }, { "and", op_and },
    { "mul", op_mul }, { "mulh", op_mulh }, { "mulhsu", op_mulhsu }, { "mulhu", op_mulhu },
    { "div", op_div }, { "divu", op_divu }, { "rem", op_rem }, { "remu", op_remu },
};

static void rtype_table(void)
{
    for (unsigned k = 0; k < sizeof RTYPES / sizeof RTYPES[0]; k++) {
        for (unsigned i = 0; i < N_VALUES; i++) {
            print(RTYPES[k].name);
            print(" ");
            print_hex(VALUES[i]);
            for (unsigned j = 0; j < N_VALUES; j++) {
                print(" ");
                print_hex(RTYPES[k].fn(VALUES[i], VALUES[j]));
            }
            print("\n");
        }
    }
}

/* Immediate forms with the 12-bit immediate's edges (-2048, 2047, -1) and shamt 0/31. */
#define ITYPE(op, imm)                                                                             \
    {                                                                                              \
        uint32_t r;                                                                                \
        __asm__ volatile(#op " %0, %1, " #imm : "=r"(r) : "r"(v));                                 \
        print_hex(r);                                                                              \
        print(" ");                                                                                \
    }

static void itype_table(void)
{
    for (unsigned i = 0; i < N_VALUES; i++) {
        uint32_t v = VALUES[i];
        print("imm ");
        print_hex(v);
        print(": ");
        ITYPE(addi, -2048) ITYPE(addi, 2047) ITYPE(slti, -1) ITYPE(sltiu, -1) ITYPE(xori, -1)
        ITYPE(ori, 0x555) ITYPE(andi, -2048) ITYPE(slli, 31) ITYPE(srli, 31) ITYPE(srai, 31) ITYPE(srai, 0)
        print("\n");
    }
}

static volatile uint32_t memory_word[2] = { 0x8081f2f3, 0x7f00ff80 };

/* Loads sign- and zero-extend; stores write only their bytes (little-endian). */
static void load_store(void)
{
    volatile uint8_t *b = (volatile uint8_t *)memory_word;
    uint32_t r;
    __asm__ volatile("lb %0, 0(%1)" : "=r"(r) : "r"(b));
    show("lb 0", r);
    __asm__ volatile("lbu %0, 3(%1)" : "=r"(r) : "r"(b));
    show("lbu 3", r);
    __asm__ volatile("lb %0, 3(%1)" : "=r"(r) : "r"(b));
    show("lb 3", r);
    __asm__ volatile("lh %0, 2(%1)" : "=r"(r) : "r"(b));
    show("lh 2", r);
    __asm__ volatile("lhu %0, 2(%1)" : "=r"(r) : "r"(b));
    show("lhu 2", r);
    __asm__ volatile("lh %0, 4(%1)" : "=r"(r) : "r"(b));
    show("lh 4", r);
    __asm__ volatile("sb %1, 1(%0)" ::"r"(b), "r"(0xabcdef12u) : "memory");
    __asm__ volatile("sh %1, 6(%0)" ::"r"(b), "r"(0x11223344u) : "memory");
    show("after sb/sh word 0", memory_word[0]);
    show("after sb/sh word 1", memory_word[1]);
}

/* lui/auipc: auipc's result relative to its own address (the link address is fixed anyway). */
static void upper_immediates(void)
{
    uint32_t lui, here, auipc;
    __asm__ volatile("lui %0, 0xfffff" : "=r"(lui));
    __asm__ volatile("1: auipc %0, 0x80000\n la %1, 1b" : "=r"(auipc), "=r"(here));
    show("lui 0xfffff", lui);
    show("auipc 0x80000 - pc", auipc - here);
}

static void branches(void)
{
    uint32_t taken = 0, bit = 1;
    const uint32_t a = 0x80000000, b = 1;
#define BR(op, x, y)                                                                               \
    {                                                                                              \
        uint32_t t;                                                                                \
        __asm__ volatile("li %0, 1\n" #op " %1, %2, 1f\nli %0, 0\n1:" : "=&r"(t) : "r"(x), "r"(y)); \
        taken |= t ? bit : 0;                                                                      \
        bit <<= 1;                                                                                 \
    }
    BR(beq, a, a) BR(beq, a, b) BR(bne, a, b) BR(bne, b, b) BR(blt, a, b) BR(blt, b, a)
    BR(bge, a, b) BR(bge, b, a) BR(bltu, a, b) BR(bltu, b, a) BR(bgeu, a, b) BR(bgeu, b, a)
    BR(bge, a, a) BR(bgeu, b, b)
    show("branches taken mask", taken);
}

/* jal/jalr write pc + 4 to rd; jalr clears bit 0 of the target (spec 2.5). */
static void jumps(void)
{
    uint32_t link, here, target;
    __asm__ volatile("1: jal %0, 2f\n 2: la %1, 1b" : "=r"(link), "=r"(here));
    show("jal link - pc", link - here);
    __asm__ volatile("la %2, 3f + 1\n 1: jalr %0, 0(%2)\n 3: la %1, 1b" : "=r"(link), "=r"(here), "=&r"(target));
    show("jalr (target | 1) link - pc", link - here);
}

/* fence.i makes stores to instruction memory visible to fetch (Zifencei): code written at run
 * time, `addi a0, zero, N; ret`, runs with the new immediate after each fence.i. */
static uint32_t code_buffer[2] __attribute__((aligned(16)));

static uint32_t run_written_code(uint32_t n)
{
    code_buffer[0] = 0x00000513u | (n << 20);   /* addi a0, zero, n */
    code_buffer[1] = 0x00008067u;                /* jalr zero, 0(ra) */
    __asm__ volatile("fence.i" ::: "memory");
    uint32_t (*fn)(void) = (uint32_t (*)(void))(uintptr_t)code_buffer;
    return fn();
}

static void fences(void)
{
    __asm__ volatile("fence\n fence rw, rw\n fence.tso\n fence iorw, iorw" ::: "memory");
    show("written code after fence.i", run_written_code(42));
    show("rewritten code after fence.i", run_written_code(43));
}

int main(void)
{
    print("== alu\n");
    rtype_table();
    itype_table();
    load_store();
    upper_immediates();
    branches();
    jumps();
    fences();
    print("done\n");
    return 0;
}
