/* crash.c - faults in the way argv[1] says; the kernel must kill only this process and tell the
 * parent through wait4 (see faults.c). */
#include "ulib.h"

#define MAP_FLAGS (MAP_PRIVATE | MAP_ANONYMOUS)

static volatile uint32_t sink;

static int recurse(int depth) {
  volatile char pad[512];
  pad[0] = (char)depth;
  if (depth < 0) return 0; /* never: the stack runs out first */
  return recurse(depth + 1) + pad[0];
}

static void jump_to(uint32_t target) { ((void (*)(void))target)(); }

static int is(const char *a, const char *b) { return strcmp(a, b) == 0; }

__attribute__((noinline)) void crash(const char *how);
__attribute__((noinline)) void crash(const char *how) {
  if (is(how, "null")) sink = *(volatile uint32_t *)0;
  if (is(how, "kernel")) sink = *(volatile uint32_t *)0x80000000u;
  if (is(how, "device")) sink = *(volatile uint32_t *)0x10000000u;
  if (is(how, "store-text")) *(volatile uint32_t *)(uint32_t)&crash = 0;
  if (is(how, "illegal")) __asm__ volatile(".word 0");
  if (is(how, "csr")) __asm__ volatile("csrr t0, sstatus" ::: "t0");
  if (is(how, "ebreak")) __asm__ volatile("ebreak");
  if (is(how, "misaligned-amo")) {
    uint32_t word[2] = {0, 0};
    __asm__ volatile("amoadd.w zero, %1, (%0)" ::"r"((uint32_t)word + 2), "r"(1) : "memory");
  }
  if (is(how, "wild-jump")) jump_to(0x40000000u);
  if (is(how, "exec-stack")) {
    uint32_t insn = 0x00008067; /* ret */
    jump_to((uint32_t)&insn);
  }
  if (is(how, "stack-overflow")) sink = (uint32_t)recurse(0);
  if (is(how, "munmapped")) {
    volatile uint32_t *m = (volatile uint32_t *)mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_FLAGS, 0, 0);
    m[0] = 1;
    munmap((void *)m, 4096);
    sink = m[0];
  }
  if (is(how, "prot-none")) {
    volatile uint32_t *m = (volatile uint32_t *)mmap(0, 4096, PROT_NONE, MAP_FLAGS, 0, 0);
    sink = m[0];
  }
}

int main(int argc, char **argv) {
  if (argc < 2) return 100;
  crash(argv[1]);
  printf("crash: survived %s\n", argv[1]);
  return 3;
}
