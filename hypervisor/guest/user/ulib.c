/*
 * ulib.c - syscall wrappers, the brk heap and checksums of the user runtime (ulib.h).
 * Each wrapper is the raw call: the kernel's result comes back unchanged (-errno on failure).
 */
#include "ulib.h"

long write(int fd, const void *buf, size_t count) { return syscall3(SYS_write, fd, buf, count); }
long read(int fd, void *buf, size_t count) { return syscall3(SYS_read, fd, buf, count); }
long openat(int dirfd, const char *path, int flags, int mode)
{
    return syscall6(SYS_openat, dirfd, (long)path, flags, mode, 0, 0);
}
long open(const char *path, int flags) { return openat(AT_FDCWD, path, flags, 0); }
long close(int fd) { return syscall1(SYS_close, fd); }
long getpid(void) { return syscall0(SYS_getpid); }
long sched_yield(void) { return syscall0(SYS_sched_yield); }
long brk(void *addr) { return syscall1(SYS_brk, addr); }
long munmap(void *addr, size_t length) { return syscall2(SYS_munmap, addr, length); }
long spawn(const char *path, char *const argv[]) { return syscall2(SYS_spawn, path, argv); }
long clock_gettime(int clockid, struct timespec64 *ts) { return syscall2(SYS_clock_gettime, clockid, ts); }

/* SYS_mmap is mmap2 on riscv32: the offset is in pages */
long mmap(void *addr, size_t length, int prot, int flags, int fd, long pgoffset)
{
    return syscall6(SYS_mmap, (long)addr, (long)length, prot, flags, fd, pgoffset);
}

long clock_nanosleep(int clockid, int flags, const struct timespec64 *req, struct timespec64 *rem)
{
    return syscall6(SYS_clock_nanosleep, clockid, flags, (long)req, (long)rem, 0, 0);
}

long nanosleep_ns(int64_t ns)
{
    struct timespec64 req = { ns / 1000000000, ns % 1000000000 };
    return clock_nanosleep(CLOCK_MONOTONIC, 0, &req, 0);
}

long wait4(long pid, int *status, int options, void *rusage)
{
    return syscall6(SYS_wait4, pid, (long)status, options, (long)rusage, 0, 0);
}

void exit(int status)
{
    syscall1(SYS_exit_group, status);
    for (;;) {
    }
}

/* ---- heap ---- */

static uintptr_t heap_break;    /* current program break, 0 until first asked */
static uintptr_t last_block;    /* start of the most recent malloc block, for free() */

/* Moves the break by `increment`; returns the old break or (void *)-1 as Linux's sbrk. */
void *sbrk(long increment)
{
    if (heap_break == 0) heap_break = (uintptr_t)brk(0);
    uintptr_t old = heap_break;
    uintptr_t want = old + (uintptr_t)increment;
    if ((uintptr_t)brk((void *)want) != want) return (void *)-1;
    heap_break = want;
    return (void *)old;
}

void *malloc(size_t size)
{
    size_t rounded = (size + 7) & ~(size_t)7;
    if (rounded < size) return 0;
    void *p = sbrk((long)rounded);
    if (p == (void *)-1) return 0;
    last_block = (uintptr_t)p;
    return p;
}

void free(void *p)
{
    if (p != 0 && (uintptr_t)p == last_block) {
        sbrk(-(long)(heap_break - last_block));
        last_block = 0;
    }
}

/* ---- checksums ---- */

uint32_t fnv1a_word(uint32_t hash, uint32_t word)
{
    for (int i = 0; i < 4; i++) {
        hash ^= (word >> (8 * i)) & 0xff;
        hash *= 16777619u;
    }
    return hash;
}

uint32_t fnv1a(const void *data, size_t n)
{
    const uint8_t *p = data;
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        hash ^= p[i];
        hash *= 16777619u;
    }
    return hash;
}

/* Marsaglia's xorshift32 (13, 17, 5); the state must not be 0 */
uint32_t xorshift32(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}
