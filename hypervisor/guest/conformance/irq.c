/*
 * irq.c - interrupt sources for the conformance programs (irq.h). MEI comes from the 16550's
 * THR-empty interrupt (IER bit 1) routed through PLIC source 10 to context 0 (hart 0 M-mode);
 * MSI from CLINT msip; MTI from mtimecmp <= mtime; SEI, SSI, STI are written into mip by M-mode
 * (privileged spec 3.1.9: those bits are writable by M).
 */
#include "irq.h"

#define UART_IER (UART_BASE + 1)
#define UART_IER_THRI 0x02
#define UART_IRQ 10
#define PLIC_PRIORITY(n) (PLIC_BASE + 4 * (n))
#define PLIC_ENABLE_CTX0 (PLIC_BASE + 0x2000)
#define PLIC_THRESHOLD_CTX0 (PLIC_BASE + 0x200000)
#define PLIC_CLAIM_CTX0 (PLIC_BASE + 0x200004)

volatile uint32_t plic_claimed;
volatile uint32_t mtime_at_irq_ge_cmp;
volatile uint64_t timer_cmp;

uint64_t mtime(void)
{
    uint32_t hi, lo;
    do {
        hi = mmio_read(CLINT_MTIME + 4);
        lo = mmio_read(CLINT_MTIME);
    } while (hi != mmio_read(CLINT_MTIME + 4));
    return (uint64_t)hi << 32 | lo;
}

/* Writes mtimecmp without passing through a value below both the old and the new one. */
void set_mtimecmp(uint64_t when)
{
    timer_cmp = when;
    mmio_write(CLINT_MTIMECMP + 4, 0xffffffff);
    mmio_write(CLINT_MTIMECMP, (uint32_t)when);
    mmio_write(CLINT_MTIMECMP + 4, (uint32_t)(when >> 32));
}

uint8_t uart_ier_write(uint8_t v)
{
    *(volatile uint8_t *)UART_IER = v;
    return *(volatile uint8_t *)UART_IER;
}

void clear_source(uint32_t cause)
{
    switch (cause) {
    case 11: {
        uint32_t id = mmio_read(PLIC_CLAIM_CTX0);
        plic_claimed = id;
        uart_ier_write(0);
        mmio_write(PLIC_CLAIM_CTX0, id);
        break;
    }
    case 3: mmio_write(CLINT_MSIP, 0); break;
    case 7:
        mtime_at_irq_ge_cmp = mtime() >= timer_cmp;
        set_mtimecmp(~0ull);
        break;
    case 9: CSR_CLEAR(mip, MIP_SEIP); break;
    case 1: CSR_CLEAR(mip, MIP_SSIP); break;
    case 5: CSR_CLEAR(mip, MIP_STIP); break;
    default: CSR_CLEAR(mie, 1u << cause); break;
    }
}

void make_pending(uint32_t mask)
{
    if (mask & MIP_MEIP) {
        mmio_write(PLIC_PRIORITY(UART_IRQ), 1);
        mmio_write(PLIC_ENABLE_CTX0, 1u << UART_IRQ);
        mmio_write(PLIC_THRESHOLD_CTX0, 0);
        uart_ier_write(UART_IER_THRI);
    }
    if (mask & MIP_MSIP) mmio_write(CLINT_MSIP, 1);
    if (mask & MIP_MTIP) set_mtimecmp(0);
    CSR_SET(mip, mask & (MIP_SEIP | MIP_SSIP | MIP_STIP));
}

void take_in_order(const char *label, uint32_t mask)
{
    m_trap_reset();
    irq_hook = clear_source;
    CSR_CLEAR(mstatus, MSTATUS_MIE);
    CSR_WRITE(mideleg, 0);
    make_pending(mask);
    uint32_t pending = CSR_READ(mip) & MIP_ALL6;
    CSR_WRITE(mie, mask);
    CSR_SET(mstatus, MSTATUS_MIE);
    __asm__ volatile("nop");
    CSR_CLEAR(mstatus, MSTATUS_MIE);
    CSR_WRITE(mie, 0);
    print(label);
    print(": pending ");
    print_hex(pending);
    print(" taken");
    for (uint32_t i = 0; i < irq_count && i < 16; i++) {
        print(" ");
        print_hex(irq_log[i]);
    }
    print(" left ");
    print_hex(CSR_READ(mip) & MIP_ALL6);
    print("\n");
}
