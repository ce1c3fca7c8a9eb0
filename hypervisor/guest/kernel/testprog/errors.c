/* errors.c - attacks on the syscall layer, as xv6's usertests do: ridiculous pointers, unknown
 * numbers, bad descriptors, bad files. Each result is printed as name=value for the test to check
 * against the errno the kernel must return; none of them may hurt the kernel. */
#include "ulib.h"

static char buf[64];

/* "name=value\n" in one write (printf), so lines of concurrent processes never interleave. */
static void report(const char *name, long value) { printf("%s=%ld\n", name, value); }

static void file_calls(void) {
  report("open_missing", open("/nope", O_RDONLY));
  report("open_for_write", open("/motd", O_WRONLY));
  report("open_creat", open("newfile", O_RDONLY | O_CREAT));
  report("open_null_path", open(0, O_RDONLY));
  report("open_kernel_path", open((const char *)0x80000000u, O_RDONLY));
  long fd = open("/motd", O_RDONLY);
  report("open_motd", fd);
  report("read_into_text", read(fd, (void *)(uintptr_t)&file_calls, 8));
  long n = read(fd, buf, sizeof(buf) - 1);
  report("read_motd", n);
  if (n > 0) write(1, buf, n);
  report("read_at_eof", read(fd, buf, sizeof(buf)));
  report("write_to_file", write(fd, buf, 1));
  report("close", close(fd));
  report("close_again", close(fd));
  report("read_bad_fd", read(99, buf, 1));
  report("write_negative_fd", write(-1, buf, 1));
}

static void pointer_calls(void) {
  report("write_null", write(1, 0, 5));
  report("write_kernel", write(1, (void *)0x80000000u, 4));
  report("write_device_window", write(1, (void *)0xF0800000u, 4));
  report("write_past_user_top", write(1, (void *)0x7ffffff0u, 0x100));
  report("write_wrapping", write(1, buf, 0xfffffff0u));
  report("write_zero", write(1, buf, 0));
  report("gettime_into_kernel", clock_gettime(CLOCK_MONOTONIC, (struct timespec64 *)0x80001000u));
  report("gettime_into_text", clock_gettime(CLOCK_MONOTONIC, (struct timespec64 *)(uintptr_t)&pointer_calls));
  report("wait_status_into_kernel", wait4(-1, (int *)0x80000000u, 0, 0));
}

/* argv and path sizes past the kernel's limits (32 args, 2 KiB of strings, 63-byte paths). */
static void size_calls(void) {
  static char long_text[3000];
  for (uint32_t i = 0; i < sizeof(long_text) - 1; i++) long_text[i] = 'x';
  char *many[40];
  for (int i = 0; i < 39; i++) many[i] = "a";
  many[39] = 0;
  char *long_arg[] = {"hello", long_text, 0};
  report("spawn_40_args", spawn("hello", many));
  report("spawn_3000_byte_arg", spawn("hello", long_arg));
  report("spawn_long_path", spawn(long_text, 0));
  report("open_long_path", open(long_text, O_RDONLY));
}

static void process_calls(void) {
  char *argv_bad[] = {"hello", (char *)0x80000000u, 0};
  report("unknown_syscall", syscall0(999));
  report("unknown_syscall_big", syscall0(0xffffffffu));
  report("spawn_missing", spawn("/nope", 0));
  report("spawn_data_file", spawn("/motd", 0));
  report("spawn_not_elf", spawn("/notelf", 0));
  report("spawn_null_path", spawn(0, 0));
  report("spawn_bad_argv", spawn("hello", (char *const *)0x80000000u));
  report("spawn_bad_argv_string", spawn("hello", argv_bad));
  long child = spawn("hello", 0);
  int status = -1;
  report("wait_status_into_kernel_child", wait4(child, (int *)0x80000000u, 0, 0));
  report("wait_again_reaps", wait4(child, &status, 0, 0) == child && status == 0);
  report("wait_no_children", wait4(-1, 0, 0, 0));
  report("wait_bad_options", wait4(-1, 0, 0x40, 0));
  report("wait_rusage", wait4(-1, 0, 0, buf));
  report("getpid", getpid());
  report("yield", sched_yield());
}

int main(void) {
  file_calls();
  pointer_calls();
  process_calls();
  size_calls();
  printf("errors done\n");
  return 0;
}
