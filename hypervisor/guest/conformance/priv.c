/*
 * priv.c - privilege modes (privileged spec 3.1.6, 3.1.8, 3.3.2, 4.1): entering S and U with
 * mret (mstatus.MPP), U from S with sret (sstatus.SPP), the cause of an ecall from each mode,
 * CSRs a lower mode may not touch, counter access through mcounteren, TSR/TW/TVM, exception
 * delegation (medeleg) and interrupt delegation (mideleg) to S with stvec/scause/sepc, and
 * interrupts of a higher mode that preempt a lower one even with its xIE clear.
 */
#include "rt.h"

static uint32_t plain_ecall(uint32_t arg)
{
    __asm__ volatile("li a7, 93\n ecall" ::: "a7", "a0", "memory");
    return arg + 1;
}

static uint32_t read_mstatus(uint32_t arg)
{
    uint32_t v = arg;
    __asm__ volatile("csrr %0, mstatus" : "+r"(v));
    return v;
}

static uint32_t read_sstatus(uint32_t arg)
{
    uint32_t v = arg;
    __asm__ volatile("csrr %0, sstatus" : "+r"(v));
    return v;
}

static uint32_t read_cycle(uint32_t arg)
{
    uint32_t v = arg;
    __asm__ volatile("csrr %0, cycle" : "+r"(v));
    return v == arg ? 0 : 1;
}

static uint32_t do_ebreak(uint32_t arg)
{
    __asm__ volatile("ebreak" ::: "memory");
    return arg;
}

static uint32_t do_sret(uint32_t arg)
{
    __asm__ volatile("sret" ::: "memory");
    return arg;
}

static uint32_t do_wfi(uint32_t arg)
{
    __asm__ volatile("wfi" ::: "memory");
    return arg;
}

static uint32_t write_satp(uint32_t arg)
{
    __asm__ volatile("csrw satp, zero\n sfence.vma" ::: "memory");
    return arg;
}

static uint32_t u_body(uint32_t arg)
{
    return arg * 3;
}

/* S-mode: drop to U-mode at u_body with sret (SPP = U, sepc = u_body); U's return goes to
 * leave_stub, which ecalls from U straight back to M. */
static uint32_t s_enter_u(uint32_t arg)
{
    __asm__ volatile("csrw sepc, %0\n li t0, 0x100\n csrc sstatus, t0\n mv a0, %1\n la ra, leave_stub\n sret"
                     ::"r"(u_body), "r"(arg) : "t0", "a0", "ra", "memory");
    return 0;
}

/* Runs fn in mode and prints what M saw: the result, then the last trap (if any). */
static void probe(const char *label, uint32_t mode, uint32_t (*fn)(uint32_t))
{
    m_trap_reset();
    uint32_t r = run_in_mode(mode, fn, 0x10);
    print(label);
    print(": result ");
    print_hex(r);
    print(" traps ");
    print_hex(m_trap_last.count);
    if (m_trap_last.count) {
        print(" cause ");
        print_hex(m_trap_last.cause);
        print(" tval ");
        print_hex(m_trap_last.tval);
        print(" epc-fn ");
        print_hex(m_trap_last.epc - (uint32_t)(uintptr_t)fn);
        print(" mpp ");
        print_hex((m_trap_last.status & MSTATUS_MPP) >> 11);
    }
    print("\n");
}

static void modes_and_ecalls(void)
{
    probe("S ecall", MODE_S, plain_ecall);
    probe("U ecall", MODE_U, plain_ecall);
    probe("S reads mstatus", MODE_S, read_mstatus);
    probe("S reads sstatus", MODE_S, read_sstatus);
    probe("U reads sstatus", MODE_U, read_sstatus);
    probe("U ebreak", MODE_U, do_ebreak);
    probe("U wfi", MODE_U, do_wfi);
    probe("U sret", MODE_U, do_sret);
    probe("S enters U with sret", MODE_S, s_enter_u);
    CSR_WRITE(mcounteren, 0);
    probe("S reads cycle, mcounteren 0", MODE_S, read_cycle);
    CSR_WRITE(mcounteren, 1);
    probe("S reads cycle, mcounteren.CY", MODE_S, read_cycle);
    probe("U reads cycle, scounteren 0", MODE_U, read_cycle);
    CSR_WRITE(mcounteren, 0);
}

