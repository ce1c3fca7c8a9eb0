/* syscall.h - the handlers the syscall table (syscall.c) dispatches to. Each gets the calling
 * process and its argument registers a0..a5, and returns the value for a0. */
#ifndef SYSCALL_H
#define SYSCALL_H

#include "proc.h"

typedef int32_t (*syscall_fn)(struct proc *p, const uint32_t *arg);

/* sysfile.c */
int32_t sys_openat(struct proc *p, const uint32_t *arg);
int32_t sys_close(struct proc *p, const uint32_t *arg);
int32_t sys_read(struct proc *p, const uint32_t *arg);
int32_t sys_write(struct proc *p, const uint32_t *arg);
/* sysproc.c */
int32_t sys_exit(struct proc *p, const uint32_t *arg);
int32_t sys_sched_yield(struct proc *p, const uint32_t *arg);
int32_t sys_getpid(struct proc *p, const uint32_t *arg);
int32_t sys_wait4(struct proc *p, const uint32_t *arg);
int32_t sys_spawn(struct proc *p, const uint32_t *arg);
int32_t sys_clock_gettime(struct proc *p, const uint32_t *arg);
int32_t sys_clock_nanosleep(struct proc *p, const uint32_t *arg);
/* sysmem.c */
int32_t sys_brk(struct proc *p, const uint32_t *arg);
int32_t sys_mmap(struct proc *p, const uint32_t *arg);
int32_t sys_munmap(struct proc *p, const uint32_t *arg);

#endif
