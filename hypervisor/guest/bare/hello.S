/*
 * hello.S - the smallest bare-metal RV32 program for QEMU's `virt` machine
 * (and for Ringfence's virt-compatible platform).
 *
 * Entry: 0x80000000, M-mode, MMU off, interrupts off (what `-bios none -kernel`
 * gives). a0 = mhartid, a1 = DTB address on QEMU (unused here).
 * Prints MESSAGE on the 16550 UART at 0x10000000, then writes FINISHER_VALUE to
 * the SiFive test/finisher device at 0x100000 to stop the machine:
 *   0x5555            pass  -> QEMU exits with status 0
 *   (code << 16) | 0x3333  fail -> QEMU exits with status `code`
 *   NOTE: plain 0x3333 means code 0, i.e. QEMU exits with status 0 (see
 *   docs/machine-toolchain.md); use 0x13333 for status 1.
 * Only hart 0 runs; any other hart parks in WFI.
 */

#ifndef FINISHER_VALUE
#define FINISHER_VALUE 0x5555
#endif

#define UART_BASE     0x10000000
#define UART_THR      0          /* transmit holding register (write) */
#define UART_LSR      5          /* line status register */
#define UART_LSR_THRE 0x20       /* THR empty */
#define FINISHER_BASE 0x100000

    .section .text.init, "ax", @progbits
    .globl _start
_start:
    csrr    t0, mhartid
    bnez    t0, park

    la      sp, _stack_top
    la      a0, message
    call    uart_puts

    li      t0, FINISHER_BASE
    li      t1, FINISHER_VALUE
    sw      t1, 0(t0)
    /* not reached on QEMU; fall through to park if the finisher is absent */
park:
    wfi
    j       park

/* uart_puts(a0 = NUL-terminated string); clobbers a0, t0-t2 */
uart_puts:
    li      t0, UART_BASE
1:  lbu     t1, 0(a0)
    beqz    t1, 3f
2:  lbu     t2, UART_LSR(t0)
    andi    t2, t2, UART_LSR_THRE
    beqz    t2, 2b
    sb      t1, UART_THR(t0)
    addi    a0, a0, 1
    j       1b
3:  ret

    .section .rodata
message:
    .asciz  "hello from rv32\n"
