/* crt0.S - entry of the kernel's test programs: the kernel leaves argc at sp and argv at sp+4
 * (Linux initial stack); call main(argc, argv) and exit with its result. */
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    lw      a0, 0(sp)
    addi    a1, sp, 4
    call    main
    call    exit
1:  j       1b
