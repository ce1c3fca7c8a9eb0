/*
 * pmp.c - physical memory protection (privileged spec 3.7): a NAPOT 4 KiB region with no
 * permissions denies S-mode loads, stores and fetches (access faults, mtval = address) but
 * not M-mode; a TOR region with R only; an NA4 word with R only; the lowest-numbered matching
 * entry wins (entry 15, set by start.S, opens everything else); a locked entry binds M-mode
 * too and ignores later writes. pmpcfg/pmpaddr read-backs are printed.
 */
#include "rt.h"

#define CFG_R 0x01u
#define CFG_W 0x02u
#define CFG_X 0x04u
#define CFG_TOR 0x08u
#define CFG_NA4 0x10u
#define CFG_NAPOT 0x18u
#define CFG_L 0x80u

static uint32_t region[3][1024] __attribute__((aligned(4096)));

static uint32_t load(uint32_t addr)
{
    uint32_t v = 0xdeadbeef;
    __asm__ volatile("lw %0, 0(%1)" : "+r"(v) : "r"(addr) : "memory");
    return v;
}

static uint32_t store(uint32_t addr)
{
    __asm__ volatile("sw %1, 0(%0)" ::"r"(addr), "r"(0x5555aaaa) : "memory");
    return 0x5700e;
}

static uint32_t fetch(uint32_t addr)
{
    probe_jump_m(addr);
    return 0xf7c4;
}

static void report(const char *label, uint32_t value, uint32_t base)
{
    print(label);
    print(": value ");
    print_hex(value);
    print(" traps ");
    print_hex(m_trap_last.count);
    if (m_trap_last.count) {
        print(" cause ");
        print_hex(m_trap_last.cause);
        print(" tval-region ");
        print_hex(m_trap_last.tval - base);
    }
    print("\n");
}

static void in_s(const char *label, uint32_t (*fn)(uint32_t), uint32_t addr)
{
    m_trap_reset();
    report(label, run_in_mode(MODE_S, fn, addr), (uint32_t)(uintptr_t)region);
}

static void in_m(const char *label, uint32_t (*fn)(uint32_t), uint32_t addr)
{
    m_trap_reset();
    report(label, fn(addr), (uint32_t)(uintptr_t)region);
}

int main(void)
{
    print("== pmp\n");
    uint32_t r0 = (uint32_t)(uintptr_t)region[0], r1 = (uint32_t)(uintptr_t)region[1];
    uint32_t r2 = (uint32_t)(uintptr_t)region[2];
    region[0][0] = 0x00000aaa;
    region[1][0] = 0x00000bbb;
    region[2][4] = 0x00000ccc;
    region[2][5] = 0x00000ddd;
    CSR_WRITE(pmpaddr0, (r0 >> 2) | 0x1ff);          /* NAPOT 4 KiB at region[0] */
    CSR_WRITE(pmpaddr1, r1 >> 2);                    /* TOR lower bound is pmpaddr1 ... */
    CSR_WRITE(pmpaddr2, (r1 + 4096) >> 2);           /* ... entry 2 is TOR [region[1], +4 KiB) */
    CSR_WRITE(pmpaddr3, (r2 + 16) >> 2);             /* NA4 at region[2][4] */
    CSR_WRITE(pmpcfg0, (CFG_NA4 | CFG_R) << 24 | (CFG_TOR | CFG_R) << 16 | 0u << 8 | CFG_NAPOT);
    __asm__ volatile("sfence.vma" ::: "memory");
    show("pmpcfg0", CSR_READ(pmpcfg0));
    show("pmpaddr0 - region>>2", CSR_READ(pmpaddr0) - (r0 >> 2));
    show("pmpaddr3 - region>>2", CSR_READ(pmpaddr3) - (r0 >> 2));
    in_s("S load NAPOT none", load, r0 + 8);
    in_s("S store NAPOT none", store, r0 + 8);
    in_s("S fetch NAPOT none", fetch, r0);
    in_m("M load NAPOT none (unlocked)", load, r0);
    in_s("S load TOR R", load, r1);
    in_s("S store TOR R", store, r1 + 4092);
    in_s("S load NA4 R", load, r2 + 16);
    in_s("S store NA4 R", store, r2 + 16);
    in_s("S store next to NA4", store, r2 + 20);
    in_s("S load just past TOR", load, r1 + 4096);
    CSR_SET(pmpcfg0, CFG_L);                           /* lock entry 0: binds M-mode too */
    show("pmpcfg0 locked", CSR_READ(pmpcfg0));
    in_m("M load NAPOT none (locked)", load, r0);
    CSR_CLEAR(pmpcfg0, 0xff);
    CSR_WRITE(pmpaddr0, 0);
    show("pmpcfg0 after clearing a locked entry", CSR_READ(pmpcfg0));
    show("pmpaddr0 unchanged while locked", CSR_READ(pmpaddr0) == ((r0 >> 2) | 0x1ff));
    print("done\n");
    return 0;
}
