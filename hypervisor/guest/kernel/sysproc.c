/* sysproc.c - process and time calls: exit, getpid, sched_yield, wait4, spawn, clock_gettime64,
 * clock_nanosleep_time64. */
#include "syscall.h"

#define MAX_ARGS 32
#define PATH_MAX_LEN 64
#define NSEC_PER_TICK (1000000000u / TICKS_PER_SEC) /* 100 ns */
#define TIMER_ABSTIME 1
#define MAX_SLEEP_SEC 0x7fffffffull /* keeps sec * TICKS_PER_SEC far from 64-bit overflow */

/* struct __kernel_timespec on riscv32 (64-bit time) */
struct timespec64 {
  int64_t sec;
  int64_t nsec;
};

/* exit(code) and exit_group(code): wait4 status (code & 0xff) << 8. */
int32_t sys_exit(struct proc *p, const uint32_t *arg) {
  (void)p;
  proc_exit((int32_t)((arg[0] & 0xff) << 8));
}

int32_t sys_getpid(struct proc *p, const uint32_t *arg) {
  (void)arg;
  return p->pid;
}

int32_t sys_sched_yield(struct proc *p, const uint32_t *arg) {
  (void)p, (void)arg;
  yield();
  return 0;
}

/* wait4(pid, int *status, options, struct rusage *ru): ru must be NULL (no resource usage). */
int32_t sys_wait4(struct proc *p, const uint32_t *arg) {
  (void)p;
  if (arg[3] != 0) return -EINVAL;
  return proc_wait((int32_t)arg[0], arg[1], arg[2]);
}

/* Copies argv (a NULL-terminated array of user string pointers) into `strings` (one page),
 * setting argv_out[i] to each copy. Returns argc or -errno. */
static int32_t copy_argv(struct proc *p, uint32_t argv, char *strings, char **argv_out) {
  uint32_t used = 0;
  for (uint32_t argc = 0; argc <= MAX_ARGS; argc++) {
    uint32_t uptr;
    int err = copy_from_user(&p->as, &uptr, argv + 4 * argc, sizeof(uptr));
    if (err != 0) return err;
    if (uptr == 0) return (int32_t)argc;
    if (argc == MAX_ARGS) return -E2BIG;
    int len = copy_string_from_user(&p->as, strings + used, uptr, PGSIZE / 2 - used);
    if (len < 0) return len;
    argv_out[argc] = strings + used;
    used += (uint32_t)len + 1;
  }
  return -E2BIG;
}

/* spawn(path, argv): runs an RFFS program as a child; its pid or -errno. A NULL argv gives the
 * child argv = [path]. */
int32_t sys_spawn(struct proc *p, const uint32_t *arg) {
  char path[PATH_MAX_LEN];
  int len = copy_string_from_user(&p->as, path, arg[0], sizeof(path));
  if (len == -E2BIG) return -ENOENT;
  if (len < 0) return len;
  char *argv[MAX_ARGS];
  if (arg[1] == 0) {
    argv[0] = path;
    return spawn_program(p, path, argv, 1);
  }
  char *strings = kalloc();
  if (strings == NULL) return -ENOMEM;
  int32_t argc = copy_argv(p, arg[1], strings, argv);
  int32_t result = argc < 0 ? argc : spawn_program(p, path, argv, (uint32_t)argc);
  kfree(strings);
  return result;
}

static int valid_clock(uint32_t clockid) { return clockid == CLOCK_REALTIME || clockid == CLOCK_MONOTONIC; }

/* clock_gettime64(clockid, ts): both clocks count from boot (there is no wall clock). */
int32_t sys_clock_gettime(struct proc *p, const uint32_t *arg) {
  if (!valid_clock(arg[0])) return -EINVAL;
  uint64_t ticks = time_now();
  struct timespec64 ts = {(int64_t)(ticks / TICKS_PER_SEC), (int64_t)(ticks % TICKS_PER_SEC) * NSEC_PER_TICK};
  return copy_to_user(&p->as, arg[1], &ts, sizeof(ts));
}

/* A timespec as mtime ticks, rounded up so a sleep never ends early; -1 when invalid. */
static int64_t timespec_ticks(const struct timespec64 *ts) {
  if (ts->sec < 0 || ts->nsec < 0 || ts->nsec >= 1000000000) return -1;
  uint64_t sec = (uint64_t)ts->sec > MAX_SLEEP_SEC ? MAX_SLEEP_SEC : (uint64_t)ts->sec;
  return (int64_t)(sec * TICKS_PER_SEC + ((uint64_t)ts->nsec + NSEC_PER_TICK - 1) / NSEC_PER_TICK);
}

/* clock_nanosleep_time64(clockid, flags, request, remain): blocks this process only; flags may
 * be 0 (relative) or TIMER_ABSTIME. Nothing interrupts a sleep, so remain is never written. */
int32_t sys_clock_nanosleep(struct proc *p, const uint32_t *arg) {
  struct timespec64 ts;
  if (!valid_clock(arg[0]) || (arg[1] & ~(uint32_t)TIMER_ABSTIME) != 0) return -EINVAL;
  int err = copy_from_user(&p->as, &ts, arg[2], sizeof(ts));
  if (err != 0) return err;
  int64_t ticks = timespec_ticks(&ts);
  if (ticks < 0) return -EINVAL;
  uint64_t deadline = (arg[1] & TIMER_ABSTIME) ? (uint64_t)ticks : time_now() + (uint64_t)ticks;
  sleep_until(deadline);
  return 0;
}
