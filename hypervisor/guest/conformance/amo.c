/*
 * amo.c - the A extension (unprivileged spec ch. 8): every AMO on edge values (the old value
 * returned in rd and the value left in memory), LR/SC success and failure (sc.w writes 0 on
 * success, non-zero on failure; an sc without a reservation fails, a reservation is used up
 * by an sc), and misaligned LR/SC/AMO addresses (a trap: cause and mtval relative to the cell).
 */
#include "rt.h"

static volatile uint32_t cell[2] __attribute__((aligned(8)));
static const uint32_t OLD[] = { 0x80000000, 0x7fffffff, 0xffffffff, 5 };
static const uint32_t SRC[] = { 0xffffffff, 0x80000000, 1 };

#define AMO(name, insn)                                                                            \
    static uint32_t do_##name(uint32_t v)                                                          \
    {                                                                                              \
        uint32_t r;                                                                                \
        __asm__ volatile(insn " %0, %1, (%2)" : "=r"(r) : "r"(v), "r"(cell) : "memory");           \
        return r;                                                                                  \
    }

AMO(amoswap_w, "amoswap.w") AMO(amoadd_w, "amoadd.w") AMO(amoxor_w, "amoxor.w") AMO(amoand_w, "amoand.w")
AMO(amoor_w, "amoor.w") AMO(amomin_w, "amomin.w") AMO(amomax_w, "amomax.w") AMO(amominu_w, "amominu.w")
AMO(amomaxu_w, "amomaxu.w") AMO(amoadd_w_aqrl, "amoadd.w.aqrl")

struct amo {
    const char *name;
    uint32_t (*fn)(uint32_t);
};

static const struct amo AMOS[] = {
    { "amoswap", do_amoswap_w }, { "amoadd", do_amoadd_w }, { "amoxor", do_amoxor_w },
    { "amoand", do_amoand_w }, { "amoor", do_amoor_w }, { "amomin", do_amomin_w },
    { "amomax", do_amomax_w }, { "amominu", do_amominu_w }, { "amomaxu", do_amomaxu_w },
    { "amoadd.aqrl", do_amoadd_w_aqrl },
};

static void amo_table(void)
{
    for (unsigned k = 0; k < sizeof AMOS / sizeof AMOS[0]; k++) {
        for (unsigned i = 0; i < sizeof OLD / sizeof OLD[0]; i++) {
            print(AMOS[k].name);
            print(" mem ");
            print_hex(OLD[i]);
            for (unsigned j = 0; j < sizeof SRC / sizeof SRC[0]; j++) {
                cell[0] = OLD[i];
                uint32_t rd = AMOS[k].fn(SRC[j]);
                print(" rd ");
                print_hex(rd);
                print(" mem ");
                print_hex(cell[0]);
            }
            print("\n");
        }
    }
}

static uint32_t lr(volatile uint32_t *p)
{
    uint32_t r;
    __asm__ volatile("lr.w %0, (%1)" : "=r"(r) : "r"(p) : "memory");
    return r;
}

static uint32_t sc(volatile uint32_t *p, uint32_t v)
{
    uint32_t r;
    __asm__ volatile("sc.w %0, %1, (%2)" : "=r"(r) : "r"(v), "r"(p) : "memory");
    return r;
}

static void lr_sc(void)
{
    cell[0] = 0x1111;
    show("lr.w", lr(cell));
    show("sc.w after lr (0 = success)", sc(cell, 0x2222));
    show("memory after sc", cell[0]);
    show("sc.w again, reservation used (non-zero = failure)", sc(cell, 0x3333) != 0);
    show("memory after failed sc", cell[0]);
    uint32_t loaded = lr(cell);
    uint32_t r1 = sc(cell, loaded + 1);
    show("lr/sc increment result", r1);
    show("memory after increment", cell[0]);
}

/* Each misaligned access traps; the handler steps over it. */
static void misaligned(void)
{
    volatile uint8_t *odd = (volatile uint8_t *)cell + 2;
    uint32_t r = 0xdead, base = (uint32_t)(uintptr_t)cell;
    m_trap_reset();
    __asm__ volatile("lr.w %0, (%1)" : "+r"(r) : "r"(odd) : "memory");
    show("misaligned lr.w cause", m_trap_last.cause);
    show("misaligned lr.w tval - &cell", m_trap_last.tval - base);
    show("misaligned lr.w rd unchanged", r);
    m_trap_reset();
    __asm__ volatile("sc.w %0, %0, (%1)" : "+r"(r) : "r"(odd) : "memory");
    /* the spec allows either a trap or a failing sc here; QEMU 7.2 fails it without a trap */
    show("misaligned sc.w traps", m_trap_last.count);
    show("misaligned sc.w rd (non-zero = failure) or cause", m_trap_last.count ? m_trap_last.cause : r);
    m_trap_reset();
    __asm__ volatile("amoadd.w %0, %0, (%1)" : "+r"(r) : "r"(odd) : "memory");
    show("misaligned amoadd.w cause", m_trap_last.cause);
    show("misaligned amoadd.w tval - &cell", m_trap_last.tval - base);
    show("traps taken", m_trap_last.count);
}

int main(void)
{
    print("== amo\n");
    amo_table();
    lr_sc();
    misaligned();
    print("done\n");
    return 0;
}
