/* kalloc.c - the physical page allocator over RAM from the end of the kernel image (plus early
 * reservations such as the RFFS image) to RAM_END (memlayout.h): a free list of returned 4 KiB
 * pages, and above it a bump pointer over pages never handed out yet. Pages are reached at their
 * physical addresses (the kernel maps RAM 1:1). Single hart, kernel not preemptible: no locks.
 *
 * Why not thread every page onto the free list at boot: that writes one word into each of the
 * ~32k pages of a 128 MiB machine, and on a simulator (or a hypervisor backing guest RAM
 * lazily) the first write to each page is what makes the host commit memory for it. Handing out
 * untouched pages in ascending order from the bump pointer gives the same allocation order as
 * the threaded list did, and commits only the pages processes use. */
#include "kernel.h"

extern char _kernel_end[];

struct free_page {
  struct free_page *next;
};

static struct free_page *free_list;
static uint32_t free_count; /* pages on free_list */
static uint32_t fresh_next;  /* lowest page never handed out; pages [fresh_next, RAM_END) are free */
static uint32_t early_next; /* bump pointer for boot-time contiguous reservations */
static int initialised;

/* Reserves `bytes` (page-rounded) of contiguous RAM before kalloc_init(); NULL if it does not
 * leave at least a quarter of RAM for processes. Used for the in-RAM copy of the disk image. */
void *kalloc_reserve_early(uint32_t bytes) {
  if (initialised) panic("kalloc_reserve_early after kalloc_init");
  if (early_next == 0) early_next = PGROUNDUP((uint32_t)_kernel_end);
  uint32_t room = RAM_END - early_next;
  if (bytes > room - room / 4) return NULL;
  void *start = (void *)early_next;
  early_next += PGROUNDUP(bytes);
  return start;
}

void kalloc_init(void) {
  if (early_next == 0) early_next = PGROUNDUP((uint32_t)_kernel_end);
  initialised = 1;
  fresh_next = early_next;
}

void kfree(void *page) {
  uint32_t pa = (uint32_t)page;
  if (pa % PGSIZE != 0 || pa < early_next || pa >= fresh_next) panic("kfree %p", pa);
  struct free_page *p = page;
  p->next = free_list;
  free_list = p;
  free_count++;
}

void *kalloc(void) {
  struct free_page *p = free_list;
  if (p != NULL) {
    free_list = p->next;
    free_count--;
  } else if (fresh_next < RAM_END) {
    p = (struct free_page *)fresh_next;
    fresh_next += PGSIZE;
  } else {
    return NULL;
  }
  memset(p, 0, PGSIZE);
  return p;
}

uint32_t kalloc_free_pages(void) { return free_count + (RAM_END - fresh_next) / PGSIZE; }
