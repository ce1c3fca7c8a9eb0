/*
 * interrupts.c - machine interrupts (privileged spec 3.1.9, 3.1.14; CLINT and PLIC as on QEMU
 * virt): the CLINT timer (mtimecmp) and software interrupt (msip) taken through mtvec in direct
 * and vectored mode (vectored: interrupt n enters at base + 4n, exceptions at base), the
 * order of two pending interrupts where QEMU 7.2 follows the spec's MEI > MSI > MTI > SEI >
 * SSI > STI (the rest: irq-priority.c), and WFI waking with mstatus.MIE clear.
 * Only facts that do not depend on timing are printed.
 */
#include "irq.h"

volatile uint32_t vectored_msi_hits;

static void timer_interrupt(void)
{
    m_trap_reset();
    irq_hook = clear_source;
    set_mtimecmp(mtime() + 5000);   /* 0.5 ms at 10 MHz */
    CSR_WRITE(mie, MIP_MTIP);
    CSR_SET(mstatus, MSTATUS_MIE);
    while (irq_count == 0) __asm__ volatile("wfi");
    CSR_CLEAR(mstatus, MSTATUS_MIE);
    show("timer interrupts", irq_count);
    show("timer cause", irq_log[0]);
    show_yes("mtime >= mtimecmp in the handler", mtime_at_irq_ge_cmp);
    show("mip.MTIP after raising mtimecmp", CSR_READ(mip) & MIP_MTIP);
}

static void software_interrupt(void)
{
    m_trap_reset();
    CSR_WRITE(mie, MIP_MSIP);
    mmio_write(CLINT_MSIP, 1);
    show("mip.MSIP after msip = 1", CSR_READ(mip) & MIP_MSIP);
    CSR_SET(mstatus, MSTATUS_MIE);
    __asm__ volatile("nop");
    CSR_CLEAR(mstatus, MSTATUS_MIE);
    show("software interrupts", irq_count);
    show("software cause", irq_log[0]);
    show("msip after handler", mmio_read(CLINT_MSIP));
}

/* Vector table: interrupt 3 counts its entry, everything else goes to m_trap_entry. */
__asm__(".text\n.align 2\nvector_table:\n"
        " j m_trap_entry\n j m_trap_entry\n j m_trap_entry\n j vector_msi\n"
        " j m_trap_entry\n j m_trap_entry\n j m_trap_entry\n j m_trap_entry\n"
        " j m_trap_entry\n j m_trap_entry\n j m_trap_entry\n j m_trap_entry\n"
        "vector_msi:\n"
        " csrrw sp, mscratch, sp\n addi sp, sp, -16\n sw t0, 0(sp)\n sw t1, 4(sp)\n"
        " la t0, vectored_msi_hits\n lw t1, 0(t0)\n addi t1, t1, 1\n sw t1, 0(t0)\n"
        " lw t0, 0(sp)\n lw t1, 4(sp)\n addi sp, sp, 16\n csrrw sp, mscratch, sp\n j m_trap_entry\n");
extern char vector_table[];

static void vectored_mode(void)
{
    uint32_t direct = CSR_READ(mtvec);
    CSR_WRITE(mtvec, (uintptr_t)vector_table | 1);
    software_interrupt();
    show("entries through mtvec base + 4*3", vectored_msi_hits);
    m_trap_reset();
    __asm__ volatile("ecall");
    show("ecall in vectored mode: cause", m_trap_last.cause);
    show("entries through base + 12 after ecall", vectored_msi_hits);
    CSR_WRITE(mtvec, direct);
}

/* Pairs whose order the spec fixes and QEMU 7.2 follows (the full six-way order, where QEMU
 * 7.2 deviates, is irq-priority.c). */
static void priority_pairs(void)
{
    take_in_order("MSI+MTI", MIP_MSIP | MIP_MTIP);
    take_in_order("MSI+SEI", MIP_MSIP | MIP_SEIP);
    take_in_order("MTI+SEI", MIP_MTIP | MIP_SEIP);
    take_in_order("MSI+STI", MIP_MSIP | MIP_STIP);
    take_in_order("SSI+STI", MIP_SSIP | MIP_STIP);
}

static void wfi_wakeup(void)
{
    m_trap_reset();
    CSR_CLEAR(mstatus, MSTATUS_MIE);
    CSR_WRITE(mie, MIP_MTIP);
    set_mtimecmp(mtime() + 10000);
    __asm__ volatile("wfi");
    show("mip.MTIP after wfi with MIE 0", CSR_READ(mip) & MIP_MTIP);
    show("interrupts taken during wfi", irq_count);
    CSR_SET(mstatus, MSTATUS_MIE);
    __asm__ volatile("nop");
    CSR_CLEAR(mstatus, MSTATUS_MIE);
    show("interrupts taken once MIE set", irq_count);
    show("cause", irq_log[0]);
    CSR_WRITE(mie, 0);
}

int main(void)
{
    print("== interrupts\n");
    timer_interrupt();
    software_interrupt();
    vectored_mode();
    priority_pairs();
    wfi_wakeup();
    print("done\n");
    return 0;
}
