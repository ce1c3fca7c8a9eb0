/* syscall-errors - attacks on the syscall layer, in the spirit of xv6's usertests: ridiculous
 * pointers (-EFAULT), unknown numbers (-ENOSYS), bad fds (-EBADF), missing files (-ENOENT) and
 * bad arguments (-EINVAL). One line per check; exits 0 only if every result is the expected
 * -errno. The kernel must stay up and keep serving the program after each one. */
#include "ulib.h"

#define UNMAPPED_LOW ((void *)0x4)              /* below the 0x10000 program start */
#define KERNEL_ADDR ((void *)0x80000000)        /* supervisor-only mapping */
#define ACROSS_TOP ((void *)0x7ffffff0)         /* above the stack, runs into kernel space */

static int failures;

static void check(const char *what, long got, long want)
{
    printf("syscall-errors: %-42s = %ld (want %ld) %s\n", what, got, want, got == want ? "ok" : "WRONG");
    if (got != want) failures++;
}

static void check_bad_pointers(void)
{
    static const char text[] = "never printed\n";
    char *argv[] = { "hello", 0 };
    check("write(1, 0x4, 5)", write(STDOUT, UNMAPPED_LOW, 5), -EFAULT);
    check("write(1, 0x80000000, 5)", write(STDOUT, KERNEL_ADDR, 5), -EFAULT);
    check("write(1, 0x7ffffff0, 32)", write(STDOUT, ACROSS_TOP, 32), -EFAULT);
    check("write(1, text, 0x80000000)", write(STDOUT, text, 0x80000000u), -EFAULT);
    check("openat(AT_FDCWD, 0x4, 0, 0)", openat(AT_FDCWD, UNMAPPED_LOW, O_RDONLY, 0), -EFAULT);
    check("clock_gettime(MONOTONIC, 0x80000000)", clock_gettime(CLOCK_MONOTONIC, KERNEL_ADDR), -EFAULT);
    check("clock_nanosleep(MONOTONIC, 0, 0x4, 0)", clock_nanosleep(CLOCK_MONOTONIC, 0, UNMAPPED_LOW, 0), -EFAULT);
    check("spawn(0x4, argv)", spawn(UNMAPPED_LOW, argv), -EFAULT);
    check("spawn(\"/hello\", 0x80000000)", spawn("/hello", KERNEL_ADDR), -EFAULT);
}

static void check_file_pointers(void)
{
    long fd = open("/hello", O_RDONLY);
    check("open(\"/hello\") >= 3", fd >= 3 ? 3 : fd, 3);
    if (fd < 0) return;
    check("read(fd, 0x80000000, 16)", read((int)fd, KERNEL_ADDR, 16), -EFAULT);
    char magic[4] = { 0, 0, 0, 0 };
    long n = read((int)fd, magic, 4);
    check("read(fd, buf, 4) is the ELF magic", n == 4 && memcmp(magic, "\177ELF", 4) == 0 ? 4 : -1, 4);
    check("close(fd)", close((int)fd), 0);
    check("close(fd) again", close((int)fd), -EBADF);
}

static void check_numbers_and_fds(void)
{
    struct timespec64 ts;
    char buf[1] = { 'x' };
    char *argv[] = { "missing", 0 };
    check("syscall 9999", syscall0(9999), -ENOSYS);
    check("syscall 2001 (after spawn)", syscall0(2001), -ENOSYS);
    check("syscall 220 (clone: no fork here)", syscall0(220), -ENOSYS);
    check("syscall -1", syscall0(-1), -ENOSYS);
    check("write(99, buf, 1)", write(99, buf, 1), -EBADF);
    check("read(-1, buf, 1)", read(-1, buf, 1), -EBADF);
    check("close(42)", close(42), -EBADF);
    check("open(\"/nonexistent\")", open("/nonexistent", O_RDONLY), -ENOENT);
    check("spawn(\"/nonexistent\", argv)", spawn("/nonexistent", argv), -ENOENT);
    check("clock_gettime(99, &ts)", clock_gettime(99, &ts), -EINVAL);
    check("munmap(0x10001, 4096)", munmap((void *)0x10001, PAGE_SIZE), -EINVAL);
    check("mmap(0, 0, RW, PRIVATE|ANON, -1, 0)",
          mmap(0, 0, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), -EINVAL);
    check("wait4(-1, &status, 0, 0) without children", wait4(-1, 0, 0, 0), -ECHILD);
}

int main(void)
{
    check_bad_pointers();
    check_file_pointers();
    check_numbers_and_fds();
    printf("syscall-errors: %d wrong\n", failures);
    return failures == 0 ? 0 : 1;
}
