/* kernel.h - declarations shared across the S-mode kernel: library routines, console, power,
 * page allocator, page tables, time. Process and address-space types are in proc.h and mm.h. */
#ifndef KERNEL_H
#define KERNEL_H

#include "riscv.h"
#include "memlayout.h"
#include "../include/syscalls.h"

#define NULL ((void *)0)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* string.c */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
void strlcpy_k(char *dst, const char *src, size_t size);

/* uart.c */
void uart_init(void);
void uart_putc(char c);
int uart_getc(void); /* -1 when no byte is waiting */
int uart_has_input(void);
void uart_interrupt(void); /* receive interrupt: moves waiting bytes into the input buffer */

/* plic.c */
void plic_init(void);
void external_interrupt(void); /* claims and serves every pending PLIC source */

/* printf.c */
void kprintf(const char *fmt, ...);
void panic(const char *fmt, ...) __attribute__((noreturn));

/* power.c: the SiFive test finisher (contracts: 0x5555 pass, (code << 16) | 0x3333 fail) */
#define POWER_PANIC_CODE 2
#define POWER_NO_INIT_CODE 1
void power_off_success(void) __attribute__((noreturn));
void power_off_failure(uint32_t code) __attribute__((noreturn));

/* fdt.c */
uint32_t fdt_ram_size(uint32_t fdt_pa); /* bytes of RAM at RAM_BASE, 0 if no valid tree says */

/* kalloc.c */
void *kalloc_reserve_early(uint32_t bytes);
void kalloc_init(void);
void *kalloc(void); /* one zeroed 4 KiB page, or NULL */
void kfree(void *page);
uint32_t kalloc_free_pages(void);

/* vm.c */
typedef uint32_t pte_t;
void vm_init(void);
pte_t *uvm_create(void);
int uvm_map_page(pte_t *root, uint32_t va, uint32_t pa, uint32_t perm);
pte_t *uvm_lookup(pte_t *root, uint32_t va);
void uvm_unmap_range(pte_t *root, uint32_t start, uint32_t end);
void uvm_free_user(pte_t *root);
void uvm_destroy(pte_t *root);
void vm_switch(pte_t *root);

/* timer.c */
uint64_t time_now(void); /* mtime ticks since boot (10 MHz) */
void timer_start(void);
void timer_tick(void);

/* trap.c */
void trap_init(void);
const char *cause_name(uint32_t scause);

/* virtio_blk.c */
int virtio_blk_probe(void);
int virtio_blk_read(uint32_t sector, void *buf, uint32_t count);
uint64_t virtio_blk_capacity(void);

/* rffs.c */
struct rffs_file {
  const char *name;
  const uint8_t *data;
  uint32_t size;
  uint32_t mode;
};
int rffs_load(void);
const struct rffs_file *rffs_lookup(const char *path);
uint32_t rffs_file_count(void);
uint32_t rffs_image_bytes(void);

#endif
