/*
 * ulib.h - the tiny C runtime of Ringfence user programs: raw syscall wrappers (each returns
 * what the kernel returns: >= 0 on success, -errno on failure; no errno variable), a
 * printf-lite that writes each call's output with one write(2), string helpers, and a bump
 * malloc over brk. Syscall numbers come from the generated syscalls.h (vm/os/syscalls.ts).
 */
#ifndef RINGFENCE_ULIB_H
#define RINGFENCE_ULIB_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "syscalls.h"

#define PAGE_SIZE 4096u
#define STDIN 0
#define STDOUT 1
#define STDERR 2

/* Linux struct __kernel_timespec (64-bit time even on riscv32) */
struct timespec64 {
    int64_t tv_sec;
    int64_t tv_nsec;
};

/* wait4 status decoding, as Linux <sys/wait.h> */
#define WIFEXITED(s)   (((s) & 0x7f) == 0)
#define WEXITSTATUS(s) (((s) >> 8) & 0xff)
#define WTERMSIG(s)    ((s) & 0x7f)

/* ---- raw syscalls: a7 = number, a0..a5 = arguments, result in a0 (Linux riscv ABI) ---- */

static inline long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a3 __asm__("a3") = d;
    register long a4 __asm__("a4") = e;
    register long a5 __asm__("a5") = f;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5), "r"(a7) : "memory");
    return a0;
}

#define syscall0(n)          syscall6((n), 0, 0, 0, 0, 0, 0)
#define syscall1(n, a)       syscall6((n), (long)(a), 0, 0, 0, 0, 0)
#define syscall2(n, a, b)    syscall6((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define syscall3(n, a, b, c) syscall6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)

long write(int fd, const void *buf, size_t count);
long read(int fd, void *buf, size_t count);
long openat(int dirfd, const char *path, int flags, int mode);
long open(const char *path, int flags);
long close(int fd);
void exit(int status) __attribute__((noreturn));
long getpid(void);
long sched_yield(void);
long brk(void *addr);
long mmap(void *addr, size_t length, int prot, int flags, int fd, long pgoffset);
long munmap(void *addr, size_t length);
long clock_gettime(int clockid, struct timespec64 *ts);
long clock_nanosleep(int clockid, int flags, const struct timespec64 *req, struct timespec64 *rem);
long nanosleep_ns(int64_t ns);
long spawn(const char *path, char *const argv[]);
long wait4(long pid, int *status, int options, void *rusage);

/* mmap results in [-4095, -1] are -errno (Linux IS_ERR_VALUE) */
static inline int mmap_failed(long r) { return r < 0 && r >= -4095; }

/* ---- formatted output: %d %i %u %x %X %p %c %s %%, flags '0' '-', width, 'l', 'll' ---- */

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *fmt, va_list ap);
int puts(const char *s);

/* ---- strings and memory ---- */

size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
const char *strchr(const char *s, int c);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
/* Decimal (or 0x hex) unsigned number; `fallback` when s is NULL, empty or not a number. */
unsigned long parse_ulong(const char *s, unsigned long fallback);

/* ---- heap: bump allocator over brk (free only releases the most recent block) ---- */

void *sbrk(long increment);
void *malloc(size_t size);
void free(void *p);

/* ---- checksums shared by programs ---- */

uint32_t fnv1a(const void *data, size_t n);
uint32_t fnv1a_word(uint32_t hash, uint32_t word);
uint32_t xorshift32(uint32_t *state);

#endif /* RINGFENCE_ULIB_H */
