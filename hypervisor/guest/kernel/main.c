/* main.c - the S-mode kernel's entry. The firmware (firmware.c) mrets here on hart 0 with paging
 * off. Order matters: paging first (devices are reached through windows, memlayout.h), then the
 * console, traps and the tick, the disk and its RFFS image, the page allocator over what RAM is
 * left, and finally init and the scheduler, which never returns. */
#include "proc.h"

uint32_t ram_end;

/* The RAM size in use: the device tree's (fdt.c), clamped to what the kernel can map; QEMU
 * virt's default when there is no tree. */
static uint32_t ram_size_from(uint32_t fdt) {
  uint32_t size = fdt_ram_size(fdt);
  if (size == 0) return RAM_SIZE_DEFAULT;
  if (size > RAM_SIZE_MAX) return RAM_SIZE_MAX;
  return size & ~(MEGAPAGE - 1);
}

void kmain(uint32_t hartid, uint32_t fdt) {
  (void)hartid;
  uint32_t ram_size = ram_size_from(fdt);
  ram_end = RAM_BASE + ram_size;
  vm_init();
  uart_init();
  trap_init();
  plic_init();
  kprintf("[kernel] Ringfence guest kernel (rv32ima, Sv32), %u MiB RAM\n", ram_size >> 20);
  if (ram_size < RAM_SIZE_MIN) {
    kprintf("[kernel] %u MiB of RAM is too little (need %u MiB)\n", ram_size >> 20, RAM_SIZE_MIN >> 20);
    power_off_failure(POWER_PANIC_CODE);
  }
#ifdef KERNEL_FAULT_SELFTEST
  /* Test builds only (make KERNEL_DEFS=-DKERNEL_FAULT_SELFTEST; kernel-qemu.test.ts): a load from
   * an unmapped kernel address must panic and power off with status 2. */
  (void)*(volatile uint32_t *)0x40000000u;
#endif
  timer_start();
  if (virtio_blk_probe() != 0) {
    kprintf("[kernel] no disk; nothing to run\n");
    power_off_success();
  }
  rffs_load();
  kalloc_init();
  kprintf("[kernel] rffs: %u files, %u bytes; %u KiB free\n", rffs_file_count(), rffs_image_bytes(),
          kalloc_free_pages() * (PGSIZE / 1024));
  char *argv[] = {"init"};
  int32_t pid = spawn_program(NULL, "init", argv, 1);
  if (pid < 0) {
    kprintf("[kernel] cannot run init: error %d\n", pid);
    power_off_failure(POWER_NO_INIT_CODE);
  }
  scheduler();
}
