/* plic.c - the platform-level interrupt controller (RISC-V PLIC spec 1.0.0; QEMU virt's layout:
 * priorities at +4*source, enable words at +0x2000 + 0x80*context, threshold and claim/complete
 * at +0x200000 + 0x1000*context; context 2h is hart h's M-mode, 2h+1 its S-mode). The kernel
 * takes one device interrupt through it, the UART's (source 10), in hart 0's S-mode context, and
 * dispatches it from the supervisor external interrupt (trap.c, and the idle loop in proc.c). */
#include "proc.h"

#define UART_IRQ 10u
#define S_CONTEXT 1u

static volatile uint32_t *plic_word(uint32_t offset) { return (volatile uint32_t *)(PLIC_VA + offset); }
#define PRIORITY(src) plic_word(4u * (src))
#define ENABLE(ctx, src) plic_word(0x2000u + 0x80u * (ctx) + 4u * ((src) / 32u))
#define THRESHOLD(ctx) plic_word(0x200000u + 0x1000u * (ctx))
#define CLAIM(ctx) plic_word(0x200004u + 0x1000u * (ctx))

/* UART source at priority 1, enabled for S on hart 0, threshold 0 (every priority > 0 passes);
 * then sie.SEIE, so the line reaches the kernel (mideleg delegates SEI, firmware.c). */
void plic_init(void) {
  *PRIORITY(UART_IRQ) = 1;
  *ENABLE(S_CONTEXT, UART_IRQ) = 1u << (UART_IRQ % 32u);
  *THRESHOLD(S_CONTEXT) = 0;
  csr_set(sie, SIE_SEIE);
}

/* A supervisor external interrupt: claim each pending source, serve it, complete it (spec 1.0.0
 * ch. 9). A claim of 0 means nothing (else) is pending. */
void external_interrupt(void) {
  uint32_t irq;
  while ((irq = *CLAIM(S_CONTEXT)) != 0) {
    if (irq == UART_IRQ) uart_interrupt();
    *CLAIM(S_CONTEXT) = irq;
  }
}
