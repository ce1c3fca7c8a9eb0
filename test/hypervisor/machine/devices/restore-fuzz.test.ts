// Hostile snapshots for every device, the bus and the PMP: a valid saved state with one field
// replaced by arbitrary JSON must either restore (and then survive random guest accesses without
// a host exception) or throw SnapshotError and leave the live state exactly as it was.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Device, SnapshotError } from '../../../../hypervisor/machine/device.ts';
import type { Width } from '../../../../hypervisor/machine/memory.ts';
import { Pmp } from '../../../../hypervisor/machine/pmp.ts';
import { platform } from './platform.ts';

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.constantFrom(0, 1, 0xff, 0x100, 0xffff, 0x10000, 0xffffffff, 2 ** 32, -1, 0.5, Number.MAX_SAFE_INTEGER, 'AAAA', '', '-1', '18446744073709551616'),
  fc.array(fc.integer({ min: -1, max: 2 ** 32 }), { maxLength: 200 }),
  fc.array(fc.nat(7), { minLength: 96, maxLength: 96 }),
  fc.boolean(),
  fc.array(fc.nat(2), { minLength: 1, maxLength: 2 }),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String),
);
const access = fc.tuple(fc.boolean(), fc.nat(0xfff), fc.constantFrom<Width>(1, 2, 4), fc.nat(0xffffffff));

function devicesOf(): Device[] {
  const p = platform(new Uint8Array(4096), { clockStart: 777 });
  p.uart.pushInput(new TextEncoder().encode('input'));
  return [p.clint, p.plic, p.uart, p.finisher, p.virtio[0]!, p.virtio[1]!];
}

/** Touches registers in the device's first 4 KiB and its PLIC/CLINT context areas. */
function poke(d: Device, accesses: [boolean, number, Width, number][]): void {
  for (const [isWrite, off, width, value] of accesses) {
    for (const offset of [off, (off * 0x1003) % d.size]) {
      if (isWrite) d.write(offset, width, value);
      else d.read(offset, width);
    }
  }
}

describe('restore() under hostile snapshots', () => {
  for (const name of ['clint', 'plic', 'uart0', 'finisher', 'virtio0', 'virtio1']) {
    it(`${name}: restores or throws SnapshotError atomically, and stays total afterwards`, () => {
      let [restored, rejected] = [0, 0];
      fc.assert(fc.property(fc.nat(), hostileValue, fc.array(access, { maxLength: 40 }), (pick, value, accesses) => {
        const device = devicesOf().find((d) => d.name === name)!;
        poke(device, accesses.slice(0, 10));
        const good = JSON.parse(JSON.stringify(device.save())) as Record<string, unknown>;
        const fields = Object.keys(good);
        const field = fields[pick % fields.length]!;
        const bad = { ...good, [field]: value };
        const before = JSON.stringify(device.save());
        try {
          device.restore(bad);
        } catch (e) {
          expect(e).toBeInstanceOf(SnapshotError);
          expect((e as Error).message).toMatch(new RegExp(`^${name}[.:]`));
          expect((e as Error).message).not.toContain('\n');
          expect(JSON.stringify(device.save())).toBe(before);
          rejected++;
          return;
        }
        restored++;
        poke(device, accesses);
        const again = JSON.parse(JSON.stringify(device.save()));
        device.restore(again);
        expect(device.save()).toEqual(again);
      }), { numRuns: 300 });
      expect(restored, 'some hostile values are valid and get restored').toBeGreaterThan(5);
      expect(rejected).toBeGreaterThan(100);
    });
  }

  it('the bus restores all devices or none', () => {
    fc.assert(fc.property(fc.nat(), fc.nat(), hostileValue, (pickDevice, pickField, value) => {
      const p = platform(new Uint8Array(4096));
      p.uart.pushInput(Uint8Array.of(1, 2, 3));
      const good = JSON.parse(JSON.stringify(p.bus.save())) as Record<string, Record<string, unknown>>;
      const names = Object.keys(good);
      const name = names[pickDevice % names.length]!;
      const fields = Object.keys(good[name]!);
      const bad = { ...good, [name]: { ...good[name], [fields[pickField % fields.length]!]: value } };
      p.uart.write(7, 1, 0x42); // live state differs from the snapshot
      const before = JSON.stringify(p.bus.save());
      try {
        p.bus.restore(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
        expect(JSON.stringify(p.bus.save())).toBe(before);
      }
    }), { numRuns: 300 });
  });

  it('pmp: restores or throws SnapshotError atomically', () => {
    fc.assert(fc.property(fc.constantFrom('cfg', 'addr'), hostileValue, (field, value) => {
      const pmp = new Pmp();
      pmp.csrWrite(0x3a0, 0x1f);
      const good = pmp.save();
      try {
        pmp.restore({ ...good, [field]: value });
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
        expect(pmp.save()).toEqual(good);
        return;
      }
      expect(typeof pmp.check(0x80000000, 4, 0, 1)).toBe('boolean');
    }), { numRuns: 300 });
  });
});
