/* hog.c - as init: runs "hog eat" three times; each child touches fresh anonymous memory until
 * the kernel kills it for running out of memory, printing one '#' per 4 MiB touched. The three
 * counts must match: a killed process's memory comes back. */
#include "ulib.h"

#define CHUNK (4u << 20)

static void eat(void) {
  for (;;) {
    volatile char *m = (volatile char *)mmap(0, CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, 0, 0);
    if ((int32_t)m < 0) {
      printf("mmap_failed=%ld\n", (long)m);
      return;
    }
    for (uint32_t off = 0; off < CHUNK; off += 4096) m[off] = 1;
    write(STDOUT, "#", 1);
  }
}

int main(int argc, char **argv) {
  (void)argv;
  if (argc > 1) {
    eat();
    return 0;
  }
  for (int round = 0; round < 3; round++) {
    char *args[] = {"hog", "eat", 0};
    int status = -1;
    wait4(spawn("/hog", args), &status, 0, 0);
    printf("\n");
    printf("hog_status=%d\n", status);
  }
  printf("hog done\n");
  return 0;
}
