/* sysmem.c - brk, mmap2 and munmap: argument checking in front of mm.c. */
#include "syscall.h"

/* brk(addr): the new break, or the current one when addr is 0 or out of range (Linux). */
int32_t sys_brk(struct proc *p, const uint32_t *arg) { return (int32_t)mm_brk(&p->as, arg[0]); }

/* mmap2(addr, len, prot, flags, fd, pgoff): anonymous private mappings only; addr is a hint
 * (used when that range is free), MAP_FIXED, MAP_SHARED and file mappings give -EINVAL. */
int32_t sys_mmap(struct proc *p, const uint32_t *arg) {
  uint32_t hint = arg[0], len = arg[1], prot = arg[2], flags = arg[3];
  if (flags != (MAP_PRIVATE | MAP_ANONYMOUS)) return -EINVAL;
  return mm_mmap(&p->as, hint, len, prot);
}

int32_t sys_munmap(struct proc *p, const uint32_t *arg) { return mm_munmap(&p->as, arg[0], arg[1]); }
