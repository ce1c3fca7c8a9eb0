/* exec.c - spawn: validates an RFFS file as a static ELF32 RISC-V executable, builds a fresh
 * address space for it (segments recorded, not copied: mm.c pages them in on demand) and an
 * initial stack laid out as Linux does (argc, argv[], NULL, envp NULL, auxv AT_NULL at sp, 16-byte
 * aligned, top at USER_TOP). Any malformed header gives -ENOEXEC; nothing in the file is trusted. */
#include "proc.h"
#include "elf.h"

#define MAX_PHNUM 64

static int elf_header_ok(const struct elf32_header *h, uint32_t file_size) {
  return h->magic == ELF_MAGIC && h->class == ELFCLASS32 && h->data == ELFDATA2LSB &&
         h->version == EV_CURRENT && h->type == ET_EXEC && h->machine == EM_RISCV &&
         h->phentsize == sizeof(struct elf32_phdr) && h->phnum >= 1 && h->phnum <= MAX_PHNUM &&
         h->phoff <= file_size && (uint32_t)h->phnum * sizeof(struct elf32_phdr) <= file_size - h->phoff;
}

static uint32_t segment_perm(uint32_t flags) {
  return ((flags & PF_R) ? PTE_R : 0) | ((flags & PF_W) ? PTE_W : 0) | ((flags & PF_X) ? PTE_X : 0);
}

/* Checks one PT_LOAD against the file and the user image range and records it. */
static int add_segment(struct addrspace *as, const struct elf32_phdr *ph, const struct rffs_file *file) {
  if (ph->memsz == 0) return 0;
  if (as->nseg == MAX_SEGMENTS || ph->filesz > ph->memsz) return -1;
  if (ph->offset > file->size || ph->filesz > file->size - ph->offset) return -1;
  if (ph->vaddr < USER_BASE || ph->vaddr >= USER_IMAGE_TOP || ph->memsz > USER_IMAGE_TOP - ph->vaddr) return -1;
  as->seg[as->nseg++] = (struct segment){ph->vaddr, ph->memsz, file->data + ph->offset, ph->filesz,
                                         segment_perm(ph->flags)};
  return 0;
}

static int entry_executable(const struct addrspace *as, uint32_t entry) {
  for (uint32_t i = 0; i < as->nseg; i++) {
    const struct segment *s = &as->seg[i];
    if ((s->perm & PTE_X) && entry >= s->vaddr && entry - s->vaddr < s->memsz && entry % 4 == 0) return 1;
  }
  return 0;
}

/* Fills as->seg from the file; the entry point in *entry. 0 or -ENOEXEC. Headers are copied
 * out with memcpy: the file may put them at unaligned offsets. */
static int elf_parse(const struct rffs_file *file, struct addrspace *as, uint32_t *entry) {
  struct elf32_header h;
  if (file->size < sizeof(h)) return -ENOEXEC;
  memcpy(&h, file->data, sizeof(h));
  if (!elf_header_ok(&h, file->size)) return -ENOEXEC;
  uint32_t image_end = 0;
  for (uint32_t i = 0; i < h.phnum; i++) {
    struct elf32_phdr ph;
    memcpy(&ph, file->data + h.phoff + i * sizeof(ph), sizeof(ph));
    if (ph.type != PT_LOAD) continue;
    if (add_segment(as, &ph, file) != 0) return -ENOEXEC;
    if (ph.memsz != 0 && ph.vaddr + ph.memsz > image_end) image_end = ph.vaddr + ph.memsz;
  }
  if (as->nseg == 0 || !entry_executable(as, h.entry)) return -ENOEXEC;
  as->heap_start = PGROUNDUP(image_end);
  as->brk = as->heap_start;
  *entry = h.entry;
  return 0;
}

/* Builds the top stack page (argv strings, then the pointer block) and maps it. Returns the
 * initial sp, or 0 when out of memory. The strings fit: sys_spawn bounds them to half a page. */
static uint32_t build_stack(pte_t *root, char *const *argv, uint32_t argc) {
  uint8_t *frame = kalloc();
  if (frame == NULL) return 0;
  uint32_t page_va = USER_TOP - PGSIZE;
  uint32_t sp = USER_TOP;
  uint32_t argv_va[33];
  for (uint32_t i = argc; i-- > 0;) {
    uint32_t len = strlen(argv[i]) + 1;
    sp -= len;
    memcpy(frame + (sp - page_va), argv[i], len);
    argv_va[i] = sp;
  }
  uint32_t words = 1 + argc + 1 + 1 + 2; /* argc, argv[], NULL, envp NULL, AT_NULL pair */
  sp = (sp - 4 * words) & ~15u;
  uint32_t *w = (uint32_t *)(frame + (sp - page_va)); /* the frame is zeroed: NULLs are there */
  w[0] = argc;
  for (uint32_t i = 0; i < argc; i++) w[1 + i] = argv_va[i];
  if (uvm_map_page(root, page_va, (uint32_t)frame, PTE_R | PTE_W) != 0) {
    kfree(frame);
    return 0;
  }
  return sp;
}

static const char *basename(const char *path) {
  const char *name = path;
  for (const char *c = path; *c; c++) {
    if (*c == '/') name = c + 1;
  }
  return name;
}

/* Starts `path` from the RFFS image as a child of `parent` (NULL for init). argc <= 32. Returns
 * the child's pid or -errno: ENOENT (no such file), EACCES (not executable), ENOEXEC (bad ELF),
 * EAGAIN (process table full), ENOMEM. */
int32_t spawn_program(struct proc *parent, const char *path, char *const *argv, uint32_t argc) {
  const struct rffs_file *file = rffs_lookup(path);
  if (file == NULL) return -ENOENT;
  if (file->mode != 1) return -EACCES;
  struct addrspace as;
  memset(&as, 0, sizeof(as));
  uint32_t entry;
  int err = elf_parse(file, &as, &entry);
  if (err != 0) return err;
  struct proc *p = proc_alloc(basename(path));
  if (p == NULL) return -EAGAIN;
  p->as = as;
  p->as.root = uvm_create();
  uint32_t sp = p->as.root != NULL ? build_stack(p->as.root, argv, argc) : 0;
  if (sp == 0) {
    proc_free_embryo(p);
    return -ENOMEM;
  }
  p->tf.epc = entry;
  p->tf.x[REG_SP] = sp;
  p->parent = parent;
  proc_make_ready(p);
  return p->pid;
}
