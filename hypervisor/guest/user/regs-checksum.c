/* regs-checksum [N] - register and memory integrity across the kernel: a fixed sequence of
 * RV32IM operations leaves known values in 28 registers (every one except zero, sp, a0 and a7,
 * gp and tp included); run once without and N times (default 100) with sched_yield and getpid
 * ecalls between computing and reading them, the values must be identical (the kernel saves
 * and restores all user registers). Same for a 16 KiB memory region around a yield. Prints
 * both checksums. The sequence was generated once; its values are whatever RV32IM gives. */
#include "ulib.h"

#define SAVED_REGS 28
#define REGION_WORDS 4096

static uint32_t region[REGION_WORDS];

/* Runs the fixed sequence and stores the 28 registers into out; with `with_ecalls`, yields and
 * calls getpid between the last operation and the stores. gp and tp are restored afterwards. */
static void run_sequence(uint32_t out[SAVED_REGS], int with_ecalls)
{
    register uint32_t *a0 __asm__("a0") = out;
    register long a7 __asm__("a7") = with_ecalls;
    __asm__ volatile(
        "addi sp, sp, -16\n"
        "sw   a0, 0(sp)\n"
        "sw   gp, 4(sp)\n"
        "sw   tp, 8(sp)\n"
        "sw   a7, 12(sp)\n"
        "li   ra, 0x12345678\n"
        "li   t0, 0x9e3779b9\n"
        "mul    t1, t0, ra\n"
        "xori t1, t1, -950\n"
        "mulhu  t2, t1, t0\n"
        "xori t2, t2, -913\n"
        "xor    s0, t2, t1\n"
        "xori s0, s0, -876\n"
        "add    s1, s0, t2\n"
        "xori s1, s1, -839\n"
        "sub    a1, s1, s0\n"
        "xori a1, a1, -802\n"
        "mulh   a2, a1, s1\n"
        "xori a2, a2, -765\n"
        "or     a3, a2, a1\n"
        "xori a3, a3, -728\n"
        "sll    a4, a3, a2\n"
        "xori a4, a4, -691\n"
        "srl    a5, a4, a3\n"
        "xori a5, a5, -654\n"
        "sra    a6, a5, a4\n"
        "xori a6, a6, -617\n"
        "mulhsu s2, a6, a5\n"
        "xori s2, s2, -580\n"
        "and    s3, s2, a6\n"
        "xori s3, s3, -543\n"
        "slt    s4, s3, s2\n"
        "xori s4, s4, -506\n"
        "sltu   s5, s4, s3\n"
        "xori s5, s5, -469\n"
        "div    s6, s5, s4\n"
        "xori s6, s6, -432\n"
        "divu   s7, s6, s5\n"
        "xori s7, s7, -395\n"
        "rem    s8, s7, s6\n"
        "xori s8, s8, -358\n"
        "remu   s9, s8, s7\n"
        "xori s9, s9, -321\n"
        "mul    s10, s9, s8\n"
        "xori s10, s10, -284\n"
        "mulhu  s11, s10, s9\n"
        "xori s11, s11, -247\n"
        "xor    t3, s11, s10\n"
        "xori t3, t3, -210\n"
        "add    t4, t3, s11\n"
        "xori t4, t4, -173\n"
        "sub    t5, t4, t3\n"
        "xori t5, t5, -136\n"
        "mulh   t6, t5, t4\n"
        "xori t6, t6, -99\n"
        "or     gp, t6, t5\n"
        "xori gp, gp, -62\n"
        "sll    tp, gp, t6\n"
        "xori tp, tp, -25\n"
        "lw   a7, 12(sp)\n"
        "beqz a7, 1f\n"
        "li   a7, %[yield]\n"
        "ecall\n"
        "li   a7, %[getpid]\n"
        "ecall\n"
        "1:\n"
        "lw   a0, 0(sp)\n"
        "sw   ra, 0(a0)\n"
        "sw   t0, 4(a0)\n"
        "sw   t1, 8(a0)\n"
        "sw   t2, 12(a0)\n"
        "sw   s0, 16(a0)\n"
        "sw   s1, 20(a0)\n"
        "sw   a1, 24(a0)\n"
        "sw   a2, 28(a0)\n"
        "sw   a3, 32(a0)\n"
        "sw   a4, 36(a0)\n"
        "sw   a5, 40(a0)\n"
        "sw   a6, 44(a0)\n"
        "sw   s2, 48(a0)\n"
        "sw   s3, 52(a0)\n"
        "sw   s4, 56(a0)\n"
        "sw   s5, 60(a0)\n"
        "sw   s6, 64(a0)\n"
        "sw   s7, 68(a0)\n"
        "sw   s8, 72(a0)\n"
        "sw   s9, 76(a0)\n"
        "sw   s10, 80(a0)\n"
        "sw   s11, 84(a0)\n"
        "sw   t3, 88(a0)\n"
        "sw   t4, 92(a0)\n"
        "sw   t5, 96(a0)\n"
        "sw   t6, 100(a0)\n"
        "sw   gp, 104(a0)\n"
        "sw   tp, 108(a0)\n"
        "lw   gp, 4(sp)\n"
        "lw   tp, 8(sp)\n"
        "addi sp, sp, 16\n"
        : "+r"(a0), "+r"(a7)
        : [yield] "i"(SYS_sched_yield), [getpid] "i"(SYS_getpid)
        : "ra", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8",
          "s9", "s10", "s11", "a1", "a2", "a3", "a4", "a5", "a6", "memory");
}

static uint32_t fill_region(void)
{
    uint32_t state = 0x2545f491u;
    for (unsigned i = 0; i < REGION_WORDS; i++) region[i] = xorshift32(&state);
    return fnv1a(region, sizeof region);
}

int main(int argc, char **argv)
{
    unsigned long runs = parse_ulong(argc > 1 ? argv[1] : 0, 100);
    uint32_t reference[SAVED_REGS], observed[SAVED_REGS];
    run_sequence(reference, 0);
    unsigned long mismatches = 0;
    for (unsigned long r = 0; r < runs; r++) {
        run_sequence(observed, 1);
        if (memcmp(reference, observed, sizeof reference) != 0) mismatches++;
    }
    uint32_t before = fill_region();
    sched_yield();
    uint32_t after = fnv1a(region, sizeof region);
    printf("regs-checksum: registers 0x%08lx, %lu of %lu runs across ecalls differ\n",
           (unsigned long)fnv1a(reference, sizeof reference), mismatches, runs);
    printf("regs-checksum: memory 0x%08lx, %s across a yield\n", (unsigned long)before,
           before == after ? "unchanged" : "CHANGED");
    return mismatches == 0 && before == after ? 0 : 1;
}
