/*
 * paging.c - Sv32 translation (privileged spec 4.3) seen from S-mode and U-mode:
 *
 *   satp = MODE(1) | PPN of root;  PTE = PPN[31:10] | D A G U X W R V (bits 7..0)
 *   root[0x200]  VA 0x80000000 -> PA 0x80000000   4 MiB megapage RWX A D (this program)
 *   root[0x300]  VA 0xc0000000 -> PA 0x80000000   alias megapage R (superpage read)
 *   root[0x001]  VA 0x00400000 -> PA 0x80000000   U RWX megapage (code run in U-mode)
 *   root[0x101]  VA 0x40400000 -> PA 0x80001000   misaligned megapage (PPN[0] != 0)
 *   root[0x100]  VA 0x40000000 -> level-0 table l0[]:
 *       l0[0] page_a RW A D   l0[1] page_b RW (A D clear)   l0[2] page_a R
 *       l0[3] page_a U RW     l0[4] page_a X only            l0[5] page_a W only (reserved)
 *       l0[6] invalid         l0[7] pointer at level 0 (invalid leaf)
 *
 * Prints loaded values, trap causes and tval for each access, PTE A/D bits after the hardware
 * updated them (QEMU 7.2 sets A and D itself), SUM and MXR effects, an sfence.vma remap, and a
 * page fault delegated to S (stval).
 */
#include "rt.h"

#define PTE_V 0x01u
#define PTE_R 0x02u
#define PTE_W 0x04u
#define PTE_X 0x08u
#define PTE_U 0x10u
#define PTE_A 0x40u
#define PTE_D 0x80u
#define SATP_SV32 0x80000000u
#define VA_L0 0x40000000u
#define VA_ALIAS_S 0xc0000000u
#define VA_ALIAS_U 0x00400000u
#define VA_MISALIGNED 0x40400000u

static uint32_t root[1024] __attribute__((aligned(4096)));
static uint32_t l0[1024] __attribute__((aligned(4096)));
static uint32_t page_a[1024] __attribute__((aligned(4096)));
static uint32_t page_b[1024] __attribute__((aligned(4096)));
static uint32_t u_stack[256] __attribute__((aligned(16)));

static uint32_t pte(const void *pa, uint32_t flags)
{
    return (((uint32_t)(uintptr_t)pa >> 12) << 10) | flags;
}

