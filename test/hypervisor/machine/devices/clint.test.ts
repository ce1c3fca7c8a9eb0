// CLINT: msip and mtimecmp per hart, mtime from a fake deterministic clock, MTIP levels after
// update(), the next deadline an idle machine may skip to, access widths and save/restore.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../../hypervisor/machine/device.ts';
import { Clint } from '../../../../hypervisor/machine/devices/clint.ts';
import { BUS_FAULT } from '../../../../hypervisor/machine/memory.ts';
import { ManualClock } from './platform.ts';

const MTIMECMP = 0x4000;
const MTIME = 0xbff8;

function clint(harts = 2) {
  const clock = new ManualClock();
  const levels = Array.from({ length: harts }, () => ({ msip: false, mtip: false, mtipChanges: 0 }));
  const c = new Clint(levels.map((l) => ({
    msip: { set: (v: boolean) => (l.msip = v) },
    mtip: { set: (v: boolean) => { if (v !== l.mtip) l.mtipChanges++; l.mtip = v; } },
  })), clock);
  return { c, clock, levels };
}

function setCmp(c: Clint, hart: number, value: bigint): void {
  c.write(MTIMECMP + 8 * hart + 4, 4, 0xffffffff); // high first, as drivers do, to avoid a spurious interrupt
  c.write(MTIMECMP + 8 * hart, 4, Number(value & 0xffffffffn));
  c.write(MTIMECMP + 8 * hart + 4, 4, Number(value >> 32n));
}

describe('Clint', () => {
  it('starts with mtimecmp 0, so MTIP is pending at boot as on QEMU 7.2', () => {
    const { c, levels } = clint();
    expect(c.read(MTIMECMP, 4)).toBe(0);
    expect(levels.map((l) => l.mtip)).toEqual([true, true]);
  });

  it('raises MTIP when mtime reaches mtimecmp, on update()', () => {
    const { c, clock, levels } = clint();
    setCmp(c, 0, 1000n);
    setCmp(c, 1, 5000n);
    expect(levels.map((l) => l.mtip)).toEqual([false, false]);
    clock.ticks = 999;
    c.update();
    expect(levels[0]!.mtip).toBe(false);
    clock.ticks = 1000;
    c.update();
    expect(levels.map((l) => l.mtip)).toEqual([true, false]);
    setCmp(c, 0, 2000n); // writing mtimecmp clears MTIP at once
    expect(levels[0]!.mtip).toBe(false);
  });

  it('reads mtime in 32-bit halves and adjusts it on writes without touching the clock', () => {
    const { c, clock } = clint();
    clock.ticks = 0x1_2345_6789;
    expect(c.read(MTIME, 4)).toBe(0x23456789);
    expect(c.read(MTIME + 4, 4)).toBe(1);
    c.write(MTIME + 4, 4, 0xffffffff);
    expect(c.read(MTIME + 4, 4)).toBe(0xffffffff);
    expect(c.read(MTIME, 4)).toBe(0x23456789);
    clock.ticks += 0xdcba9877; // wraps past 2^64
    expect(c.mtime()).toBe(0n);
    c.write(MTIME, 4, 5);
    expect(c.mtime()).toBe(5n);
  });

  it('compares the full 64 bits exactly, also beyond 2^53', () => {
    const { c, levels } = clint(1);
    c.write(MTIME + 4, 4, 0xffffffff);
    c.write(MTIME, 4, 0xfffffffe);
    setCmp(c, 0, 0xffff_ffff_ffff_ffffn);
    expect(levels[0]!.mtip).toBe(false);
    setCmp(c, 0, 0xffff_ffff_ffff_fffen);
    expect(levels[0]!.mtip).toBe(true);
  });

  it('tells an idle machine the next clock value at which some MTIP rises', () => {
    const { c, clock } = clint();
    setCmp(c, 0, 0xffff_ffff_ffff_ffffn);
    setCmp(c, 1, 0xffff_ffff_ffff_ffffn);
    expect(c.nextDeadline()).toBe(Infinity);
    setCmp(c, 1, 7000n);
    setCmp(c, 0, 9000n);
    expect(c.nextDeadline()).toBe(7000);
    c.write(MTIME, 4, 6000); // mtime runs 6000 ahead of the clock now
    expect(c.nextDeadline()).toBe(1000);
    clock.ticks = 1000;
    c.update();
    expect(c.nextDeadline()).toBe(3000); // hart 1 is due; hart 0's deadline remains
  });

  it('drives MSIP from bit 0 of msip and ignores absent harts', () => {
    const { c, levels } = clint(2);
    c.write(4, 4, 0xffffffff);
    expect(c.read(4, 4)).toBe(1);
    expect(levels.map((l) => l.msip)).toEqual([false, true]);
    c.write(4, 4, 2);
    expect(levels[1]!.msip).toBe(false);
    c.write(8, 4, 1);
    expect(c.read(8, 4)).toBe(0);
    expect(c.read(MTIMECMP + 16, 4)).toBe(0);
  });

  it('accepts only aligned 32-bit accesses', () => {
    const { c } = clint();
    expect(c.read(0, 1)).toBe(BUS_FAULT);
    expect(c.read(MTIME, 2)).toBe(BUS_FAULT);
    expect(c.write(2, 4, 1)).toBe(BUS_FAULT);
  });

  it('round-trips save/restore, re-driving lines, and throws only SnapshotError on hostile input', () => {
    const a = clint();
    setCmp(a.c, 1, 123456789n);
    a.c.write(0, 4, 1);
    a.c.write(MTIME + 4, 4, 3);
    const b = clint();
    b.c.restore(JSON.parse(JSON.stringify(a.c.save())));
    expect(b.c.save()).toEqual(a.c.save());
    expect(b.levels.map((l) => [l.msip, l.mtip])).toEqual([[true, true], [false, true]]);
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      try {
        b.c.restore(v);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
      }
    }));
    expect(() => b.c.restore({ ...a.c.save(), offset: '1e5' })).toThrow(/clint: field offset/);
    expect(() => b.c.restore({ ...a.c.save(), msip: [2, 0] })).toThrow(/clint: field msip/);
  });
});
