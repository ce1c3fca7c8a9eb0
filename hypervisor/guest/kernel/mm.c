/* mm.c - demand paging and the calls that reshape an address space (brk, mmap, munmap).
 *
 * Nothing of a process's memory is mapped in advance (except the first stack page, exec.c): the
 * first touch of a page faults, and fault_in() looks the address up in the regions of mm.h. ELF
 * pages are copied from the in-RAM RFFS image; heap, mmap and stack pages start zeroed. A page
 * that several PT_LOAD segments share gets the union of their permissions. The kernel calls
 * fault_in() too, before it copies to or from user memory (uaccess.c), so it never faults. */
#include "mm.h"

/* Sv32 reserves W without R (priv spec 4.3.1, table 4.5): writable implies readable. */
static uint32_t legal_perm(uint32_t perm) { return (perm & PTE_W) ? (perm | PTE_R) : perm; }

static int access_allowed(uint32_t perm, enum access acc) {
  switch (acc) {
  case ACCESS_READ: return (perm & PTE_R) != 0;
  case ACCESS_WRITE: return (perm & PTE_W) != 0;
  case ACCESS_EXEC: return (perm & PTE_X) != 0;
  }
  return 0;
}

static int overlaps(uint32_t a_start, uint32_t a_end, uint32_t b_start, uint32_t b_end) {
  return a_start < b_end && b_start < a_end;
}

/* Union of the permissions of the ELF segments touching the page at `page`; 0 if none. */
static uint32_t segment_perm(const struct addrspace *as, uint32_t page) {
  uint32_t perm = 0;
  for (uint32_t i = 0; i < as->nseg; i++) {
    const struct segment *s = &as->seg[i];
    if (overlaps(page, page + PGSIZE, s->vaddr, s->vaddr + s->memsz)) perm |= s->perm;
  }
  return perm;
}

static const struct mmap_area *find_mmap(const struct addrspace *as, uint32_t va) {
  for (uint32_t i = 0; i < MAX_MMAPS; i++) {
    const struct mmap_area *m = &as->mmap[i];
    if (m->end != 0 && va >= m->start && va < m->end) return m;
  }
  return NULL;
}

/* Is `page` inside some region, and with which permissions? Returns 0 when outside all. */
static uint32_t region_perm(const struct addrspace *as, uint32_t page) {
  uint32_t perm = segment_perm(as, page);
  if (perm != 0) return perm;
  if (page >= as->heap_start && page < PGROUNDUP(as->brk)) return PTE_R | PTE_W;
  if (page >= USER_STACK_BOTTOM && page < USER_TOP) return PTE_R | PTE_W;
  const struct mmap_area *m = find_mmap(as, page);
  return m != NULL ? m->perm : 0;
}

/* Copies the file bytes of every segment overlapping `page` into the fresh frame `frame`. */
static void fill_from_segments(const struct addrspace *as, uint32_t page, uint8_t *frame) {
  for (uint32_t i = 0; i < as->nseg; i++) {
    const struct segment *s = &as->seg[i];
    uint32_t start = page > s->vaddr ? page : s->vaddr;
    uint32_t file_end = s->vaddr + s->filesz;
    uint32_t end = page + PGSIZE < file_end ? page + PGSIZE : file_end;
    if (start < end) memcpy(frame + (start - page), s->file + (start - s->vaddr), end - start);
  }
}

/* Makes the page holding `va` present for access `acc`, allocating and filling it if it lies in
 * a region. Called on user page faults (trap.c) and before kernel copies (uaccess.c). */
enum fault_result fault_in(struct addrspace *as, uint32_t va, enum access acc) {
  if (va < USER_BASE || va >= USER_TOP) return FAULT_SEGV;
  uint32_t page = PGROUNDDOWN(va);
  pte_t *pte = uvm_lookup(as->root, page);
  if (pte != NULL && (*pte & PTE_V)) return access_allowed(*pte, acc) ? FAULT_OK : FAULT_SEGV;
  uint32_t perm = legal_perm(region_perm(as, page));
  if (!access_allowed(perm, acc)) return FAULT_SEGV;
  uint8_t *frame = kalloc();
  if (frame == NULL) return FAULT_NOMEM;
  fill_from_segments(as, page, frame);
  if (uvm_map_page(as->root, page, (uint32_t)frame, perm) != 0) {
    kfree(frame);
    return FAULT_NOMEM;
  }
  return FAULT_OK;
}

/* Does [start, end) overlap any mmap area? */
static int overlaps_mmap(const struct addrspace *as, uint32_t start, uint32_t end) {
  for (uint32_t i = 0; i < MAX_MMAPS; i++) {
    const struct mmap_area *m = &as->mmap[i];
    if (m->end != 0 && overlaps(start, end, m->start, m->end)) return 1;
  }
  return 0;
}

/* brk(2) as Linux: returns the new break, or the unchanged one when the request is out of range
 * (below the heap start, more than USER_HEAP_MAX above it, or into an mmap area). Shrinking
 * frees whole pages. */