static void build_tables(void)
{
    root[0x200] = pte((void *)0x80000000, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
    root[0x300] = pte((void *)0x80000000, PTE_V | PTE_R | PTE_A);
    root[0x001] = pte((void *)0x80000000, PTE_V | PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D);
    root[0x101] = pte((void *)0x80001000, PTE_V | PTE_R | PTE_A);
    root[0x100] = pte(l0, PTE_V);
    l0[0] = pte(page_a, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);
    l0[1] = pte(page_b, PTE_V | PTE_R | PTE_W);
    l0[2] = pte(page_a, PTE_V | PTE_R | PTE_A);
    l0[3] = pte(page_a, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    l0[4] = pte(page_a, PTE_V | PTE_X | PTE_A);
    l0[5] = pte(page_a, PTE_V | PTE_W | PTE_A | PTE_D);
    l0[6] = 0;
    l0[7] = pte(page_b, PTE_V);
    page_a[0] = 0xaaaa0000;
    page_b[0] = 0xbbbb0000;
}

static uint32_t s_load(uint32_t va)
{
    uint32_t v = 0xdeadbeef;
    __asm__ volatile("lw %0, 0(%1)" : "+r"(v) : "r"(va) : "memory");
    return v;
}

static uint32_t s_store(uint32_t va)
{
    __asm__ volatile("sw %1, 0(%0)" ::"r"(va), "r"(0x600d) : "memory");
    return 0x5700e;
}

static uint32_t s_fetch(uint32_t va)
{
    probe_jump_m(va);
    return 0xf7c4;
}

/* Remaps VA_L0 from page_a to page_b through the identity-mapped table, then sfence.vma. */
static uint32_t s_remap_and_load(uint32_t va)
{
    uint32_t before = s_load(va);
    l0[0] = pte(page_b, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);
    __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
    return (before & 0xffff0000u) | (s_load(va) >> 16);
}

static void report(const char *label, uint32_t value)
{
    print(label);
    print(": value ");
    print_hex(value);
    print(" traps ");
    print_hex(m_trap_last.count);
    if (m_trap_last.count) {
        print(" cause ");
        print_hex(m_trap_last.cause);
        print(" tval ");
        print_hex(m_trap_last.tval);
    }
    print("\n");
}

static void in_s(const char *label, uint32_t (*fn)(uint32_t), uint32_t va)
{
    m_trap_reset();
    report(label, run_in_mode(MODE_S, fn, va));
}

static void in_u(const char *label, uint32_t (*fn)(uint32_t), uint32_t va)
{
    uint32_t offset = VA_ALIAS_U - 0x80000000u;
    m_trap_reset();
    uint32_t r = enter_mode(MODE_U, (uintptr_t)fn + offset, va, (uintptr_t)leave_stub + offset,
                            (uintptr_t)(u_stack + 256) + offset);
    report(label, r);
}

static void translation(void)
{
    in_s("S load remapped page", s_load, VA_L0);
    in_s("S load superpage alias", s_load, VA_ALIAS_S + ((uint32_t)(uintptr_t)page_a - 0x80000000u));
    in_s("S store read-only page", s_store, VA_L0 + 0x2000);
    in_s("S store superpage alias (R only)", s_store, VA_ALIAS_S + 0x1000);
    in_s("S load invalid PTE", s_load, VA_L0 + 0x6000 + 0x10);
    in_s("S load pointer PTE at level 0", s_load, VA_L0 + 0x7000);
    in_s("S load W-only PTE (reserved)", s_load, VA_L0 + 0x5000);
    in_s("S load misaligned megapage", s_load, VA_MISALIGNED + 4);
    in_s("S load unmapped megapage", s_load, 0x50000000);
    in_s("S fetch from non-X page", s_fetch, VA_L0);
}

static void access_bits(void)
{
    show("l0[1] flags before", l0[1] & 0xff);
    in_s("S load page_b via l0[1]", s_load, VA_L0 + 0x1000);
    show("l0[1] flags after load", l0[1] & 0xff);
    in_s("S store page_b via l0[1]", s_store, VA_L0 + 0x1000);
    show("l0[1] flags after store", l0[1] & 0xff);
    show("page_b[0]", page_b[0]);
}

static void sum_mxr(void)
{
    in_s("S load U page, SUM 0", s_load, VA_L0 + 0x3000);
    CSR_SET(mstatus, MSTATUS_SUM);
    in_s("S load U page, SUM 1", s_load, VA_L0 + 0x3000);
    in_s("S fetch U page, SUM 1", s_fetch, VA_ALIAS_U + 0x100);
    CSR_CLEAR(mstatus, MSTATUS_SUM);
    in_s("S load X-only page, MXR 0", s_load, VA_L0 + 0x4000);
    CSR_SET(mstatus, MSTATUS_MXR);
    in_s("S load X-only page, MXR 1", s_load, VA_L0 + 0x4000);
    CSR_CLEAR(mstatus, MSTATUS_MXR);
    in_u("U load U page", s_load, VA_L0 + 0x3000);
    in_u("U load S page", s_load, VA_L0);
    in_u("U store U page", s_store, VA_L0 + 0x3000);
    show("page_a[0] after U store", page_a[0]);
}

static void delegated_fault(void)
{
    CSR_WRITE(stvec, (uintptr_t)s_trap_entry);
    CSR_WRITE(medeleg, 1u << 13);
    in_s("S load invalid PTE, delegated", s_load, VA_L0 + 0x6000 + 0x24);
    show("  scause", s_trap.cause);
    show("  stval", s_trap.tval);
    show("  S traps", s_trap.count);
    CSR_WRITE(medeleg, 0);
}

int main(void)
{
    print("== paging\n");
    build_tables();
    CSR_WRITE(satp, SATP_SV32 | ((uint32_t)(uintptr_t)root >> 12));
    __asm__ volatile("sfence.vma" ::: "memory");
    show("satp mode bit", CSR_READ(satp) >> 31);
    translation();
    access_bits();
    sum_mxr();
    delegated_fault();
    page_a[0] = 0xaaaa1111;
    page_b[0] = 0xbbbb2222;
    in_s("S sfence.vma remap (old hi | new hi)", s_remap_and_load, VA_L0);
    CSR_WRITE(satp, 0);
    __asm__ volatile("sfence.vma" ::: "memory");
    print("done\n");
    return 0;
}
