/* timeprog.c - clock_gettime64 moves forward and clock_nanosleep blocks at least as long as asked. */
#include "ulib.h"

/* rdtime from U-mode (the kernel sets scounteren.TM); low word only: enough to see it move. */
static uint32_t rdtime(void) {
  uint32_t t;
  __asm__ volatile("rdtime %0" : "=r"(t));
  return t;
}

static int64_t now_ns(void) {
  struct timespec64 ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void report(const char *name, long value) { printf("%s=%ld\n", name, value); }

int main(void) {
  uint32_t r0 = rdtime();
  int64_t t0 = now_ns();
  nanosleep_ns(30 * 1000000LL);
  int64_t t1 = now_ns();
  report("slept_at_least_30ms", t1 - t0 >= 30000000LL);
  report("slept_less_than_1s", t1 - t0 < 1000000000LL);
  report("rdtime_moved_30ms", rdtime() - r0 >= 300000u);
  struct timespec64 bad = {0, 1000000000LL};
  report("nanosleep_bad_nsec", clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, 0));
  report("nanosleep_bad_clock", clock_nanosleep(5, 0, &bad, 0));
  report("gettime_bad_clock", clock_gettime(7, &bad));
  report("gettime_null", clock_gettime(CLOCK_REALTIME, 0));
  struct timespec64 abs;
  clock_gettime(CLOCK_MONOTONIC, &abs);
  abs.tv_nsec += 5000000;
  if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
  report("nanosleep_abstime", clock_nanosleep(CLOCK_MONOTONIC, 1, &abs, 0));
  report("after_abstime", now_ns() >= abs.tv_sec * 1000000000LL + abs.tv_nsec);
  return 0;
}
