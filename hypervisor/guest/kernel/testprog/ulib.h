/* ulib.h - the tiny library of the kernel's own test programs (kernel/testprog/): raw syscalls
 * and a few output helpers. The real user programs and their libc live in ../../user/. */
#ifndef ULIB_H
#define ULIB_H

#include "syscalls.h"

typedef unsigned int uint32_t;
typedef int int32_t;
typedef long long int64_t;

struct timespec64 {
  int64_t sec;
  int64_t nsec;
};

int32_t syscall6(uint32_t n, uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5);
#define SC(n, a, b, c, d) syscall6((n), (uint32_t)(a), (uint32_t)(b), (uint32_t)(c), (uint32_t)(d), 0, 0)

void exit(int code) __attribute__((noreturn));
int32_t write(int fd, const void *buf, uint32_t n);
int32_t spawn(const char *path, char *const argv[]);
int32_t waitpid(int32_t pid, int *status, int options);
int64_t now_ns(void);
void sleep_ms(uint32_t ms);
uint32_t strlen(const char *s);
int streq(const char *a, const char *b);
void puts_(const char *s);                  /* no newline */
void put_int(int32_t v);
void put_hex(uint32_t v);
void report(const char *name, int32_t value); /* "name=value\n" */

#endif
