/* mutants.c - (run as init) spawns /m0, /m1, ... until one is missing: hostile ELF files built by
 * the test. Prints "mN=<spawn result>" and, for children that start, waits up to 50 ms for them
 * (a mutant may loop forever; it is then left running, preempted like any other process). */
#include "ulib.h"

static void name_of(char *buf, int i) {
  buf[0] = '/';
  buf[1] = 'm';
  int n = 2;
  if (i >= 10) buf[n++] = (char)('0' + i / 10);
  buf[n++] = (char)('0' + i % 10);
  buf[n] = 0;
}

int main(void) {
  for (int i = 0; i < 100; i++) {
    char path[8];
    name_of(path, i);
    long pid = spawn(path, 0);
    if (pid == -ENOENT) break;
    printf("%s=%ld\n", path + 1, pid < 0 ? pid : 1);
    for (int waited = 0; pid > 0 && waited < 50; waited++) {
      if (wait4(pid, 0, WNOHANG, 0) == pid) break;
      nanosleep_ns(1000000);
    }
  }
  printf("mutants done\n");
  return 0;
}
