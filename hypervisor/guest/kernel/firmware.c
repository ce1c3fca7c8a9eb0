/* firmware.c - the M-mode part: prepares the machine for the S-mode kernel and then serves it as
 * a tiny SBI: one call, set_timer, because only M-mode may write the CLINT's mtimecmp.
 *
 * Hands on to kmain() (S-mode, paging off) with: all memory accessible to S/U through PMP, the
 * S-handled exceptions and all S-level interrupts delegated, counters readable, mtimecmp parked
 * at "never". Runs with physical addresses only. */
#include "riscv.h"
#include "memlayout.h"
#include "firmware.h"

extern char _mtrap_stack_top[];
extern void mtrap_vector(void);
extern void kmain(uint32_t hartid, uint32_t fdt);

/* Exceptions the S-mode kernel handles itself (priv spec 3.1.8, medeleg). Environment calls from
 * S (cause 9) stay in M: they are the firmware calls. */
#define DELEGATED_EXCEPTIONS                                                                    \
  ((1u << EXC_INSN_MISALIGNED) | (1u << EXC_INSN_ACCESS) | (1u << EXC_ILLEGAL_INSN) |            \
   (1u << EXC_BREAKPOINT) | (1u << EXC_LOAD_MISALIGNED) | (1u << EXC_LOAD_ACCESS) |              \
   (1u << EXC_STORE_MISALIGNED) | (1u << EXC_STORE_ACCESS) | (1u << EXC_ECALL_U) |               \
   (1u << EXC_INSN_PAGE_FAULT) | (1u << EXC_LOAD_PAGE_FAULT) | (1u << EXC_STORE_PAGE_FAULT))
#define DELEGATED_INTERRUPTS ((1u << IRQ_S_SOFT) | (1u << IRQ_S_TIMER) | (1u << IRQ_S_EXT))

/* Frame word indices written by mtrap_vector in boot.S */
enum { FRAME_A0 = 8, FRAME_A1 = 9, FRAME_A7 = 15 };

static volatile uint32_t *clint_word(uint32_t offset) {
  return (volatile uint32_t *)(CLINT_PA + offset);
}

/* Writes hart 0's 64-bit mtimecmp without a spurious early match in between: high word to the
 * maximum first, then low, then the real high (the sequence the priv spec suggests, 3.2.1). */
static void write_mtimecmp(uint32_t lo, uint32_t hi) {
  *clint_word(CLINT_MTIMECMP(0) + 4) = 0xffffffffu;
  *clint_word(CLINT_MTIMECMP(0)) = lo;
  *clint_word(CLINT_MTIMECMP(0) + 4) = hi;
}

static void fw_putc(char c) {
  volatile uint8_t *uart = (volatile uint8_t *)UART_PA;
  while ((uart[5] & 0x20) == 0) {
  }
  uart[0] = (uint8_t)c;
}

static void fw_puts(const char *s) {
  while (*s) fw_putc(*s++);
}

static void fw_puthex(uint32_t v) {
  fw_puts("0x");
  for (int shift = 28; shift >= 0; shift -= 4) fw_putc("0123456789abcdef"[(v >> shift) & 15]);
}

/* A trap the firmware does not expect is a bug in the kernel or firmware: report and stop. */
static void fw_fatal(uint32_t mcause) {
  fw_puts("[firmware] unexpected trap: mcause ");
  fw_puthex(mcause);
  fw_puts(" mepc ");
  fw_puthex(csr_read(mepc));
  fw_puts(" mtval ");
  fw_puthex(csr_read(mtval));
  fw_putc('\n');
  *(volatile uint32_t *)FINISHER_PA = (3u << 16) | 0x3333u;
  for (;;) wfi();
}

/* set_timer, as SBI's: the next supervisor timer interrupt fires when mtime >= (hi:lo). Clears
 * any pending STIP so the kernel's handler sees each tick once. */
static void sbi_set_timer(uint32_t *frame) {
  write_mtimecmp(frame[FRAME_A0], frame[FRAME_A1]);
  csr_clear(mip, MIP_STIP);
  csr_set(mie, MIE_MTIE);
  frame[FRAME_A0] = 0;
}

/* Called by mtrap_vector with the saved registers. */
void firmware_trap(uint32_t *frame) {
  uint32_t mcause = csr_read(mcause);
  if (mcause == (CAUSE_INTERRUPT | IRQ_M_TIMER)) {
    /* Forward to S as a supervisor timer interrupt (what OpenSBI does): mask MTI until the kernel
     * programs the next deadline, since MTIP stays set while mtime >= mtimecmp. */
    csr_clear(mie, MIE_MTIE);
    csr_set(mip, MIP_STIP);
    return;
  }
  if (mcause == EXC_ECALL_S) {
    if (frame[FRAME_A7] == FW_CALL_SET_TIMER) {
      sbi_set_timer(frame);
    } else {
      frame[FRAME_A0] = (uint32_t)FW_ERR_NOT_SUPPORTED;
    }
    csr_write(mepc, csr_read(mepc) + 4);
    return;
  }
  fw_fatal(mcause);
}

/* PMP entry 0 = NAPOT over the whole address space, RWX, so S and U may reach all memory and
 * devices (priv spec 3.7; QEMU denies S/U accesses when no PMP entry matches). Page tables then
 * do the real protection. */
static void pmp_allow_all(void) {
  csr_write(pmpaddr0, 0xffffffffu);
  csr_write(pmpcfg0, 0x1f); /* A = NAPOT (3 << 3) | X | W | R */
}

void firmware_main(uint32_t hartid, uint32_t fdt) {
  write_mtimecmp(0xffffffffu, 0xffffffffu);
  pmp_allow_all();
  csr_write(medeleg, DELEGATED_EXCEPTIONS);
  csr_write(mideleg, DELEGATED_INTERRUPTS);
  csr_write(mcounteren, 7); /* S may read cycle, time, instret */
  csr_write(mie, 0);
  csr_write(mscratch, (uint32_t)_mtrap_stack_top);
  csr_write(mtvec, (uint32_t)mtrap_vector);
  csr_write(satp, 0);
  uint32_t mstatus = csr_read(mstatus);
  mstatus = (mstatus & ~MSTATUS_MPP_MASK) | MSTATUS_MPP_S;
  csr_write(mstatus, mstatus);
  csr_write(mepc, (uint32_t)kmain);
  /* kmain(hartid, fdt), as SBI firmware hands over a0 and a1 */
  register uint32_t a0 __asm__("a0") = hartid;
  register uint32_t a1 __asm__("a1") = fdt;
  __asm__ volatile("mret" : : "r"(a0), "r"(a1));
  for (;;) wfi();
}
