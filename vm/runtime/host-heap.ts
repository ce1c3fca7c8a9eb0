// A watch on the host's memory, so a Java program that allocates without bound gets
// java.lang.OutOfMemoryError instead of crashing the host process with V8's fatal
// "heap limit reached". Consulted by the interpreter every few thousand allocations.
// (Per-program heap limits with real accounting are a later issue.)

import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * The host memory a program may fill: at most 1 GiB (the host is shared, and Ringfence objects
 * are larger than the JVM's), a quarter of the machine (java's default maximum heap), and
 * well inside V8's own heap limit.
 */
export const HOST_HEAP_LIMIT = Math.min(2 ** 30, totalmem() / 4, getHeapStatistics().heap_size_limit * 0.5);

/** Whether the JS heap plus typed-array storage has grown past HOST_HEAP_LIMIT. */
export function hostHeapExhausted(limit = HOST_HEAP_LIMIT): boolean {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers > limit;
}
