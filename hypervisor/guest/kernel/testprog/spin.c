/* spin.c - preemption. As init (no argument) it spawns two CPU-bound children "A" and "B" and
 * waits for both; each child prints its letter after every slice of pure computation and never
 * makes a blocking call, so the letters interleave only if the timer preempts them. */
#include "ulib.h"

#define ROUNDS 30
#define WORK 300000

static volatile uint32_t counter;

static void child(const char *letter) {
  for (int r = 0; r < ROUNDS; r++) {
    for (uint32_t i = 0; i < WORK; i++) counter += i;
    write(1, letter, 1);
  }
}

int main(int argc, char **argv) {
  if (argc > 1) {
    child(argv[1]);
    return 0;
  }
  char *a[] = {"spin", "A", 0};
  char *b[] = {"spin", "B", 0};
  long pa = spawn("/spin", a);
  long pb = spawn("/spin", b);
  int sa = -1, sb = -1;
  wait4(pa, &sa, 0, 0);
  wait4(pb, &sb, 0, 0);
  printf("\n");
  printf("status_a=%d\n", sa);
  printf("status_b=%d\n", sb);
  printf("spin done\n");
  return 0;
}
