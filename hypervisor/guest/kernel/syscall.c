/* syscall.c - the system call table: number (../include/syscalls.h, generated from
 * vm/os/syscalls.ts) -> handler. ABI (Linux riscv32): a7 = number, a0..a5 = arguments, result
 * in a0, >= 0 on success or -errno. An unknown number gives -ENOSYS. */
#include "syscall.h"

struct syscall_entry {
  uint32_t number;
  const char *name;
  syscall_fn handler;
};

static const struct syscall_entry syscall_table[] = {
    {SYS_openat, "openat", sys_openat},
    {SYS_close, "close", sys_close},
    {SYS_read, "read", sys_read},
    {SYS_write, "write", sys_write},
    {SYS_exit, "exit", sys_exit},
    {SYS_exit_group, "exit_group", sys_exit},
    {SYS_sched_yield, "sched_yield", sys_sched_yield},
    {SYS_getpid, "getpid", sys_getpid},
    {SYS_brk, "brk", sys_brk},
    {SYS_munmap, "munmap", sys_munmap},
    {SYS_mmap, "mmap2", sys_mmap},
    {SYS_wait4, "wait4", sys_wait4},
    {SYS_clock_gettime, "clock_gettime64", sys_clock_gettime},
    {SYS_clock_nanosleep, "clock_nanosleep_time64", sys_clock_nanosleep},
    {SYS_spawn, "spawn", sys_spawn},
};

/* Called by user_trap for an ecall from U-mode; the result goes to the caller's a0. */
void syscall_dispatch(struct proc *p) {
  uint32_t number = p->tf.x[REG_A7];
  const uint32_t *a = &p->tf.x[REG_A0];
  for (uint32_t i = 0; i < ARRAY_SIZE(syscall_table); i++) {
    if (syscall_table[i].number == number) {
      p->tf.x[REG_A0] = (uint32_t)syscall_table[i].handler(p, a);
      return;
    }
  }
  p->tf.x[REG_A0] = (uint32_t)-ENOSYS;
}
