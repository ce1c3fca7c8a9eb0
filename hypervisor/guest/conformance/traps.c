/*
 * traps.c - synchronous exceptions taken in M-mode (privileged spec 3.1.15-3.1.17, 3.3.1):
 * ecall, ebreak, illegal instruction, a jump to a target that is not 4-byte aligned (no C
 * extension: instruction-address-misaligned at the jump, mtval = target), misaligned loads
 * and stores, and access faults on addresses where no device answers (load, store, fetch).
 * Each prints mcause, mepc relative to the faulting instruction, and mtval.
 */
#include "rt.h"

/* No device here on QEMU virt or on Ringfence's platform (between the finisher and the CLINT). */
#define NO_DEVICE 0x00200000u

static volatile uint32_t words[2] __attribute__((aligned(8))) = { 0x44332211, 0x88776655 };

static void plain_traps(void)
{
    uint32_t here;
    m_trap_reset();
    __asm__ volatile("1: ecall\n la %0, 1b" : "=r"(here) : : "memory");
    show_trap("ecall from M", &m_trap_last, here);
    m_trap_reset();
    __asm__ volatile("1: ebreak\n la %0, 1b" : "=r"(here) : : "memory");
    show_trap("ebreak", &m_trap_last, here);
    m_trap_reset();
    __asm__ volatile("1: .word 0\n la %0, 1b" : "=r"(here) : : "memory");
    show_trap("all-zero word", &m_trap_last, here);
    m_trap_reset();
    __asm__ volatile("1: .word 0xffffffff\n la %0, 1b" : "=r"(here) : : "memory");
    show_trap("all-ones word", &m_trap_last, here);
}

static void target(void)
{
}

static void misaligned_jumps(void)
{
    uintptr_t t = (uintptr_t)target;
    m_trap_reset();
    probe_jump_m(t + 2);
    show("jalr to target+2: cause", m_trap_last.cause);
    show("  epc - probe_jump_m", m_trap_last.epc - (uint32_t)(uintptr_t)probe_jump_m);
    show("  tval - target", m_trap_last.tval - t);
    m_trap_reset();
    probe_jump_m(t + 1);
    show("jalr to target+1 (bit 0 cleared) traps", m_trap_last.count);
}

static void misaligned_data(void)
{
    volatile uint8_t *b = (volatile uint8_t *)words;
    uint32_t r = 0, here;
    m_trap_reset();
    __asm__ volatile("1: lw %0, 1(%2)\n la %1, 1b" : "+r"(r), "=r"(here) : "r"(b) : "memory");
    show("lw at +1 traps", m_trap_last.count);
    if (m_trap_last.count) show_trap("lw at +1", &m_trap_last, here);
    else show("lw at +1 value", r);
    m_trap_reset();
    __asm__ volatile("1: lh %0, 3(%2)\n la %1, 1b" : "+r"(r), "=r"(here) : "r"(b) : "memory");
    show("lh at +3 traps", m_trap_last.count);
    if (m_trap_last.count) show_trap("lh at +3", &m_trap_last, here);
    else show("lh at +3 value", r);
    m_trap_reset();
    __asm__ volatile("1: sw %2, 2(%1)\n la %0, 1b" : "=r"(here) : "r"(b), "r"(0xaabbccdd) : "memory");
    show("sw at +2 traps", m_trap_last.count);
    if (m_trap_last.count) show_trap("sw at +2", &m_trap_last, here);
    show("words[0] after", words[0]);
    show("words[1] after", words[1]);
}

static void access_faults(void)
{
    uint32_t r = 0x77, here;
    m_trap_reset();
    __asm__ volatile("1: lw %0, 0(%2)\n la %1, 1b" : "+r"(r), "=r"(here) : "r"(NO_DEVICE) : "memory");
    show_trap("load from nothing", &m_trap_last, here);
    show("rd unchanged", r);
    m_trap_reset();
    __asm__ volatile("1: sw %1, 0(%2)\n la %0, 1b" : "=r"(here) : "r"(r), "r"(NO_DEVICE) : "memory");
    show_trap("store to nothing", &m_trap_last, here);
    m_trap_reset();
    probe_jump_m(NO_DEVICE);
    show_trap("fetch from nothing", &m_trap_last, 0);
}

int main(void)
{
    print("== traps\n");
    plain_traps();
    misaligned_jumps();
    misaligned_data();
    access_faults();
    show("mcause after all (last trap)", CSR_READ(mcause));
    print("done\n");
    return 0;
}
