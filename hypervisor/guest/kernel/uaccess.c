/* uaccess.c - the only way the kernel touches user memory. Every user range is bounds-checked
 * against [USER_BASE, USER_TOP) and made present with the right permission through fault_in()
 * first, then copied with sstatus.SUM set (priv spec 4.1.1.2: S-mode may then access U pages).
 * A bad pointer gives -EFAULT, never a kernel fault. */
#include "mm.h"

/* Bounds only (no page is touched): is [addr, addr + n) inside [USER_BASE, USER_TOP)? */
int user_range_ok(uint32_t addr, uint32_t n) {
  return n == 0 || (addr >= USER_BASE && addr < USER_TOP && n <= USER_TOP - addr);
}

/* Checks [addr, addr + n) and faults every page of it in for `acc`. 0, -EFAULT or -ENOMEM. */
int user_range_ready(struct addrspace *as, uint32_t addr, uint32_t n, enum access acc) {
  if (n == 0) return 0;
  if (!user_range_ok(addr, n)) return -EFAULT;
  for (uint32_t page = PGROUNDDOWN(addr); page < addr + n; page += PGSIZE) {
    enum fault_result r = fault_in(as, page, acc);
    if (r == FAULT_SEGV) return -EFAULT;
    if (r == FAULT_NOMEM) return -ENOMEM;
  }
  return 0;
}

int copy_to_user(struct addrspace *as, uint32_t dst, const void *src, uint32_t n) {
  int err = user_range_ready(as, dst, n, ACCESS_WRITE);
  if (err != 0) return err;
  csr_set(sstatus, SSTATUS_SUM);
  memcpy((void *)dst, src, n);
  csr_clear(sstatus, SSTATUS_SUM);
  return 0;
}

int copy_from_user(struct addrspace *as, void *dst, uint32_t src, uint32_t n) {
  int err = user_range_ready(as, src, n, ACCESS_READ);
  if (err != 0) return err;
  csr_set(sstatus, SSTATUS_SUM);
  memcpy(dst, (const void *)src, n);
  csr_clear(sstatus, SSTATUS_SUM);
  return 0;
}

/* Copies a NUL-terminated string of at most max-1 bytes. Returns its length, -EFAULT, -ENOMEM,
 * or -E2BIG when no NUL comes within max bytes. */
int copy_string_from_user(struct addrspace *as, char *dst, uint32_t src, uint32_t max) {
  for (uint32_t i = 0; i < max; i++) {
    if (i == 0 || (src + i) % PGSIZE == 0) {
      int err = user_range_ready(as, src + i, 1, ACCESS_READ);
      if (err != 0) return err;
    }
    csr_set(sstatus, SSTATUS_SUM);
    char c = *(const volatile char *)(src + i);
    csr_clear(sstatus, SSTATUS_SUM);
    dst[i] = c;
    if (c == 0) return (int)i;
  }
  return -E2BIG;
}