static void trap_virtualization(void)
{
    CSR_SET(mstatus, 1u << 22);   /* TSR */
    probe("S sret with TSR", MODE_S, do_sret);
    CSR_CLEAR(mstatus, 1u << 22);
    CSR_SET(mstatus, 1u << 21);   /* TW */
    probe("S wfi with TW", MODE_S, do_wfi);
    CSR_CLEAR(mstatus, 1u << 21);
    CSR_SET(mstatus, 1u << 20);   /* TVM */
    probe("S satp and sfence.vma with TVM", MODE_S, write_satp);
    CSR_CLEAR(mstatus, 1u << 20);
    probe("S satp without TVM", MODE_S, write_satp);
}

static void exception_delegation(void)
{
    CSR_WRITE(stvec, (uintptr_t)s_trap_entry);
    CSR_WRITE(medeleg, 1u << 3);   /* breakpoints go to S */
    probe("U ebreak delegated", MODE_U, do_ebreak);
    show("  scause", s_trap.cause);
    show("  sepc-fn", s_trap.epc - (uint32_t)(uintptr_t)do_ebreak);
    show("  S traps", s_trap.count);
    probe("S ebreak delegated", MODE_S, do_ebreak);
    show("  scause", s_trap.cause);
    show("  S traps", s_trap.count);
    m_trap_reset();
    __asm__ volatile("ebreak");
    show("M ebreak with medeleg: M traps", m_trap_last.count);
    show("  S traps", s_trap.count);
    CSR_WRITE(medeleg, 0);
}

static uint32_t s_set_ssip(uint32_t arg)
{
    __asm__ volatile("csrs sie, %0\n csrs sstatus, %1\n csrs sip, %0\n nop\n nop" ::"r"(2), "r"(MSTATUS_SIE) : "memory");
    return arg;
}

static uint32_t s_enable_stie(uint32_t arg)
{
    __asm__ volatile("csrs sie, %0\n csrs sstatus, %1\n nop\n nop" ::"r"(1u << 5), "r"(MSTATUS_SIE) : "memory");
    return arg;
}

static uint32_t s_idle(uint32_t arg)
{
    __asm__ volatile("nop\n nop\n nop" ::: "memory");
    return arg;
}

static void interrupt_delegation(void)
{
    CSR_WRITE(stvec, (uintptr_t)s_trap_entry);
    CSR_WRITE(mideleg, 0x222);
    probe("S sets sip.SSIP, delegated", MODE_S, s_set_ssip);
    show("  scause", s_trap.cause);
    show("  S traps", s_trap.count);
    show("  sie after (SSIE masked by handler)", CSR_READ(sie));
    CSR_CLEAR(mip, 2);
    CSR_SET(mip, 1u << 5);   /* M raises STIP; delegated */
    probe("S enables STIE with STIP pending", MODE_S, s_enable_stie);
    show("  scause", s_trap.cause);
    show("  S traps", s_trap.count);
    CSR_CLEAR(mip, 1u << 5);
    CSR_WRITE(mideleg, 0);
    CSR_WRITE(sie, 0);
    /* Not delegated: SSIP pending and enabled in mie preempts S-mode although mstatus.MIE = 0. */
    CSR_CLEAR(mstatus, MSTATUS_MIE);
    CSR_SET(mie, 2);
    CSR_SET(mip, 2);
    irq_hook = 0;
    probe("S with M-level SSI pending", MODE_S, s_idle);
    show("  M interrupts", irq_count);
    show("  M interrupt cause", irq_log[0]);
    CSR_CLEAR(mip, 2);
    show("  mie after (SSIE masked by handler)", CSR_READ(mie));
}

int main(void)
{
    print("== priv\n");
    modes_and_ecalls();
    trap_virtualization();
    exception_delegation();
    interrupt_delegation();
    print("done\n");
    return 0;
}
