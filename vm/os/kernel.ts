// The kernel side of the VM -> OS seam: the Kernel interface every backend implements, and
// two small backends: MemoryKernel (captures fd 1/2, deterministic clock; for tests) and
// HostConsoleKernel (fd 1/2 to the host's stdout/stderr). Unknown syscalls fail closed.

import { writeSync } from 'node:fs';
import { Clock, Errno, Sys, type SyscallArg } from './syscalls.ts';

/** A syscall result: >= 0 on success, -errno on failure (Linux convention). */
export type SyscallResult = number;

export interface Kernel {
  /** Performs syscall `nr`; never throws for bad arguments (returns -EINVAL/-EFAULT/...). */
  syscall(nr: number, args: readonly SyscallArg[]): SyscallResult;
}

const num = (a: SyscallArg | undefined): number | null =>
  typeof a === 'number' ? a : typeof a === 'bigint' ? Number(BigInt.asIntN(32, a)) : null;
const buf = (a: SyscallArg | undefined): Uint8Array | null => (a instanceof Uint8Array ? a : null);

/** Writes tv_sec/tv_nsec (two little-endian i64) into a 16-byte timespec buffer. */
function putTimespec(ts: Uint8Array, nanos: bigint): void {
  const view = new DataView(ts.buffer, ts.byteOffset, ts.byteLength);
  view.setBigInt64(0, nanos / 1_000_000_000n, true);
  view.setBigInt64(8, nanos % 1_000_000_000n, true);
}

/** Validates (fd, buf, count) of read/write; returns the usable slice or an -errno. */
function ioSlice(args: readonly SyscallArg[]): { fd: number; bytes: Uint8Array } | number {
  const fd = num(args[0]);
  const b = buf(args[1]);
  const count = num(args[2]);
  if (fd === null || count === null) return -Errno.EINVAL;
  if (b === null || count < 0 || count > b.length) return -Errno.EFAULT;
  return { fd, bytes: b.subarray(0, count) };
}

/** Shared console/clock behaviour; subclasses decide where fd 1/2 bytes go and the clock. */
abstract class ConsoleKernel implements Kernel {
  protected abstract emit(fd: 1 | 2, bytes: Uint8Array): void;
  protected abstract nowNanos(clock: number): bigint;
  protected readStdin(_into: Uint8Array): number {
    return 0; // end of file: these kernels have no input
  }

  syscall(nr: number, args: readonly SyscallArg[]): SyscallResult {
    switch (nr) {
      case Sys.write: {
        const io = ioSlice(args);
        if (typeof io === 'number') return io;
        if (io.fd !== 1 && io.fd !== 2) return -Errno.EBADF;
        try {
          this.emit(io.fd, io.bytes);
        } catch {
          return -Errno.EIO;
        }
        return io.bytes.length;
      }
      case Sys.read: {
        const io = ioSlice(args);
        if (typeof io === 'number') return io;
        return io.fd === 0 ? this.readStdin(io.bytes) : -Errno.EBADF;
      }
      case Sys.clock_gettime: {
        const clock = num(args[0]);
        const ts = buf(args[1]);
        if (clock !== Clock.REALTIME && clock !== Clock.MONOTONIC) return -Errno.EINVAL;
        if (ts === null || ts.length < 16) return -Errno.EFAULT;
        putTimespec(ts, this.nowNanos(clock));
        return 0;
      }
      case Sys.getpid:
        return 1;
      case Sys.close: {
        const fd = num(args[0]);
        return fd !== null && fd >= 0 && fd <= 2 ? 0 : -Errno.EBADF;
      }
      case Sys.openat:
        return -Errno.EACCES; // no file system behind these kernels
      default:
        // exit/exit_group are performed by the VM itself (it must stop the interpreter);
        // a kernel that sees them, or anything unknown, refuses: fail closed.
        return -Errno.ENOSYS;
    }
  }
}

/** In-memory kernel for tests: captures stdout/stderr; the clock is deterministic by default. */
export class MemoryKernel extends ConsoleKernel {
  private readonly out: Uint8Array[] = [];
  private readonly err: Uint8Array[] = [];
  private tick = 0n;

  /** hostClock: use the real clocks instead of a counter advancing 1ms per reading. */
  constructor(private readonly options: { hostClock?: boolean } = {}) {
    super();
  }

  protected emit(fd: 1 | 2, bytes: Uint8Array): void {
    (fd === 1 ? this.out : this.err).push(bytes.slice());
  }

  protected nowNanos(clock: number): bigint {
    if (this.options.hostClock) return hostNanos(clock);
    this.tick += 1_000_000n;
    return this.tick;
  }

  /** Everything written to fd 1, decoded as UTF-8. */
  get stdout(): string {
    return Buffer.concat(this.out).toString('utf8');
  }

  /** Everything written to fd 2, decoded as UTF-8. */
  get stderr(): string {
    return Buffer.concat(this.err).toString('utf8');
  }
}

/** Kernel for the command line: fd 1/2 go synchronously to the host's stdout/stderr. */
export class HostConsoleKernel extends ConsoleKernel {
  protected emit(fd: 1 | 2, bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(fd, bytes, done, bytes.length - done);
      } catch (e) {
        // A non-blocking pipe that is full: wait for the reader (synchronously) and retry.
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw new KernelIoError(fd, e);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      }
    }
  }

  protected nowNanos(clock: number): bigint {
    return hostNanos(clock);
  }
}

/** A host write failed for a reason other than a full pipe (reported to the program as EIO). */
class KernelIoError extends Error {
  constructor(fd: number, cause: unknown) {
    super(`write to fd ${fd} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

function hostNanos(clock: number): bigint {
  return clock === Clock.REALTIME ? BigInt(Date.now()) * 1_000_000n : process.hrtime.bigint();
}
