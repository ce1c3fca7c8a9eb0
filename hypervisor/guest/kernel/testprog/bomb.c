/* bomb.c - as init: spawns sleeping children until the process table is full (-EAGAIN), reaps
 * them all (their sleeps must overlap), and checks that spawning works again afterwards. */
#include "ulib.h"

static int64_t now_ns(void) {
  struct timespec64 ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void report(const char *name, long value) { printf("%s=%ld\n", name, value); }

int main(int argc, char **argv) {
  (void)argv;
  if (argc > 1) {
    nanosleep_ns(20 * 1000000LL);
    return 5;
  }
  char *args[] = {"bomb", "sleep", 0};
  int64_t start = now_ns();
  long spawned = 0, last = 0;
  while ((last = spawn("/bomb", args)) > 0) spawned++;
  report("spawned", spawned);
  report("refused_with", last);
  long reaped = 0;
  int status = 0, all_five = 1;
  while (wait4(-1, &status, 0, 0) > 0) {
    reaped++;
    all_five &= status == (5 << 8);
  }
  report("reaped", reaped);
  /* 15 sleeps of 20 ms one after another would take 300 ms: they must overlap */
  report("sleeps_overlapped", now_ns() - start < 250000000LL);
  report("all_exited_5", all_five);
  long again = spawn("/bomb", args);
  report("spawn_after", again > 0);
  report("wait_after", wait4(again, &status, 0, 0) == again && status == (5 << 8));
  return 0;
}
