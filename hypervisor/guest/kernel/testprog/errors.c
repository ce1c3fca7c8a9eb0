/* errors.c - attacks on the syscall layer, as xv6's usertests do: ridiculous pointers, unknown
 * numbers, bad descriptors, bad files. Each result is printed as name=value for the test to check
 * against the errno the kernel must return; none of them may hurt the kernel. */
#include "ulib.h"

static char buf[64];

static void file_calls(void) {
  report("open_missing", SC(SYS_openat, AT_FDCWD, "/nope", O_RDONLY, 0));
  report("open_for_write", SC(SYS_openat, AT_FDCWD, "/motd", O_WRONLY, 0));
  report("open_creat", SC(SYS_openat, AT_FDCWD, "newfile", O_RDONLY | O_CREAT, 0));
  report("open_null_path", SC(SYS_openat, AT_FDCWD, 0, O_RDONLY, 0));
  report("open_kernel_path", SC(SYS_openat, AT_FDCWD, 0x80000000u, O_RDONLY, 0));
  int32_t fd = SC(SYS_openat, AT_FDCWD, "/motd", O_RDONLY, 0);
  report("open_motd", fd);
  report("read_into_text", SC(SYS_read, fd, (uint32_t)&file_calls, 8, 0));
  int32_t n = SC(SYS_read, fd, buf, sizeof(buf) - 1, 0);
  report("read_motd", n);
  if (n > 0) write(1, buf, n);
  report("read_at_eof", SC(SYS_read, fd, buf, sizeof(buf), 0));
  report("write_to_file", SC(SYS_write, fd, buf, 1, 0));
  report("close", SC(SYS_close, fd, 0, 0, 0));
  report("close_again", SC(SYS_close, fd, 0, 0, 0));
  report("read_bad_fd", SC(SYS_read, 99, buf, 1, 0));
  report("write_negative_fd", SC(SYS_write, -1, buf, 1, 0));
}

static void pointer_calls(void) {
  report("write_null", write(1, 0, 5));
  report("write_kernel", write(1, (void *)0x80000000u, 4));
  report("write_device_window", write(1, (void *)0xF0800000u, 4));
  report("write_past_user_top", write(1, (void *)0x7ffffff0u, 0x100));
  report("write_wrapping", write(1, buf, 0xfffffff0u));
  report("write_zero", write(1, buf, 0));
  report("gettime_into_kernel", SC(SYS_clock_gettime, CLOCK_MONOTONIC, 0x80001000u, 0, 0));
  report("gettime_into_text", SC(SYS_clock_gettime, CLOCK_MONOTONIC, (uint32_t)&pointer_calls, 0, 0));
  report("wait_status_into_kernel", SC(SYS_wait4, -1, 0x80000000u, 0, 0));
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
  report("open_long_path", SC(SYS_openat, AT_FDCWD, long_text, O_RDONLY, 0));
}

static void process_calls(void) {
  char *argv_bad[] = {"hello", (char *)0x80000000u, 0};
  report("unknown_syscall", SC(999, 0, 0, 0, 0));
  report("unknown_syscall_big", SC(0xffffffffu, 0, 0, 0, 0));
  report("spawn_missing", spawn("/nope", 0));
  report("spawn_data_file", spawn("/motd", 0));
  report("spawn_not_elf", spawn("/notelf", 0));
  report("spawn_null_path", spawn(0, 0));
  report("spawn_bad_argv", spawn("hello", (char *const *)0x80000000u));
  report("spawn_bad_argv_string", spawn("hello", argv_bad));
  int32_t child = spawn("hello", 0), status = -1;
  report("wait_status_into_kernel_child", waitpid(child, (int *)0x80000000u, 0));
  report("wait_again_reaps", waitpid(child, &status, 0) == child && status == 0);
  report("wait_no_children", waitpid(-1, 0, 0));
  report("wait_bad_options", waitpid(-1, 0, 0x40));
  report("wait_rusage", SC(SYS_wait4, -1, 0, 0, buf));
  report("getpid", SC(SYS_getpid, 0, 0, 0, 0));
  report("yield", SC(SYS_sched_yield, 0, 0, 0, 0));
}

int main(void) {
  file_calls();
  pointer_calls();
  process_calls();
  size_calls();
  puts_("errors done\n");
  return 0;
}
