/*
 * crt0.S - entry of every Ringfence user program.
 *
 * The kernel starts _start in U-mode with the Linux initial process stack (contracts,
 * "User programs"; as the Linux ELF loader's create_elf_tables):
 *     sp+0   argc
 *     sp+4   argv[0] .. argv[argc-1], NULL
 *            envp NULL, auxv AT_NULL
 * _start zeroes .bss (cheap, and it keeps programs correct even if a loader only maps the
 * file bytes), calls main(argc, argv) and passes its return value to exit().
 */
#include "syscalls.h"

    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lw      s0, 0(sp)               /* argc */
    addi    s1, sp, 4               /* argv */
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sw      zero, 0(t0)
    addi    t0, t0, 4
    j       1b
2:  mv      a0, s0
    mv      a1, s1
    call    main
    li      a7, SYS_exit_group      /* a0 = main's result */
    ecall
3:  j       3b                      /* exit never returns */
