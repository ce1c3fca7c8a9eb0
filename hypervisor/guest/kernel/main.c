/* main.c - the S-mode kernel's entry. The firmware (firmware.c) mrets here on hart 0 with paging
 * off. Order matters: paging first (devices are reached through windows, memlayout.h), then the
 * console, traps and the tick, the disk and its RFFS image, the page allocator over what RAM is
 * left, and finally init and the scheduler, which never returns. */
#include "proc.h"

void kmain(void) {
  vm_init();
  uart_init();
  trap_init();
  kprintf("[kernel] Ringfence guest kernel (rv32ima, Sv32), %u MiB RAM\n", RAM_SIZE >> 20);
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
