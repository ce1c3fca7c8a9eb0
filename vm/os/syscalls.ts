// The ONE table of syscall numbers and errno values of Ringfence's VM -> OS seam.
// Numbers follow Linux riscv32 (asm-generic/unistd.h) so the guest kernel can serve the same
// ABI; results follow Linux too: a non-negative value on success, -errno on failure.

/**
 * Syscall numbers (Linux asm-generic/unistd.h as riscv32 builds it). riscv32 has only the
 * 64-bit-time calls, so clock_gettime is clock_gettime64 (403) and the sleep is
 * clock_nanosleep_time64 (407); the time32 numbers (113, 101, 115) do not exist there. mmap is
 * mmap2 on 32-bit (offset in pages). `spawn` is Ringfence's own call (no Linux equivalent: the
 * guest kernel has no fork/exec); it sits far above Linux's range so it can never collide.
 * The guest kernel's C header is generated from this table (hypervisor/guest/gen-syscalls.ts).
 */
export const Sys = {
  openat: 56,
  close: 57,
  read: 63,
  write: 64,
  exit: 93,
  exit_group: 94,
  sched_yield: 124,
  getpid: 172,
  brk: 214,
  munmap: 215,
  mmap: 222,
  wait4: 260,
  clock_gettime: 403,
  clock_nanosleep: 407,
  spawn: 2000,
} as const;

export type SyscallName = keyof typeof Sys;

/** Reverse lookup for messages and traces: number -> name. */
export const SYSCALL_NAME: ReadonlyMap<number, SyscallName> = new Map(
  (Object.keys(Sys) as SyscallName[]).map((n) => [Sys[n], n]),
);

/** errno values (Linux asm-generic/errno-base.h). Syscalls return the NEGATED value. */
export const Errno = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  EBADF: 9,
  EACCES: 13,
  EFAULT: 14,
  EEXIST: 17,
  EISDIR: 21,
  EINVAL: 22,
  EMFILE: 24,
  ENOSPC: 28,
  ENOSYS: 38,
  ECHILD: 10,
  EAGAIN: 11,
  ENOMEM: 12,
  ENOEXEC: 8,
  E2BIG: 7,
  ESRCH: 3,
  EINTR: 4,
} as const;

/** Clock ids for clock_gettime (Linux). */
export const Clock = {
  REALTIME: 0,
  MONOTONIC: 1,
} as const;

/** Special dirfd for openat meaning "relative to the current directory". */
export const AT_FDCWD = -100;

/** openat flags (Linux generic values). */
export const OpenFlags = {
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 0o100,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
} as const;

/**
 * Argument conventions (there is no guest address space at this seam, so "pointers" are
 * byte buffers the kernel reads or fills in place):
 *   write(fd, buf: Uint8Array, count)         -> bytes written
 *   read(fd, buf: Uint8Array, count)          -> bytes read (0 = end of file), fills buf
 *   openat(dirfd, path: string, flags, mode)  -> new fd
 *   close(fd)                                 -> 0
 *   exit(status) / exit_group(status)         -> does not return to the program (see kernel.ts)
 *   clock_gettime(clockid, ts: Uint8Array(16))-> 0; ts = tv_sec (i64 LE), tv_nsec (i64 LE)
 *   getpid()                                  -> pid
 */
export type SyscallArg = number | bigint | string | Uint8Array;
