// PLIC: priorities, per-context enables and thresholds, claim/complete with ties broken by the
// lowest id, QEMU 7.2's latched gateway, per-context lines, register widths and save/restore.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../../hypervisor/machine/device.ts';
import { Plic } from '../../../../hypervisor/machine/devices/plic.ts';
import { BUS_FAULT } from '../../../../hypervisor/machine/memory.ts';

const PRIORITY = (s: number) => 4 * s;
const PENDING = 0x1000;
const ENABLE = (ctx: number, word = 0) => 0x2000 + 0x80 * ctx + 4 * word;
const THRESHOLD = (ctx: number) => 0x200000 + 0x1000 * ctx;
const CLAIM = (ctx: number) => THRESHOLD(ctx) + 4;

function plic(contexts = 4) {
  const lines = new Array<boolean>(contexts).fill(false);
  const p = new Plic(lines.map((_, k) => ({ set: (v: boolean) => (lines[k] = v) })));
  return { p, lines };
}

describe('Plic', () => {
  it('delivers an enabled source above the threshold to its context only', () => {
    const { p, lines } = plic();
    p.write(PRIORITY(10), 4, 3);
    p.write(ENABLE(1), 4, 1 << 10);
    p.setSourceLevel(10, true);
    expect(lines).toEqual([false, true, false, false]);
    expect(p.read(PENDING, 4)).toBe(1 << 10);
    p.write(THRESHOLD(1), 4, 3); // priority must exceed the threshold
    expect(lines[1]).toBe(false);
    p.write(THRESHOLD(1), 4, 2);
    expect(lines[1]).toBe(true);
  });

  it('claims the highest priority first, ties going to the lowest id, and re-arms on complete', () => {
    const { p, lines } = plic(2);
    for (const [s, prio] of [[5, 2], [40, 7], [70, 7], [3, 1]] as const) {
      p.write(PRIORITY(s), 4, prio);
      p.setSourceLevel(s, true);
    }
    p.write(ENABLE(0, 0), 4, (1 << 5) | (1 << 3));
    p.write(ENABLE(0, 1), 4, 1 << (40 - 32));
    p.write(ENABLE(0, 2), 4, 1 << (70 - 64));
    const order = [p.read(CLAIM(0), 4), p.read(CLAIM(0), 4), p.read(CLAIM(0), 4), p.read(CLAIM(0), 4), p.read(CLAIM(0), 4)];
    expect(order).toEqual([40, 70, 5, 3, 0]);
    expect(lines[0]).toBe(false);
    p.setSourceLevel(40, true); // pending again while claimed: latched, not delivered
    expect(p.read(PENDING + 4, 4)).toBe(1 << 8);
    expect(lines[0]).toBe(false);
    p.write(CLAIM(0), 4, 40);
    expect(lines[0]).toBe(true);
    expect(p.read(CLAIM(0), 4)).toBe(40);
  });

  it('keeps a source pending after its level drops, until claimed (QEMU 7.2 gateway)', () => {
    const { p, lines } = plic(1);
    p.write(PRIORITY(1), 4, 1);
    p.write(ENABLE(0), 4, 2);
    p.setSourceLevel(1, true);
    p.setSourceLevel(1, false);
    expect(lines[0]).toBe(true);
    expect(p.read(CLAIM(0), 4)).toBe(1);
    expect(lines[0]).toBe(false);
  });

  it('masks priorities and thresholds to 3 bits and ignores source 0 and out-of-range sources', () => {
    const { p } = plic(1);
    p.write(PRIORITY(7), 4, 0xff);
    expect(p.read(PRIORITY(7), 4)).toBe(7);
    p.write(THRESHOLD(0), 4, 9);
    expect(p.read(THRESHOLD(0), 4)).toBe(1);
    p.setSourceLevel(0, true);
    p.setSourceLevel(96, true);
    p.setSourceLevel(-1, true);
    p.setSourceLevel(1.5, true);
    expect([p.read(PENDING, 4), p.read(PENDING + 4, 4), p.read(PENDING + 8, 4)]).toEqual([0, 0, 0]);
  });

  it('answers 0 for holes and contexts it does not have, faults narrow or misaligned accesses', () => {
    const { p } = plic(2);
    expect(p.read(0x180, 4)).toBe(0);
    expect(p.read(ENABLE(2), 4)).toBe(0);
    expect(p.read(CLAIM(2), 4)).toBe(0);
    expect(p.write(CLAIM(5), 4, 1)).toBeUndefined();
    expect(p.read(PRIORITY(1), 1)).toBe(BUS_FAULT);
    expect(p.read(PRIORITY(1) + 2, 4)).toBe(BUS_FAULT);
  });

  it('never lets a claim return a source that is not enabled and pending above threshold', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('prio', 'en', 'thr', 'raise', 'claim', 'complete'), fc.nat(95), fc.nat(7)), { maxLength: 60 }), (ops) => {
      const { p, lines } = plic(2);
      for (const [op, s, v] of ops) {
        if (op === 'prio') p.write(PRIORITY(s), 4, v);
        else if (op === 'en') p.write(ENABLE(v & 1, s % 3), 4, (s * 0x9e3779b1) >>> 0);
        else if (op === 'thr') p.write(THRESHOLD(v & 1), 4, v);
        else if (op === 'raise') p.setSourceLevel(s, true);
        else if (op === 'complete') p.write(CLAIM(v & 1), 4, s);
        else {
          const ctx = v & 1;
          const wasRaised = lines[ctx];
          const pending = [0, 1, 2].map((w) => p.read(PENDING + 4 * w, 4) as number);
          const enabled = [0, 1, 2].map((w) => p.read(ENABLE(ctx, w), 4) as number);
          const threshold = p.read(THRESHOLD(ctx), 4) as number;
          const got = p.read(CLAIM(ctx), 4) as number;
          expect(got !== 0).toBe(wasRaised);
          if (got !== 0) {
            expect((pending[got >> 5]! >>> (got & 31)) & 1).toBe(1);
            expect((enabled[got >> 5]! >>> (got & 31)) & 1).toBe(1);
            expect(p.read(PRIORITY(got), 4)).toBeGreaterThan(threshold);
          }
        }
      }
    }));
  });

  it('round-trips save/restore and throws only SnapshotError on hostile input', () => {
    const a = plic(2);
    a.p.write(PRIORITY(9), 4, 5);
    a.p.write(ENABLE(1), 4, 1 << 9);
    a.p.setSourceLevel(9, true);
    const b = plic(2);
    b.p.restore(JSON.parse(JSON.stringify(a.p.save())));
    expect(b.p.save()).toEqual(a.p.save());
    expect(b.lines).toEqual([false, true]);
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      try {
        b.p.restore(v);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
      }
    }));
    expect(() => b.p.restore({ ...a.p.save(), enable: [1, 2] })).toThrow(/plic: field enable/);
    expect(() => b.p.restore({ ...a.p.save(), pending: [1, 0, 0] })).toThrow(/reserved source 0/);
  });
});
