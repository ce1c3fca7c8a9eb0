/* memprog.c - brk and anonymous mmap/munmap, with pages arriving by demand paging. */
#include "ulib.h"

#define MAP_FLAGS (MAP_PRIVATE | MAP_ANONYMOUS)

static void report(const char *name, long value) { printf("%s=%ld\n", name, value); }

static int all_zero(const unsigned char *p, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    if (p[i] != 0) return 0;
  }
  return 1;
}

static void heap(void) {
  uint32_t b0 = (uint32_t)brk(0);
  report("brk_page_aligned_start", b0 % 4096 == 0);
  uint32_t b1 = (uint32_t)brk((void *)(b0 + 100000));
  report("brk_grow", b1 == b0 + 100000);
  unsigned char *h = (unsigned char *)b0;
  report("heap_zeroed", all_zero(h, 100000));
  for (uint32_t i = 0; i < 100000; i++) h[i] = (unsigned char)i;
  uint32_t sum = 0, want = 0;
  for (uint32_t i = 0; i < 100000; i++) sum += h[i], want += i & 0xff;
  report("heap_sum_ok", sum == want);
  report("brk_too_far", (uint32_t)brk((void *)0x70000000u) == b1);
  report("brk_below_start", (uint32_t)brk((void *)(b0 - 4096)) == b1);
  report("brk_shrink", (uint32_t)brk((void *)b0) == b0);
}

static void anonymous(void) {
  unsigned char *m = (unsigned char *)mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_FLAGS, 0, 0);
  report("mmap_ok", (int32_t)m > 0 && (uint32_t)m % 4096 == 0);
  report("mmap_zeroed", all_zero(m, 3 * 4096));
  for (uint32_t i = 0; i < 3 * 4096; i++) m[i] = 0x5a;
  report("munmap_middle", munmap(m + 4096, 4096));
  report("outer_pages_kept", m[0] == 0x5a && m[2 * 4096 + 4095] == 0x5a);
  report("munmap_unaligned", munmap(m + 1, 4096));
  report("mmap_shared", mmap(0, 4096, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, 0, 0));
  report("mmap_zero_len", mmap(0, 0, PROT_READ, MAP_FLAGS, 0, 0));
  report("mmap_huge", mmap(0, 0xf0000000u, PROT_READ, MAP_FLAGS, 0, 0));
  unsigned char *big = (unsigned char *)mmap(0, 64u << 20, PROT_READ | PROT_WRITE, MAP_FLAGS, 0, 0);
  report("mmap_64MiB", (int32_t)big > 0);
  big[0] = 1;
  big[(64u << 20) - 1] = 2;
  report("mmap_64MiB_touch_ends", big[0] + big[(64u << 20) - 1]);
  report("munmap_64MiB", munmap(big, 64u << 20));
}

int main(void) {
  heap();
  anonymous();
  printf("memprog done\n");
  return 0;
}
