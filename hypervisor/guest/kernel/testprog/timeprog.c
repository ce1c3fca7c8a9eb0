/* timeprog.c - clock_gettime64 moves forward and clock_nanosleep blocks at least as long as asked. */
#include "ulib.h"

/* rdtime from U-mode (the kernel sets scounteren.TM); low word only: enough to see it move. */
static uint32_t rdtime(void) {
  uint32_t t;
  __asm__ volatile("rdtime %0" : "=r"(t));
  return t;
}

int main(void) {
  uint32_t r0 = rdtime();
  int64_t t0 = now_ns();
  sleep_ms(30);
  int64_t t1 = now_ns();
  report("slept_at_least_30ms", t1 - t0 >= 30000000LL);
  report("slept_less_than_1s", t1 - t0 < 1000000000LL);
  report("rdtime_moved_30ms", rdtime() - r0 >= 300000u);
  struct timespec64 bad = {0, 1000000000LL};
  report("nanosleep_bad_nsec", SC(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &bad, 0));
  report("nanosleep_bad_clock", SC(SYS_clock_nanosleep, 5, 0, &bad, 0));
  report("gettime_bad_clock", SC(SYS_clock_gettime, 7, &bad, 0, 0));
  report("gettime_null", SC(SYS_clock_gettime, CLOCK_REALTIME, 0, 0, 0));
  struct timespec64 abs;
  SC(SYS_clock_gettime, CLOCK_MONOTONIC, &abs, 0, 0);
  abs.nsec += 5000000;
  if (abs.nsec >= 1000000000) abs.sec++, abs.nsec -= 1000000000;
  report("nanosleep_abstime", SC(SYS_clock_nanosleep, CLOCK_MONOTONIC, 1, &abs, 0));
  report("after_abstime", now_ns() >= abs.sec * 1000000000LL + abs.nsec);
  return 0;
}
