/*
 * csr.c - Zicsr and the machine-level CSRs (privileged spec ch. 2 and 3.1): the six CSR
 * instructions on mscratch (old value in rd, set/clear semantics, rs1 = x0 / uimm = 0 do not
 * write), read-only and WARL registers (misa, mhartid, mvendorid, mstatus/sstatus masks,
 * medeleg/mideleg, mie, mtvec modes, mepc alignment), counters that only move forward, and
 * illegal CSR accesses (unknown number, write to a read-only CSR).
 */
#include "rt.h"

static void mscratch_ops(void)
{
    uint32_t saved = CSR_READ(mscratch), old, now;
    __asm__ volatile("csrw mscratch, %1\n csrrw %0, mscratch, %2" : "=r"(old) : "r"(0x12345678), "r"(0xf0f0f0f0));
    show("csrrw old", old);
    __asm__ volatile("csrrs %0, mscratch, %1" : "=r"(old) : "r"(0x0000ffff));
    show("csrrs old", old);
    __asm__ volatile("csrrc %0, mscratch, %1" : "=r"(old) : "r"(0xff000000));
    show("csrrc old", old);
    __asm__ volatile("csrrwi %0, mscratch, 21" : "=r"(old));
    show("csrrwi old", old);
    __asm__ volatile("csrrsi %0, mscratch, 10" : "=r"(old));
    show("csrrsi old", old);
    __asm__ volatile("csrrci %0, mscratch, 1" : "=r"(old));
    show("csrrci old", old);
    __asm__ volatile("csrrs %0, mscratch, x0\n csrrci x0, mscratch, 0" : "=r"(now));
    show("mscratch", now);
    CSR_WRITE(mscratch, saved);
}

/* Writes `value` and reads back in one asm block (no memory access in between), then restores. */
#define WARL(name, value)                                                                          \
    ({                                                                                             \
        uint32_t old_, got_;                                                                       \
        __asm__ volatile("csrrw %0, " #name ", %2\n csrr %1, " #name "\n csrw " #name ", %0"       \
                         : "=&r"(old_), "=&r"(got_) : "r"((uint32_t)(value)) : "memory");          \
        got_;                                                                                      \
    })

/* WARL read-backs are shown only in the fields an RV32IMA machine with S and U modes defines:
 * QEMU 7.2 also keeps bits of extensions it implements regardless of -cpu (mstatus.VS,
 * the VS* interrupt and guest-page-fault delegation bits, LCOFI), which are not ours to copy. */
#define MSTATUS_DEFINED 0x007e19aau /* SIE MIE SPIE MPIE SPP MPP SUM MXR TVM TW TSR (MPRV apart) */
#define SSTATUS_DEFINED 0x000c0122u /* SIE SPIE SPP SUM MXR */
#define MEDELEG_DEFINED 0x0000b1ffu /* causes 0..8, 12, 13, 15 */
#define S_AND_M_INTERRUPTS 0x00000aaau

static void identity_and_warl(void)
{
    show("misa", CSR_READ(misa));
    show("mhartid", CSR_READ(mhartid));
    show("mvendorid", CSR_READ(mvendorid));
    show("mstatus written all ones", WARL(mstatus, 0xffffffff & ~MSTATUS_MPRV) & MSTATUS_DEFINED);
    show("mstatus written 0", WARL(mstatus, 0) & MSTATUS_DEFINED);
    show("sstatus written all ones", WARL(sstatus, 0xffffffff) & SSTATUS_DEFINED);
    show("medeleg written all ones", WARL(medeleg, 0xffffffff) & MEDELEG_DEFINED);
    show("mideleg written all ones", WARL(mideleg, 0xffffffff) & S_AND_M_INTERRUPTS);
    show("mie written all ones", WARL(mie, 0xffffffff) & S_AND_M_INTERRUPTS);
    show("sie written all ones (mideleg 0)", WARL(sie, 0xffffffff));
    show("mip written all ones, S bits", WARL(mip, 0xffffffff) & 0x222);
    uint32_t base = 0x80001000;
    show("mtvec direct", WARL(mtvec, base));
    show("mtvec vectored", WARL(mtvec, base | 1));
    show("satp written 0x80012345", WARL(satp, 0x80012345));
}

static void counters(void)
{
    uint32_t c0 = CSR_READ(mcycle), i0 = CSR_READ(minstret), t0 = CSR_READ(time);
    for (volatile int i = 0; i < 100; i++) {
    }
    uint32_t c1 = CSR_READ(mcycle), i1 = CSR_READ(minstret), t1 = CSR_READ(time);
    uint32_t mtime = mmio_read(CLINT_MTIME);
    show_yes("mcycle increased", c1 > c0);
    show_yes("minstret increased", i1 > i0);
    show_yes("time does not go back", t1 >= t0);
    show_yes("time <= mtime read after it", t1 - mtime > 0x80000000u || t1 == mtime);
    show_yes("cycle (user alias) readable in M", CSR_READ(cycle) >= c1 || CSR_READ(cycleh) > 0);
}

static void illegal_accesses(void)
{
    uint32_t r = 0x5a5a5a5a, here;
    m_trap_reset();
    __asm__ volatile("1: csrr %0, 0x0ff\n la %1, 1b" : "+r"(r), "=r"(here));
    show_trap("read of unknown csr 0x0ff", &m_trap_last, here);
    show("rd unchanged", r);
    m_trap_reset();
    __asm__ volatile("1: csrw mhartid, %1\n la %0, 1b" : "=r"(here) : "r"(r));
    show_trap("write to read-only mhartid", &m_trap_last, here);
    m_trap_reset();
    __asm__ volatile("1: csrrs %0, mhartid, x0\n la %1, 1b" : "=r"(r), "=r"(here));
    show("csrrs mhartid, x0 traps", m_trap_last.count);
    __asm__ volatile("1: csrrsi %0, mvendorid, 0\n la %1, 1b" : "=r"(r), "=r"(here));
    show("csrrsi mvendorid, 0 traps", m_trap_last.count);
}

int main(void)
{
    print("== csr\n");
    mscratch_ops();
    identity_and_warl();
    counters();
    illegal_accesses();
    print("done\n");
    return 0;
}
