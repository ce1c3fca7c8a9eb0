// Copies between host byte arrays and guest buffers scattered over descriptor segments, through
// the DMA bus. Ranges inside a Ram (given directly, or the RAM of a PhysicalBus) are copied with
// one memcpy, not a bus call per byte; anything else goes through bus loads/stores. A fault
// anywhere answers false/undefined.

import { PhysicalBus } from '../bus.ts';
import { type Bus, isFault, Ram } from '../memory.ts';
import type { Segment } from './virtqueue.ts';

/** `len` bytes starting `offset` bytes into the segments' concatenation, or undefined on a fault or short chain. */
export function copyFromGuest(dma: Bus, segs: readonly Segment[], offset: number, len: number): Uint8Array | undefined {
  if (len < 0) return undefined;
  const out = new Uint8Array(len); // callers bound len by the disk size or a header size
  let done = 0;
  let skip = offset;
  for (const s of segs) {
    if (done === len) break;
    if (skip >= s.len) {
      skip -= s.len;
      continue;
    }
    const n = Math.min(s.len - skip, len - done);
    if (!readRange(dma, s.addr + skip, out.subarray(done, done + n))) return undefined;
    done += n;
    skip = 0;
  }
  return done === len ? out : undefined;
}

/** Writes `bytes` starting `offset` bytes into the segments; false on a fault or short chain. */
export function copyToGuest(dma: Bus, segs: readonly Segment[], offset: number, bytes: Uint8Array): boolean {
  let done = 0;
  let skip = offset;
  for (const s of segs) {
    if (done === bytes.length) break;
    if (skip >= s.len) {
      skip -= s.len;
      continue;
    }
    const n = Math.min(s.len - skip, bytes.length - done);
    if (!writeRange(dma, s.addr + skip, bytes.subarray(done, done + n))) return false;
    done += n;
    skip = 0;
  }
  return done === bytes.length;
}

function ramOf(dma: Bus): Ram | undefined {
  return dma instanceof Ram ? dma : dma instanceof PhysicalBus ? dma.ram : undefined;
}

function readRange(dma: Bus, addr: number, into: Uint8Array): boolean {
  if (addr + into.length > 2 ** 32) return false;
  const ram = ramOf(dma);
  const off = ram === undefined ? -1 : addr - ram.base;
  if (ram !== undefined && off >= 0 && off + into.length <= ram.size) {
    into.set(ram.bytes.subarray(off, off + into.length));
    return true;
  }
  for (let k = 0; k < into.length; k++) {
    const v = dma.load(addr + k, 1);
    if (isFault(v)) return false;
    into[k] = v;
  }
  return true;
}

function writeRange(dma: Bus, addr: number, bytes: Uint8Array): boolean {
  if (addr + bytes.length > 2 ** 32) return false;
  const ram = ramOf(dma);
  const off = ram === undefined ? -1 : addr - ram.base;
  if (ram !== undefined && off >= 0 && off + bytes.length <= ram.size) {
    ram.bytes.set(bytes, off);
    // DMA may overwrite code: keep the hart's decode cache and translated blocks coherent.
    ram.invalidateRange(off, bytes.length);
    return true;
  }
  for (let k = 0; k < bytes.length; k++) if (dma.store(addr + k, 1, bytes[k]!) !== undefined) return false;
  return true;
}
