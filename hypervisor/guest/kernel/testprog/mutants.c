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
    int32_t pid = spawn(path, 0);
    if (pid == -ENOENT) break;
    report(path + 1, pid < 0 ? pid : 1);
    for (int waited = 0; pid > 0 && waited < 50; waited++) {
      if (waitpid(pid, 0, WNOHANG) == pid) break;
      sleep_ms(1);
    }
  }
  puts_("mutants done\n");
  return 0;
}
