// A split virtqueue (virtio 1.1 §2.6) read and written through a DMA bus, with every guest value
// distrusted: a chain longer than the queue (a loop), an index beyond the queue, an indirect
// descriptor (not offered), a zero-length buffer (as QEMU), a readable buffer after a writable one,
// or a DMA fault on the rings is
// a VirtqueueError, which the device turns into DEVICE_NEEDS_RESET (§2.1.2). Nothing here throws
// anything else, and work is bounded by the queue size.

import { type Bus, type Width, isFault } from '../memory.ts';

/** The guest broke the virtqueue rules; the device must need a reset. */
export class VirtqueueError extends Error {}

// descriptor flags (§2.6.5)
const VIRTQ_DESC_F_NEXT = 1;
const VIRTQ_DESC_F_WRITE = 2;
const VIRTQ_DESC_F_INDIRECT = 4;

/** One buffer of a descriptor chain. */
export interface Segment {
  readonly addr: number;
  readonly len: number;
  readonly writable: boolean;
}

/** The driver-set geometry of a ready queue; addresses are 32-bit physical. */
export interface QueueLayout {
  readonly num: number; // power of 2, 1..QUEUE_NUM_MAX
  readonly desc: number;
  readonly avail: number; // driver area
  readonly used: number; // device area
}

export function dmaLoad(dma: Bus, addr: number, width: Width): number {
  if (addr < 0 || addr + width > 2 ** 32) throw new VirtqueueError(`DMA read at 0x${addr.toString(16)} leaves 32 bits`);
  const v = dma.load(addr, width);
  if (isFault(v)) throw new VirtqueueError(`DMA read fault at 0x${addr.toString(16)}`);
  return v;
}

export function dmaStore(dma: Bus, addr: number, width: Width, value: number): void {
  if (addr < 0 || addr + width > 2 ** 32 || dma.store(addr, width, value) !== undefined) {
    throw new VirtqueueError(`DMA write fault at 0x${addr.toString(16)}`);
  }
}

/** avail.idx: how many chains the driver has made available in total (mod 2^16). */
export function availIdx(dma: Bus, q: QueueLayout): number {
  return dmaLoad(dma, q.avail + 2, 2);
}

/** The head descriptor index of available entry `slot` (a free-running counter). */
export function availHead(dma: Bus, q: QueueLayout, slot: number): number {
  const head = dmaLoad(dma, q.avail + 4 + 2 * (slot % q.num), 2);
  if (head >= q.num) throw new VirtqueueError(`available head ${head} is beyond the queue size ${q.num}`);
  return head;
}

/** The chain starting at `head`: readable segments first, then writable (§2.6.4.2). */
export function readChain(dma: Bus, q: QueueLayout, head: number): Segment[] {
  const segments: Segment[] = [];
  let index = head;
  let sawWritable = false;
  for (;;) {
    if (segments.length >= q.num) throw new VirtqueueError(`descriptor chain from ${head} is longer than the queue (a loop)`);
    const at = q.desc + 16 * index;
    const addrLo = dmaLoad(dma, at, 4);
    const addrHi = dmaLoad(dma, at + 4, 4);
    const len = dmaLoad(dma, at + 8, 4);
    const flags = dmaLoad(dma, at + 12, 2);
    const next = dmaLoad(dma, at + 14, 2);
    if (flags & VIRTQ_DESC_F_INDIRECT) throw new VirtqueueError('indirect descriptors were not negotiated');
    // QEMU: "zero sized buffers are not allowed" (virtio_error, i.e. DEVICE_NEEDS_RESET); followed here.
    if (len === 0) throw new VirtqueueError(`descriptor ${index} has length 0`);
    const writable = (flags & VIRTQ_DESC_F_WRITE) !== 0;
    if (sawWritable && !writable) throw new VirtqueueError('a device-readable descriptor follows a device-writable one');
    sawWritable ||= writable;
    // A buffer above 4 GiB can never be reached on this 32-bit bus: an I/O error when used, not a broken queue.
    segments.push({ addr: addrHi === 0 ? addrLo : 2 ** 32, len, writable });
    if ((flags & VIRTQ_DESC_F_NEXT) === 0) return segments;
    if (next >= q.num) throw new VirtqueueError(`descriptor next ${next} is beyond the queue size ${q.num}`);
    index = next;
  }
}

/** Adds {id, len} to the used ring and publishes it by bumping used.idx (§2.6.8). */
export function pushUsed(dma: Bus, q: QueueLayout, usedIdx: number, head: number, written: number): void {
  const at = q.used + 4 + 8 * (usedIdx % q.num);
  dmaStore(dma, at, 4, head);
  dmaStore(dma, at + 4, 4, written);
  dmaStore(dma, q.used + 2, 2, (usedIdx + 1) & 0xffff);
}