uint32_t mm_brk(struct addrspace *as, uint32_t new_brk) {
  if (new_brk < as->heap_start || new_brk - as->heap_start > USER_HEAP_MAX) return as->brk;
  if (new_brk > as->brk && overlaps_mmap(as, PGROUNDUP(as->brk), PGROUNDUP(new_brk))) return as->brk;
  if (PGROUNDUP(new_brk) < PGROUNDUP(as->brk)) {
    uvm_unmap_range(as->root, PGROUNDUP(new_brk), PGROUNDUP(as->brk));
  }
  as->brk = new_brk;
  return new_brk;
}

static struct mmap_area *free_mmap_slot(struct addrspace *as) {
  for (uint32_t i = 0; i < MAX_MMAPS; i++) {
    if (as->mmap[i].end == 0) return &as->mmap[i];
  }
  return NULL;
}

/* Can [start, start + size) become a new area: above the break, below USER_MMAP_TOP, clear of
 * the other areas? (Segments and the stack lie outside that window by construction.) */
static int range_free(const struct addrspace *as, uint32_t start, uint32_t size) {
  if (start % PGSIZE != 0 || start < PGROUNDUP(as->brk) || start > USER_MMAP_TOP) return 0;
  if (size > USER_MMAP_TOP - start) return 0;
  return !overlaps_mmap(as, start, start + size);
}

/* First fit from the top: the highest free range of `size` bytes below USER_MMAP_TOP, or 0. */
static uint32_t find_free_range(const struct addrspace *as, uint32_t size) {
  uint32_t end = USER_MMAP_TOP;
  while (end >= size && end - size >= PGROUNDUP(as->brk)) {
    uint32_t start = end - size, lowest_clash = 0;
    for (uint32_t i = 0; i < MAX_MMAPS; i++) {
      const struct mmap_area *m = &as->mmap[i];
      if (m->end != 0 && overlaps(start, end, m->start, m->end) && (lowest_clash == 0 || m->start < lowest_clash)) {
        lowest_clash = m->start;
      }
    }
    if (lowest_clash == 0) return start;
    end = lowest_clash;
  }
  return 0;
}

/* Anonymous private mmap: a new zero-filled area at `hint` when that range is free (the hint is
 * only a hint: no MAP_FIXED), else the highest free range. Returns its address or -errno. */
int32_t mm_mmap(struct addrspace *as, uint32_t hint, uint32_t len, uint32_t prot) {
  if (len == 0 || (prot & ~(uint32_t)(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0) return -EINVAL;
  if (len > USER_MMAP_TOP) return -ENOMEM;
  uint32_t size = PGROUNDUP(len);
  struct mmap_area *slot = free_mmap_slot(as);
  if (slot == NULL) return -ENOMEM;
  uint32_t start = range_free(as, hint, size) ? hint : find_free_range(as, size);
  if (start == 0) return -ENOMEM;
  slot->start = start;
  slot->end = start + size;
  slot->perm = legal_perm(((prot & PROT_READ) ? PTE_R : 0) | ((prot & PROT_WRITE) ? PTE_W : 0) |
                          ((prot & PROT_EXEC) ? PTE_X : 0));
  return (int32_t)start;
}

/* Removes [start, end) from one area: drops it, trims it, or splits it into two. */
static void cut_area(struct addrspace *as, struct mmap_area *m, uint32_t start, uint32_t end) {
  if (start <= m->start && end >= m->end) {
    m->start = m->end = 0;
  } else if (start <= m->start) {
    m->start = end;
  } else if (end >= m->end) {
    m->end = start;
  } else {
    struct mmap_area *upper = free_mmap_slot(as); /* checked by mm_munmap */
    *upper = (struct mmap_area){end, m->end, m->perm};
    m->end = start;
  }
}

/* munmap(2) for anonymous areas. Pages of the range outside every mmap area (image, heap,
 * stack) are left alone. Returns 0 or -errno. */
int32_t mm_munmap(struct addrspace *as, uint32_t addr, uint32_t len) {
  if (addr % PGSIZE != 0 || len == 0 || len > USER_TOP || addr >= USER_TOP) return -EINVAL;
  uint32_t end = addr + PGROUNDUP(len);
  if (end > USER_TOP) end = USER_TOP;
  for (uint32_t i = 0; i < MAX_MMAPS; i++) {
    struct mmap_area *m = &as->mmap[i];
    if (m->end != 0 && addr > m->start && end < m->end && free_mmap_slot(as) == NULL) return -ENOMEM;
  }
  for (uint32_t i = 0; i < MAX_MMAPS; i++) {
    struct mmap_area *m = &as->mmap[i];
    if (m->end == 0 || !overlaps(addr, end, m->start, m->end)) continue;
    uint32_t from = addr > m->start ? addr : m->start;
    uint32_t to = end < m->end ? end : m->end;
    uvm_unmap_range(as->root, from, to);
    cut_area(as, m, addr, end);
  }
  return 0;
}
