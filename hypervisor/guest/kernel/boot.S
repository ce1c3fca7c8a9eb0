/* boot.S - M-mode entry and M-mode trap vector of the firmware.
 *
 * Every hart starts at _entry (0x80000000) in M-mode with a0 = mhartid and a1 = the device tree's
 * address (QEMU `-bios none` and Ringfence both). Harts other than 0 park forever in a WFI loop
 * with interrupts off. Hart 0 takes the boot stack, clears .bss and calls firmware_main(a0, a1),
 * which ends in an mret to the S-mode kernel with both. */

    .section .text.init, "ax", @progbits
    .globl _entry
_entry:
    csrr    t0, mhartid
    bnez    t0, park
    la      sp, _boot_stack_top
    la      t0, _bss_start
    la      t1, _bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:  call    firmware_main
    /* firmware_main never returns */
park:
    csrw    mie, zero          /* no interrupt can wake this hart into a handler */
    csrci   mstatus, 8         /* MIE = 0 */
3:  wfi
    j       3b

/* M-mode trap vector (mtvec, direct mode). mscratch holds the top of the M trap stack while
 * S or U runs. Saves the caller-saved registers, calls firmware_trap(frame) and returns with
 * mret. Frame layout (word index): 0 ra, 1-7 t0-t6, 8-15 a0-a7 (firmware.c reads a0, a1, a7). */
    .text
    .balign 4
    .globl mtrap_vector
mtrap_vector:
    csrrw   sp, mscratch, sp
    addi    sp, sp, -64
    sw      ra, 0(sp)
    sw      t0, 4(sp)
    sw      t1, 8(sp)
    sw      t2, 12(sp)
    sw      t3, 16(sp)
    sw      t4, 20(sp)
    sw      t5, 24(sp)
    sw      t6, 28(sp)
    sw      a0, 32(sp)
    sw      a1, 36(sp)
    sw      a2, 40(sp)
    sw      a3, 44(sp)
    sw      a4, 48(sp)
    sw      a5, 52(sp)
    sw      a6, 56(sp)
    sw      a7, 60(sp)
    mv      a0, sp
    call    firmware_trap
    lw      ra, 0(sp)
    lw      t0, 4(sp)
    lw      t1, 8(sp)
    lw      t2, 12(sp)
    lw      t3, 16(sp)
    lw      t4, 20(sp)
    lw      t5, 24(sp)
    lw      t6, 28(sp)
    lw      a0, 32(sp)
    lw      a1, 36(sp)
    lw      a2, 40(sp)
    lw      a3, 44(sp)
    lw      a4, 48(sp)
    lw      a5, 52(sp)
    lw      a6, 56(sp)
    lw      a7, 60(sp)
    addi    sp, sp, 64
    csrrw   sp, mscratch, sp
    mret
