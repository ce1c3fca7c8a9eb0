/* crash.c - faults in the way argv[1] says; the kernel must kill only this process and tell the
 * parent through wait4 (see faults.c). */
#include "ulib.h"

static volatile uint32_t sink;

static int recurse(int depth) {
  volatile char pad[512];
  pad[0] = (char)depth;
  if (depth < 0) return 0; /* never: the stack runs out first */
  return recurse(depth + 1) + pad[0];
}

static void jump_to(uint32_t target) { ((void (*)(void))target)(); }

__attribute__((noinline)) void crash(const char *how);
__attribute__((noinline)) void crash(const char *how) {
  if (streq(how, "null")) sink = *(volatile uint32_t *)0;
  if (streq(how, "kernel")) sink = *(volatile uint32_t *)0x80000000u;
  if (streq(how, "device")) sink = *(volatile uint32_t *)0x10000000u;
  if (streq(how, "store-text")) *(volatile uint32_t *)(uint32_t)&crash = 0;
  if (streq(how, "illegal")) __asm__ volatile(".word 0");
  if (streq(how, "csr")) __asm__ volatile("csrr t0, sstatus" ::: "t0");
  if (streq(how, "ebreak")) __asm__ volatile("ebreak");
  if (streq(how, "misaligned-amo")) {
    uint32_t word[2] = {0, 0};
    __asm__ volatile("amoadd.w zero, %1, (%0)" ::"r"((uint32_t)word + 2), "r"(1) : "memory");
  }
  if (streq(how, "wild-jump")) jump_to(0x40000000u);
  if (streq(how, "exec-stack")) {
    uint32_t insn = 0x00008067; /* ret */
    jump_to((uint32_t)&insn);
  }
  if (streq(how, "stack-overflow")) sink = (uint32_t)recurse(0);
  if (streq(how, "munmapped")) {
    volatile uint32_t *m = (volatile uint32_t *)SC(SYS_mmap, 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
    m[0] = 1;
    SC(SYS_munmap, m, 4096, 0, 0);
    sink = m[0];
  }
  if (streq(how, "prot-none")) {
    volatile uint32_t *m = (volatile uint32_t *)SC(SYS_mmap, 0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS);
    sink = m[0];
  }
}

int main(int argc, char **argv) {
  if (argc < 2) return 100;
  crash(argv[1]);
  puts_("crash: survived ");
  puts_(argv[1]);
  puts_("\n");
  return 3;
}
