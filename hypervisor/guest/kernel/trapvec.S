/* trapvec.S - S-mode trap entry and exit, and the context switch.
 *
 * sscratch says where a trap came from: while a process runs in U-mode it holds the address of
 * that process's struct trapframe (proc.h); while the kernel runs it holds 0. The kernel keeps
 * sstatus.SIE = 0, so a trap from S is always an exception (a kernel bug): kernel_trap panics.
 * trapframe layout: x[i] at 4*i, epc at 128, kernel_sp at 132. */

    .text
    .balign 4
    .globl trap_vector
trap_vector:
    csrrw   sp, sscratch, sp        /* sp = trapframe (from U) or 0 (from S) */
    beqz    sp, from_kernel
    sw      ra, 4(sp)
    sw      gp, 12(sp)
    sw      tp, 16(sp)
    sw      t0, 20(sp)
    sw      t1, 24(sp)
    sw      t2, 28(sp)
    sw      s0, 32(sp)
    sw      s1, 36(sp)
    sw      a0, 40(sp)
    sw      a1, 44(sp)
    sw      a2, 48(sp)
    sw      a3, 52(sp)
    sw      a4, 56(sp)
    sw      a5, 60(sp)
    sw      a6, 64(sp)
    sw      a7, 68(sp)
    sw      s2, 72(sp)
    sw      s3, 76(sp)
    sw      s4, 80(sp)
    sw      s5, 84(sp)
    sw      s6, 88(sp)
    sw      s7, 92(sp)
    sw      s8, 96(sp)
    sw      s9, 100(sp)
    sw      s10, 104(sp)
    sw      s11, 108(sp)
    sw      t3, 112(sp)
    sw      t4, 116(sp)
    sw      t5, 120(sp)
    sw      t6, 124(sp)
    csrr    t0, sscratch            /* the user sp */
    sw      t0, 8(sp)
    csrr    t0, sepc
    sw      t0, 128(sp)
    csrw    sscratch, zero          /* now in the kernel */
    lw      sp, 132(sp)             /* this process's kernel stack */
    call    user_trap               /* does not return: ends in user_return_asm */
1:  j       1b

from_kernel:
    csrrw   sp, sscratch, sp        /* sp back; sscratch = 0 again */
    addi    sp, sp, -16
    call    kernel_trap             /* panics */
2:  j       2b

/* user_return_asm(tf): loads the user registers from tf and returns to U-mode at tf->epc.
 * The caller has set sstatus.SPP = 0. */
    .globl user_return_asm
user_return_asm:
    csrw    sscratch, a0
    lw      t0, 128(a0)
    csrw    sepc, t0
    lw      ra, 4(a0)
    lw      sp, 8(a0)
    lw      gp, 12(a0)
    lw      tp, 16(a0)
    lw      t0, 20(a0)
    lw      t1, 24(a0)
    lw      t2, 28(a0)
    lw      s0, 32(a0)
    lw      s1, 36(a0)
    lw      a1, 44(a0)
    lw      a2, 48(a0)
    lw      a3, 52(a0)
    lw      a4, 56(a0)
    lw      a5, 60(a0)
    lw      a6, 64(a0)
    lw      a7, 68(a0)
    lw      s2, 72(a0)
    lw      s3, 76(a0)
    lw      s4, 80(a0)
    lw      s5, 84(a0)
    lw      s6, 88(a0)
    lw      s7, 92(a0)
    lw      s8, 96(a0)
    lw      s9, 100(a0)
    lw      s10, 104(a0)
    lw      s11, 108(a0)
    lw      t3, 112(a0)
    lw      t4, 116(a0)
    lw      t5, 120(a0)
    lw      t6, 124(a0)
    lw      a0, 40(a0)
    sret

/* swtch(save, load): saves the callee-saved registers into *save and resumes *load. */
    .globl swtch
swtch:
    sw      ra, 0(a0)
    sw      sp, 4(a0)
    sw      s0, 8(a0)
    sw      s1, 12(a0)
    sw      s2, 16(a0)
    sw      s3, 20(a0)
    sw      s4, 24(a0)
    sw      s5, 28(a0)
    sw      s6, 32(a0)
    sw      s7, 36(a0)
    sw      s8, 40(a0)
    sw      s9, 44(a0)
    sw      s10, 48(a0)
    sw      s11, 52(a0)
    lw      ra, 0(a1)
    lw      sp, 4(a1)
    lw      s0, 8(a1)
    lw      s1, 12(a1)
    lw      s2, 16(a1)
    lw      s3, 20(a1)
    lw      s4, 24(a1)
    lw      s5, 28(a1)
    lw      s6, 32(a1)
    lw      s7, 36(a1)
    lw      s8, 40(a1)
    lw      s9, 44(a1)
    lw      s10, 48(a1)
    lw      s11, 52(a1)
    ret
