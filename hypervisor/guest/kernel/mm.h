/* mm.h - a process's address space as a list of regions, each filled on first touch (demand
 * paging, mm.c): the ELF's PT_LOAD segments (copied from the in-RAM file), the brk heap, anonymous
 * mmap areas (zero-filled) and the stack (zero-filled). A fault outside every region kills. */
#ifndef MM_H
#define MM_H

#include "kernel.h"

#define MAX_SEGMENTS 8
#define MAX_MMAPS 128

/* One PT_LOAD segment; bytes past filesz up to memsz read as zero (.bss). */
struct segment {
  uint32_t vaddr;
  uint32_t memsz;
  const uint8_t *file; /* the segment's bytes inside the in-RAM RFFS image */
  uint32_t filesz;
  uint32_t perm; /* PTE_R | PTE_W | PTE_X */
};

/* One anonymous mmap area, [start, end), page aligned. end == 0: slot unused. */
struct mmap_area {
  uint32_t start;
  uint32_t end;
  uint32_t perm;
};

struct addrspace {
  pte_t *root;
  struct segment seg[MAX_SEGMENTS];
  uint32_t nseg;
  uint32_t heap_start; /* page aligned, just above the highest segment */
  uint32_t brk;        /* current program break (heap is [heap_start, brk)) */
  struct mmap_area mmap[MAX_MMAPS];
};

/* What a faulting or kernel access wants to do with a page. */
enum access { ACCESS_READ, ACCESS_WRITE, ACCESS_EXEC };

/* fault_in results */
enum fault_result { FAULT_OK = 0, FAULT_SEGV = -1, FAULT_NOMEM = -2 };

enum fault_result fault_in(struct addrspace *as, uint32_t va, enum access acc);
uint32_t mm_brk(struct addrspace *as, uint32_t new_brk);
int32_t mm_mmap(struct addrspace *as, uint32_t hint, uint32_t len, uint32_t prot);
int32_t mm_munmap(struct addrspace *as, uint32_t addr, uint32_t len);

/* uaccess.c: is [addr, addr + n) inside the user range at all? (Linux's access_ok) */
int user_range_ok(uint32_t addr, uint32_t n);
/* uaccess.c: copies between kernel and user memory with bounds checks; 0 or -EFAULT/-ENOMEM. */
int user_range_ready(struct addrspace *as, uint32_t addr, uint32_t n, enum access acc);
int copy_to_user(struct addrspace *as, uint32_t dst, const void *src, uint32_t n);
int copy_from_user(struct addrspace *as, void *dst, uint32_t src, uint32_t n);
int copy_string_from_user(struct addrspace *as, char *dst, uint32_t src, uint32_t max);

#endif
