/* ulib.c - raw syscalls (Linux riscv32 ABI: a7 = number, a0..a5, result in a0) and output. */
#include "ulib.h"

int32_t syscall6(uint32_t n, uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5) {
  register uint32_t r0 __asm__("a0") = a0;
  register uint32_t r1 __asm__("a1") = a1;
  register uint32_t r2 __asm__("a2") = a2;
  register uint32_t r3 __asm__("a3") = a3;
  register uint32_t r4 __asm__("a4") = a4;
  register uint32_t r5 __asm__("a5") = a5;
  register uint32_t r7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r7) : "memory");
  return (int32_t)r0;
}

void exit(int code) {
  SC(SYS_exit, code, 0, 0, 0);
  for (;;) {
  }
}

int32_t write(int fd, const void *buf, uint32_t n) { return SC(SYS_write, fd, buf, n, 0); }
int32_t spawn(const char *path, char *const argv[]) { return SC(SYS_spawn, path, argv, 0, 0); }
int32_t waitpid(int32_t pid, int *status, int options) { return SC(SYS_wait4, pid, status, options, 0); }

int64_t now_ns(void) {
  struct timespec64 ts;
  SC(SYS_clock_gettime, CLOCK_MONOTONIC, &ts, 0, 0);
  return ts.sec * 1000000000LL + ts.nsec;
}

void sleep_ms(uint32_t ms) {
  struct timespec64 ts = {ms / 1000, (int64_t)(ms % 1000) * 1000000};
  SC(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, 0);
}

uint32_t strlen(const char *s) {
  uint32_t n = 0;
  while (s[n]) n++;
  return n;
}

int streq(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

void puts_(const char *s) { write(1, s, strlen(s)); }

void put_int(int32_t v) {
  char buf[12];
  int n = 0;
  uint32_t u = v < 0 ? 0u - (uint32_t)v : (uint32_t)v;
  do {
    buf[11 - n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) buf[11 - n++] = '-';
  write(1, buf + 12 - n, n);
}

void put_hex(uint32_t v) {
  char buf[10] = {'0', 'x'};
  for (int i = 0; i < 8; i++) buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
  write(1, buf, 10);
}

/* One write per line: a single write is atomic in the kernel, so lines of concurrently running
 * processes never interleave. */
void report(const char *name, int32_t value) {
  char line[80];
  uint32_t n = 0;
  for (; name[n] && n < 60; n++) line[n] = name[n];
  line[n++] = '=';
  char digits[12];
  int d = 0;
  uint32_t u = value < 0 ? 0u - (uint32_t)value : (uint32_t)value;
  do {
    digits[d++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (value < 0) line[n++] = '-';
  while (d > 0) line[n++] = digits[--d];
  line[n++] = '\n';
  write(1, line, n);
}
