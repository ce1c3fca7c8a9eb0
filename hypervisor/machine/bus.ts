// The physical bus of the machine: routes every physical load/store to RAM or to the one
// device whose region covers the whole access, and saves/restores all device states. The
// hart (cpu.ts) and DMA-capable devices (virtio) hand it physical addresses; an address no
// region covers, or an access straddling a region's end, is a BusFault (an access fault).
// A misaligned device access is split as QEMU 7.2's TCG does for I/O (accel/tcg/cputlb.c):
// a load becomes two aligned loads of the same width whose bytes are combined, a store
// becomes byte stores in address order; devices only ever see naturally aligned accesses.

import { type Device, type DeviceState, expectObject, SnapshotError } from './device.ts';
import { type Bus, BUS_FAULT, type BusFault, isFault, type Ram, type Width } from './memory.ts';

export class PhysicalBus implements Bus {
  // set once at construction
  readonly ram: Ram;
  private readonly ramBase: number;
  private readonly ramSize: number;
  /** Devices sorted by base; regions never overlap (checked by the constructor). */
  private readonly devices: readonly Device[];

  // statistics for the cost table (hypervisor only)
  /** Number of device loads + stores (RAM accesses are not counted). */
  deviceAccesses = 0;

  constructor(ram: Ram, devices: Device[]) {
    this.ram = ram;
    this.ramBase = ram.base;
    this.ramSize = ram.size;
    this.devices = [...devices].sort((a, b) => a.base - b.base);
    checkRegions(ram, this.devices);
  }

  load(addr: number, width: Width): number | BusFault {
    const off = (addr >>> 0) - this.ramBase;
    if (off >= 0 && off + width <= this.ramSize) return this.ram.load(addr, width);
    if ((addr & (width - 1)) !== 0) return this.loadMisaligned(addr >>> 0, width);
    const dev = this.deviceFor(addr >>> 0, width);
    if (dev === undefined) return BUS_FAULT;
    this.deviceAccesses++;
    return dev.read((addr >>> 0) - dev.base, width);
  }

  store(addr: number, width: Width, value: number): BusFault | undefined {
    const off = (addr >>> 0) - this.ramBase;
    if (off >= 0 && off + width <= this.ramSize) return this.ram.store(addr, width, value);
    if ((addr & (width - 1)) !== 0) return this.storeMisaligned(addr >>> 0, width, value);
    const dev = this.deviceFor(addr >>> 0, width);
    if (dev === undefined) return BUS_FAULT;
    this.deviceAccesses++;
    return dev.write((addr >>> 0) - dev.base, width, value);
  }

  /** Two aligned loads around `addr`, their bytes combined (little-endian). */
  private loadMisaligned(addr: number, width: Width): number | BusFault {
    const first = addr - (addr & (width - 1));
    if (first + 2 * width > 2 ** 32) return BUS_FAULT;
    const lo = this.load(first, width);
    if (isFault(lo)) return lo;
    const hi = this.load(first + width, width);
    if (isFault(hi)) return hi;
    const shift = 8 * (addr - first);
    const v = lo / 2 ** shift + (hi % 2 ** shift) * 2 ** (8 * width - shift); // exact in doubles, no 32-bit overflow
    return Math.floor(v) % 2 ** (8 * width);
  }

  /** Byte stores in address order; the first fault ends the access (earlier bytes stay written). */
  private storeMisaligned(addr: number, width: Width, value: number): BusFault | undefined {
    for (let k = 0; k < width; k++) {
      const fault = this.store((addr + k) >>> 0, 1, (value >>> (8 * k)) & 0xff);
      if (fault !== undefined) return fault;
    }
    return undefined;
  }

  /** The device whose region contains `addr`, if any. */
  deviceAt(addr: number): Device | undefined {
    return this.deviceFor(addr >>> 0, 1);
  }

  /** The device containing all of [addr, addr+width), by binary search over the sorted bases. */
  private deviceFor(addr: number, width: number): Device | undefined {
    const devs = this.devices;
    let lo = 0;
    let hi = devs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = devs[mid]!;
      if (addr < d.base) hi = mid - 1;
      else if (addr >= d.base + d.size) lo = mid + 1;
      else return addr + width <= d.base + d.size ? d : undefined;
    }
    return undefined;
  }

  /** Every device's state keyed by device name (RAM is saved by the machine). */
  save(): DeviceState {
    const out: Record<string, DeviceState> = {};
    for (const d of this.devices) out[d.name] = d.save();
    return out;
  }

  /**
   * Restores every device from save() output. All-or-nothing: when one device rejects its
   * state, the devices already restored are put back as they were, then SnapshotError is thrown.
   */
  restore(state: unknown): void {
    const obj = expectObject(state, 'bus');
    for (const d of this.devices) {
      if (!Object.prototype.hasOwnProperty.call(obj, d.name)) throw new SnapshotError(`bus: no state for device ${d.name}`);
    }
    const before = this.devices.map((d) => d.save());
    try {
      for (const d of this.devices) d.restore(obj[d.name]);
    } catch (e) {
      this.devices.forEach((d, k) => d.restore(before[k]));
      throw e instanceof SnapshotError ? e : new SnapshotError(`bus: ${String(e)}`.split('\n')[0]!);
    }
  }
}

/** Throws RangeError when RAM and device regions overlap, leave 32 bits, or names repeat. */
function checkRegions(ram: Ram, devices: readonly Device[]): void {
  const names = new Set<string>();
  let prevEnd = 0;
  let prevName = '';
  for (const d of devices) {
    if (!Number.isInteger(d.base) || !Number.isInteger(d.size) || d.base < 0 || d.size <= 0 || d.base + d.size > 2 ** 32) {
      throw new RangeError(`device ${d.name} region 0x${d.base.toString(16)}+0x${d.size.toString(16)} is not inside 32 bits`);
    }
    if (names.has(d.name)) throw new RangeError(`two devices are named ${d.name}`);
    names.add(d.name);
    if (d.base < prevEnd) throw new RangeError(`device ${d.name} overlaps device ${prevName}`);
    if (d.base < ram.base + ram.size && ram.base < d.base + d.size) throw new RangeError(`device ${d.name} overlaps RAM`);
    prevEnd = d.base + d.size;
    prevName = d.name;
  }
}
