/* proc.h - processes. Each has a slot in a fixed table, its own Sv32 address space, a kernel
 * stack inside its slot, a trap frame for its user registers and a context for swtch().
 *
 * Process states and their transitions (the only ones the kernel makes):
 *
 *   UNUSED --proc_alloc--> EMBRYO --spawn done--> READY --scheduler--> RUNNING
 *   RUNNING --timer tick / sched_yield--> READY
 *   RUNNING --wait4 / read(0) / clock_nanosleep--> BLOCKED --wake_all / deadline--> READY
 *   RUNNING --exit / killed by a fault--> ZOMBIE --reaped by the parent's wait4--> UNUSED
 *   EMBRYO --spawn fails--> UNUSED
 *
 * A ZOMBIE keeps only its slot and exit status; its user memory is freed at exit. */
#ifndef PROC_H
#define PROC_H

#include "kernel.h"
#include "mm.h"

#define NPROC 16
#define NOFILE 16
#define KSTACK_SIZE 8192
#define PROC_NAME_LEN 16

enum proc_state { UNUSED, EMBRYO, READY, RUNNING, BLOCKED, ZOMBIE };

/* User registers saved by trap_vector (trapvec.S relies on these offsets). */
struct trapframe {
  uint32_t x[32]; /* x[0] unused; x[2] = user sp; x[10] = a0 ... */
  uint32_t epc;   /* offset 128 */
  uint32_t kernel_sp; /* offset 132: top of this process's kernel stack */
};
enum { REG_RA = 1, REG_SP = 2, REG_A0 = 10, REG_A1, REG_A2, REG_A3, REG_A4, REG_A5, REG_A6, REG_A7 };

/* Callee-saved registers for swtch() (trapvec.S). */
struct context {
  uint32_t ra, sp, s[12];
};

enum fd_kind { FD_NONE, FD_CONSOLE, FD_FILE };
struct fd {
  enum fd_kind kind;
  const struct rffs_file *file;
  uint32_t offset;
};

struct proc {
  /* scheduling; changed only by proc.c */
  enum proc_state state;
  const void *wait_channel; /* BLOCKED: what it waits for */
  uint64_t wake_at;         /* BLOCKED in clock_nanosleep: mtime deadline */
  /* identity */
  int32_t pid;
  struct proc *parent;
  char name[PROC_NAME_LEN];
  int32_t exit_status; /* ZOMBIE: wait4 status word (Linux encoding) */
  /* resources */
  struct addrspace as;
  struct fd fds[NOFILE];
  /* machine state */
  struct trapframe tf;
  struct context ctx;
  uint8_t kstack[KSTACK_SIZE] __attribute__((aligned(16)));
};

struct proc *current_proc(void);
struct proc *proc_alloc(const char *name);
void proc_free_embryo(struct proc *p);
void proc_make_ready(struct proc *p);
void scheduler(void) __attribute__((noreturn));
void yield(void);
void block_on(const void *channel);
void wake_all(const void *channel);
void sleep_until(uint64_t deadline);
void wake_sleepers(uint64_t now);
void proc_exit(int32_t wait_status) __attribute__((noreturn));
int32_t proc_wait(int32_t pid, uint32_t status_addr, uint32_t options);
extern const char console_channel[];

/* trapvec.S */
void swtch(struct context *save, struct context *load);
void user_return_asm(struct trapframe *tf) __attribute__((noreturn));
void trap_vector(void);

/* trap.c (user_trap and kernel_trap are called from trap_vector) */
void user_trap(void) __attribute__((noreturn));
void kernel_trap(void) __attribute__((noreturn));
void user_return(void) __attribute__((noreturn));

/* syscall.c */
void syscall_dispatch(struct proc *p);

/* exec.c */
int32_t spawn_program(struct proc *parent, const char *path, char *const *argv, uint32_t argc);

#endif
