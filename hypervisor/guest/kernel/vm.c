/* vm.c - Sv32 page tables (priv spec 4.3; the PTE layout is drawn in riscv.h).
 *
 * Every address space (the kernel's own and each process's) shares the kernel half: root entries
 * for VA >= 0x80000000 map RAM 1:1 as supervisor-only 4 MiB megapages, and three megapages at
 * 0xF0000000.. are the device windows (memlayout.h). These are leaves in the root, so a process
 * root is a copy of the kernel's upper half and nothing is shared below it. User pages are 4 KiB
 * leaves with U set, mapped on demand (mm.c). A and D are set up front: the kernel never needs
 * to know, and hardware without A/D updating would otherwise fault. */
#include "kernel.h"

#define ENTRIES 1024
#define KERNEL_FIRST_ENTRY (RAM_BASE >> 22) /* root index of VA 0x80000000 */

static pte_t kernel_root[ENTRIES] __attribute__((aligned(4096)));

static void map_megapage(uint32_t va, uint32_t pa, uint32_t perm) {
  kernel_root[VPN1(va)] = PA2PTE(pa) | perm | PTE_V | PTE_A | PTE_D | PTE_G;
}

/* Builds the kernel page table and turns paging on. Called once by kmain before any device
 * access through a window. */
void vm_init(void) {
  for (uint32_t pa = RAM_BASE; pa < RAM_END; pa += MEGAPAGE) map_megapage(pa, pa, PTE_RWX);
  map_megapage(DEVWIN_LOW_VA, 0, PTE_R | PTE_W);
  map_megapage(DEVWIN_CLINT_VA, CLINT_PA, PTE_R | PTE_W);
  map_megapage(DEVWIN_UART_VA, UART_PA, PTE_R | PTE_W);
  map_megapage(DEVWIN_PLIC_VA, PLIC_PA, PTE_R | PTE_W);
  vm_switch(kernel_root);
}

/* The root satp points at. */
static pte_t *active_root;

/* Makes `root` the active address space. Switching to the one already active does nothing: with
 * no ASIDs a switch must flush the whole TLB (priv spec 4.2.1), and the scheduler resumes the
 * same process after most timer ticks. */
void vm_switch(pte_t *root) {
  if (root == active_root) return;
  sfence_vma();
  csr_write(satp, MAKE_SATP(root));
  sfence_vma();
  active_root = root;
}

/* A new process root: the kernel half copied, the user half empty. NULL when out of memory. */
pte_t *uvm_create(void) {
  pte_t *root = kalloc();
  if (root == NULL) return NULL;
  for (uint32_t i = KERNEL_FIRST_ENTRY; i < ENTRIES; i++) root[i] = kernel_root[i];
  return root;
}

/* The level-0 table covering `va`, allocated when `alloc` and missing; NULL otherwise. */
static pte_t *leaf_table(pte_t *root, uint32_t va, int alloc) {
  pte_t *entry = &root[VPN1(va)];
  if (*entry & PTE_V) return (pte_t *)PTE2PA(*entry);
  if (!alloc) return NULL;
  pte_t *table = kalloc();
  if (table == NULL) return NULL;
  *entry = PA2PTE(table) | PTE_V; /* non-leaf: R = W = X = 0 */
  return table;
}

/* The leaf PTE for a user VA, or NULL when its level-0 table does not exist. */
pte_t *uvm_lookup(pte_t *root, uint32_t va) {
  if (va >= USER_TOP) return NULL;
  pte_t *table = leaf_table(root, va, 0);
  return table == NULL ? NULL : &table[VPN0(va)];
}

/* Maps one user page. 0 on success, -1 when out of memory for the table. The fence is needed
 * even though the entry was invalid: a hart may cache invalid translations (priv spec 4.2.1). */
int uvm_map_page(pte_t *root, uint32_t va, uint32_t pa, uint32_t perm) {
  if (va >= USER_TOP) panic("uvm_map_page: va %p outside user space", va);
  pte_t *table = leaf_table(root, va, 1);
  if (table == NULL) return -1;
  table[VPN0(va)] = PA2PTE(pa) | perm | PTE_U | PTE_V | PTE_A | PTE_D;
  sfence_vma_page(va);
  return 0;
}

/* Unmaps and frees the user pages in [start, end) (page aligned), then flushes the TLB. */
void uvm_unmap_range(pte_t *root, uint32_t start, uint32_t end) {
  for (uint32_t va = start; va < end && va >= start; va += PGSIZE) {
    pte_t *pte = uvm_lookup(root, va);
    if (pte != NULL && (*pte & PTE_V)) {
      kfree((void *)PTE2PA(*pte));
      *pte = 0;
    }
  }
  sfence_vma();
}

/* Frees every user page and level-0 table; the root (and the kernel half) stays. */
void uvm_free_user(pte_t *root) {
  for (uint32_t i = 0; i < KERNEL_FIRST_ENTRY; i++) {
    if ((root[i] & PTE_V) == 0) continue;
    pte_t *table = (pte_t *)PTE2PA(root[i]);
    for (uint32_t j = 0; j < ENTRIES; j++) {
      if (table[j] & PTE_V) kfree((void *)PTE2PA(table[j]));
    }
    kfree(table);
    root[i] = 0;
  }
  sfence_vma();
}

void uvm_destroy(pte_t *root) {
  uvm_free_user(root);
  kfree(root);
}
