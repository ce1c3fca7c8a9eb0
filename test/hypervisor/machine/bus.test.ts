// PhysicalBus: routing to RAM and devices, faults for unmapped and straddling accesses,
// overlap checks, the device access counter and all-or-nothing save/restore.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhysicalBus } from '../../../hypervisor/machine/bus.ts';
import { type Device, type DeviceState, expectObject, expectU32, SnapshotError } from '../../../hypervisor/machine/device.ts';
import { BUS_FAULT, type BusFault, Ram, type Width } from '../../../hypervisor/machine/memory.ts';

/** A device with one 32-bit register at every offset (stores remember the last value). */
class Latch implements Device {
  value = 0;
  readonly log: string[] = [];
  constructor(readonly name: string, readonly base: number, readonly size: number) {}
  read(offset: number, width: Width): number | BusFault {
    this.log.push(`r${width}@${offset}`);
    return offset === 0xff ? BUS_FAULT : width === 4 ? this.value : this.value % 2 ** (8 * width);
  }
  write(offset: number, width: Width, value: number): BusFault | undefined {
    this.log.push(`w${width}@${offset}=${value}`);
    this.value = value;
    return undefined;
  }
  save(): DeviceState {
    return { value: this.value };
  }
  restore(state: unknown): void {
    this.value = expectU32(expectObject(state, this.name), 'value', this.name);
  }
}

function machine() {
  const ram = new Ram(0x1000);
  const a = new Latch('a', 0x10000000, 0x100);
  const b = new Latch('b', 0x02000000, 0x10000);
  return { ram, a, b, bus: new PhysicalBus(ram, [a, b]) };
}

describe('PhysicalBus', () => {
  it('routes RAM accesses to RAM and device accesses with the offset from the device base', () => {
    const { bus, ram, a, b } = machine();
    expect(bus.store(0x80000004, 4, 0xdeadbeef)).toBeUndefined();
    expect(ram.load(0x80000004, 4)).toBe(0xdeadbeef);
    expect(bus.load(0x80000006, 2)).toBe(0xdead);
    expect(bus.store(0x10000010, 1, 7)).toBeUndefined();
    expect(a.log).toEqual(['w1@16=7']);
    expect(bus.load(0x0200bff8, 4)).toBe(0);
    expect(b.log).toEqual(['r4@49144']);
    expect(bus.deviceAccesses).toBe(2);
  });

  it('answers BUS_FAULT for unmapped addresses and accesses straddling a region end', () => {
    const { bus, a } = machine();
    expect(bus.load(0, 4)).toBe(BUS_FAULT);
    expect(bus.load(0x10000100, 1)).toBe(BUS_FAULT);
    expect(bus.load(0x100000fe, 4)).toBe(BUS_FAULT);
    expect(bus.store(0x100000ff, 2, 1)).toBe(BUS_FAULT);
    expect(bus.load(0x80000ffe, 4)).toBe(BUS_FAULT);
    expect(bus.store(0xfffffffe, 4, 0)).toBe(BUS_FAULT);
    // the misaligned accesses were split: their in-device halves happened, as on QEMU
    expect(a.log).toEqual(['r4@252', 'w1@255=1']);
    expect(bus.load(0x100000ff, 1)).toBe(BUS_FAULT); // the device's own fault passes through
  });

  it('splits a misaligned device load into two aligned loads, as QEMU 7.2 does for I/O', () => {
    const { bus, a } = machine();
    a.value = 0x44332211;
    expect(bus.load(0x10000001, 4)).toBe(0x11443322); // bytes 1..3 of the first word, byte 0 of the second
    expect(a.log).toEqual(['r4@0', 'r4@4']);
    expect(bus.load(0x10000003, 2)).toBe(0x1122);
    expect(bus.load(0x100000fd, 4)).toBe(BUS_FAULT); // the second half is past the device
    a.value = 0xffffffff;
    expect(bus.load(0x10000002, 4)).toBe(0xffffffff);
  });

  it('splits a misaligned device store into byte stores in address order', () => {
    const { bus, a } = machine();
    expect(bus.store(0x10000001, 4, 0xaabbccdd)).toBeUndefined();
    expect(a.log).toEqual(['w1@1=221', 'w1@2=204', 'w1@3=187', 'w1@4=170']);
    expect(bus.store(0x100000fe, 4, 0)).toBe(BUS_FAULT);
    expect(bus.store(0x80000ffe, 4, 0x01020304)).toBe(BUS_FAULT); // RAM straddling its end is a fault too
  });

  it('finds the device at an address', () => {
    const { bus, a, b } = machine();
    expect(bus.deviceAt(0x10000000)).toBe(a);
    expect(bus.deviceAt(0x100000ff)).toBe(a);
    expect(bus.deviceAt(0x0200ffff)).toBe(b);
    expect(bus.deviceAt(0x02010000)).toBeUndefined();
    expect(bus.deviceAt(0x80000000)).toBeUndefined();
  });

  it('refuses overlapping regions and repeated names at construction', () => {
    const ram = new Ram(0x1000);
    expect(() => new PhysicalBus(ram, [new Latch('a', 0x1000, 0x100), new Latch('b', 0x10ff, 0x10)])).toThrow(RangeError);
    expect(() => new PhysicalBus(ram, [new Latch('a', 0x80000800, 0x1000)])).toThrow(/overlaps RAM/);
    expect(() => new PhysicalBus(ram, [new Latch('a', 0x7ffff000, 0x1001)])).toThrow(/overlaps RAM/);
    expect(() => new PhysicalBus(ram, [new Latch('a', 0x1000, 0x10), new Latch('a', 0x2000, 0x10)])).toThrow(/named a/);
    expect(() => new PhysicalBus(ram, [new Latch('a', 0x1000, 0x100), new Latch('b', 0x1100, 0x10)])).not.toThrow();
  });

  it('saves device states by name and restores them', () => {
    const { bus, a, b } = machine();
    a.value = 5;
    b.value = 9;
    const saved = JSON.parse(JSON.stringify(bus.save()));
    expect(saved).toEqual({ a: { value: 5 }, b: { value: 9 } });
    a.value = 0;
    b.value = 0;
    bus.restore(saved);
    expect([a.value, b.value]).toEqual([5, 9]);
  });

  it('restores nothing when one device rejects its state', () => {
    const { bus, a, b } = machine();
    a.value = 1;
    b.value = 2;
    // devices restore in base order: b (0x02000000) first, then a fails
    expect(() => bus.restore({ a: { value: -1 }, b: { value: 7 } })).toThrow(SnapshotError);
    expect([a.value, b.value]).toEqual([1, 2]);
    expect(() => bus.restore({ b: { value: 7 } })).toThrow(/no state for device a/);
  });

  it('throws only SnapshotError for arbitrary restore input', () => {
    const { bus } = machine();
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      try {
        bus.restore(v);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
      }
    }));
  });
});
