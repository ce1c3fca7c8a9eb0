/*
 * irq.h - CLINT, PLIC and UART interrupt sources for the interrupt conformance programs
 * (addresses as QEMU virt and the contracts' platform table): raise any of the six M/S
 * interrupts and remove each one's source when M-mode takes it (clear_source is the irq_hook).
 */
#ifndef CONFORMANCE_IRQ_H
#define CONFORMANCE_IRQ_H

#include "rt.h"

#define MIP_SSIP (1u << 1)
#define MIP_MSIP (1u << 3)
#define MIP_STIP (1u << 5)
#define MIP_MTIP (1u << 7)
#define MIP_SEIP (1u << 9)
#define MIP_MEIP (1u << 11)
#define MIP_ALL6 0xaaau

extern volatile uint32_t plic_claimed;
extern volatile uint32_t mtime_at_irq_ge_cmp;
extern volatile uint64_t timer_cmp;

uint64_t mtime(void);
void set_mtimecmp(uint64_t when);
uint8_t uart_ier_write(uint8_t v);
void clear_source(uint32_t cause);
/* Makes the interrupts in `mask` (mip bits) pending: MEI via UART THRE -> PLIC source 10. */
void make_pending(uint32_t mask);
/* With mask pending and enabled, sets MIE and prints the order in which they were taken. */
void take_in_order(const char *label, uint32_t mask);

#endif
