/* memlayout.h - physical addresses of the QEMU `virt` platform, the kernel's virtual windows onto
 * the devices, and the user address-space layout (docs/guest-kernel.md draws the whole map).
 *
 * Devices sit below 0x80000000, inside the user VA range, so the kernel cannot map them at their
 * physical addresses in a process's address space. Instead each device region is mapped
 * (supervisor-only, one 4 MiB megapage each) into a window at 0xF0000000 and up, present in every
 * page table. The S-mode kernel turns paging on before touching any device. */
#ifndef MEMLAYOUT_H
#define MEMLAYOUT_H

/* Physical (QEMU hw/riscv/virt.c memmap) */
#define FINISHER_PA 0x00100000u
#define CLINT_PA 0x02000000u
#define PLIC_PA 0x0c000000u
#define UART_PA 0x10000000u
#define VIRTIO_PA 0x10001000u /* slot i at VIRTIO_PA + i * 0x1000, i = 0..7 */
#define VIRTIO_SLOTS 8
#define RAM_BASE 0x80000000u
/* RAM size: what the device tree says (fdt.c, main.c), else QEMU virt's default -m. The kernel
 * maps RAM 1:1 below the device windows at 0xF0000000, so it uses at most RAM_SIZE_MAX. */
#define RAM_SIZE_DEFAULT (128u << 20)
#define RAM_SIZE_MAX (DEVWIN_LOW_VA - RAM_BASE)
#define RAM_SIZE_MIN (8u << 20)
extern uint32_t ram_end; /* RAM_BASE + the RAM size in use (main.c) */
#define RAM_END ram_end

/* CLINT registers (SiFive CLINT, as QEMU's ACLINT emulates it) */
#define CLINT_MTIMECMP(h) (0x4000u + 8u * (h))
#define CLINT_MTIME 0xbff8u
#define TICKS_PER_SEC 10000000u /* mtime runs at 10 MHz (timebase-frequency on QEMU virt) */
#define TICKS_PER_SLICE 10000u  /* scheduler time slice: 1 ms */

/* Kernel virtual windows onto device megapages (S-mode, paging on) */
#define DEVWIN_LOW_VA 0xF0000000u  /* -> PA 0x00000000: finisher */
#define DEVWIN_CLINT_VA 0xF0400000u /* -> PA 0x02000000: CLINT */
#define DEVWIN_UART_VA 0xF0800000u  /* -> PA 0x10000000: UART and virtio-mmio slots */
#define DEVWIN_PLIC_VA 0xF0C00000u  /* -> PA 0x0c000000: PLIC (its first 4 MiB: hart 0's contexts) */
#define PLIC_VA DEVWIN_PLIC_VA
#define FINISHER_VA (DEVWIN_LOW_VA + FINISHER_PA)
#define CLINT_VA DEVWIN_CLINT_VA
#define UART_VA DEVWIN_UART_VA
#define VIRTIO_VA (DEVWIN_UART_VA + (VIRTIO_PA - UART_PA))

/* User address space (contracts: programs linked at 0x10000, stack top 0x7fff0000) */
#define USER_BASE 0x00010000u
#define USER_TOP 0x7fff0000u
#define USER_STACK_MAX (1u << 20)                /* the stack may grow to 1 MiB */
#define USER_STACK_BOTTOM (USER_TOP - USER_STACK_MAX)
#define USER_MMAP_TOP (USER_STACK_BOTTOM - (16u << 20)) /* guard gap below the stack */
#define USER_IMAGE_TOP 0x40000000u /* every ELF segment must end at or below this */
#define USER_HEAP_MAX (256u << 20) /* brk may grow this far past the image; mmap stays above */

#endif
