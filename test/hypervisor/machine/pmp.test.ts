// PMP (privileged spec §3.7): CSR WARL and lock rules, TOR/NA4/NAPOT matching, entry priority,
// the M-mode and no-match defaults, page verdicts for the TLB, the version counter and
// save/restore. The probe scenario is compared with QEMU 7.2 (fixtures/pmp-probe.txt, recorded
// with RF_UPDATE_FIXTURES=1 from qemu-system-riscv32; see devices/mmio-probe.ts for the command).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../hypervisor/machine/device.ts';
import { Pmp } from '../../../hypervisor/machine/pmp.ts';
import { QEMU, runAsmOnQemu } from './devices/mmio-probe.ts';
import { describePmpOps, PMP_PROBE, pmpProbeSource, replayPmp } from './devices/pmp-probe.ts';

const FIXTURE = join(import.meta.dirname, 'devices', 'fixtures', 'pmp-probe.txt');
const CFG = [0x3a0, 0x3a1, 0x3a2, 0x3a3];
const ADDR = (i: number) => 0x3b0 + i;
const [U, M] = [0, 3] as const;
const R = 1, W = 2, X = 4, L = 0x80;
const TOR = 1 << 3, NA4 = 2 << 3, NAPOT = 3 << 3;
const PROBE = PMP_PROBE;

describe('PMP against QEMU virt', () => {
  const expected = () => describeLines(readFileSync(FIXTURE, 'latin1'));

  it.skipIf(QEMU === undefined && !process.env.CI)('QEMU still gives the recorded verdicts and CSR values', () => {
    const got = runAsmOnQemu(pmpProbeSource(PROBE));
    if (process.env.RF_UPDATE_FIXTURES) writeFileSync(FIXTURE, got);
    expect(describeLines(got)).toEqual(expected());
  });

  it('our PMP gives QEMU verdicts and CSR values for the probe', () => {
    expect(describeLines(replayPmp(PROBE, new Pmp()))).toEqual(expected());
  });
});

function describeLines(output: string): string[] {
  const labels = describePmpOps(PROBE);
  return output.split('\n').slice(0, -1).map((l, k) => `${labels[k] ?? '?'}: ${l}`);
}

/** A direct transcription of §3.7.1 with BigInt ranges, and QEMU's partial-match default. */
function referenceCheck(cfg: number[], addr: number[], pa: number, size: number, access: number, priv: number): boolean {
  const first = BigInt(pa);
  const last = BigInt(pa + size - 1);
  for (let i = 0; i < 16; i++) {
    const a = (cfg[i]! >> 3) & 3;
    if (a === 0) continue;
    let lo: bigint;
    let hi: bigint; // exclusive
    const v = BigInt(addr[i]!);
    if (a === 1) [lo, hi] = [i === 0 ? 0n : BigInt(addr[i - 1]!) << 2n, v << 2n];
    else if (a === 2) [lo, hi] = [v << 2n, (v << 2n) + 4n];
    else {
      let ones = 0n;
      while (ones < 32n && ((v >> ones) & 1n) === 1n) ones++;
      const size = 1n << (ones + 3n);
      lo = ((v << 2n) / size) * size;
      if (ones === 32n) lo = 0n;
      hi = lo + size;
    }
    const inFirst = first >= lo && first < hi;
    const inLast = last >= lo && last < hi;
    if (inFirst !== inLast) return priv === 3;
    if (inFirst) return (priv === 3 && (cfg[i]! & 0x80) === 0) || ((cfg[i]! >> access) & 1) === 1;
  }
  return priv === 3;
}

/** Entries concentrated on a few pages so that random addresses hit them. */
const entryAddr = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0x20080000, max: 0x20080800 }),
  fc.integer({ min: 0, max: 0x1ff }).map((k) => ((0x80200000 >>> 2) + k * 0x100 + 0xff) >>> 0));
const config = fc.record({ cfg: fc.array(fc.integer({ min: 0, max: 0xff }), { minLength: 16, maxLength: 16 }), addr: fc.array(entryAddr, { minLength: 16, maxLength: 16 }) });
const probeAddr = fc.oneof(fc.integer({ min: 0x80200000, max: 0x80240000 }), fc.integer({ min: 0, max: 0xffffffff }));

function configured(c: { cfg: number[]; addr: number[] }): Pmp {
  const pmp = new Pmp();
  c.addr.forEach((a, i) => pmp.csrWrite(ADDR(i), a));
  for (let k = 0; k < 4; k++) pmp.csrWrite(CFG[k]!, c.cfg[4 * k]! | (c.cfg[4 * k + 1]! << 8) | (c.cfg[4 * k + 2]! << 16) | (c.cfg[4 * k + 3]! * 2 ** 24));
  return pmp;
}

describe('Pmp', () => {
  it('agrees with a transcription of the spec for random entries and accesses', () => {
    fc.assert(fc.property(config, probeAddr, fc.constantFrom(1, 2, 4), fc.constantFrom(0, 1, 2), fc.constantFrom(0, 1, 3), (c, a, size, access, priv) => {
      const pa = a - (a % size);
      expect(configured(c).check(pa, size, access, priv)).toBe(referenceCheck(c.cfg, c.addr, pa, size, access, priv));
    }), { numRuns: 3000 });
  });

  it('gives a page verdict only when every access in the page gets that verdict', () => {
    let uniform = 0;
    fc.assert(fc.property(config, fc.integer({ min: 0x80200, max: 0x80240 }), fc.constantFrom(0, 1, 3), fc.array(fc.nat(1023), { minLength: 8, maxLength: 8 }), (c, page, priv, words) => {
      const pmp = configured(c);
      const verdict = pmp.pageVerdict(page * 4096, priv);
      if (verdict < 0) return;
      uniform++;
      for (const w of [0, 1023, ...words]) {
        for (const access of [0, 1, 2]) expect(pmp.check(page * 4096 + 4 * w, 4, access, priv)).toBe(((verdict >> access) & 1) === 1);
      }
    }), { numRuns: 2000 });
    expect(uniform).toBeGreaterThan(100);
  });

  it('refuses to cache a page that an entry boundary crosses', () => {
    const pmp = new Pmp();
    pmp.csrWrite(ADDR(0), 0x80000800 >>> 2);
    pmp.csrWrite(CFG[0]!, TOR | R | W | X);
    expect(pmp.pageVerdict(0x80000000, U)).toBe(-1);
    expect(pmp.pageVerdict(0x80001000, U)).toBe(0);
    expect(pmp.pageVerdict(0x7ffff000, U)).toBe(7);
    expect(pmp.pageVerdict(0x80000000, M)).toBe(-1);
  });

  it('answers undefined/false for CSRs it does not implement (QEMU 7.2 has pmpcfg0..3 only)', () => {
    const pmp = new Pmp();
    expect(pmp.csrRead(0x3a4)).toBeUndefined();
    expect(pmp.csrWrite(0x3a4, 1)).toBe(false);
    expect(pmp.csrRead(0x3c0)).toBeUndefined();
    expect(pmp.csrRead(0x3bf)).toBe(0);
  });

  it('bumps its version on every effective change and only then', () => {
    const pmp = new Pmp();
    const v0 = pmp.version;
    pmp.csrWrite(ADDR(3), 0);
    pmp.csrWrite(CFG[2]!, 0);
    expect(pmp.version).toBe(v0);
    pmp.csrWrite(ADDR(3), 5);
    expect(pmp.version).toBe(v0 + 1);
    pmp.csrWrite(CFG[0]!, L | NA4 | R);
    expect(pmp.version).toBe(v0 + 2);
    pmp.csrWrite(CFG[0]!, 0); // locked: ignored
    pmp.csrWrite(ADDR(0), 9);
    expect(pmp.version).toBe(v0 + 2);
    expect(pmp.anyLocked()).toBe(true);
    pmp.reset();
    expect(pmp.anyLocked()).toBe(false);
    expect(pmp.csrRead(CFG[0]!)).toBe(0);
  });

  it('locks pmpaddr i-1 under a locked TOR entry i, but not under a locked NAPOT one', () => {
    const pmp = new Pmp();
    pmp.csrWrite(CFG[0]!, (L | TOR | R) << 8);
    pmp.csrWrite(ADDR(0), 0x1234);
    expect(pmp.csrRead(ADDR(0))).toBe(0);
    pmp.csrWrite(CFG[0]!, 0); // entry 1 locked: its byte stays, entry 0 takes 0
    pmp.csrWrite(CFG[1]!, (L | NAPOT | R) << 8);
    pmp.csrWrite(ADDR(4), 0x1234);
    expect(pmp.csrRead(ADDR(4))).toBe(0x1234);
    pmp.csrWrite(ADDR(5), 0x1234);
    expect(pmp.csrRead(ADDR(5))).toBe(0);
  });

  it('round-trips save/restore and throws only SnapshotError for arbitrary input', () => {
    fc.assert(fc.property(config, (c) => {
      const a = configured(c);
      const b = new Pmp();
      b.restore(JSON.parse(JSON.stringify(a.save())));
      expect(b.save()).toEqual(a.save());
      expect(b.check(0x80200000, 4, 0, 0)).toBe(a.check(0x80200000, 4, 0, 0));
    }), { numRuns: 200 });
    const pmp = new Pmp();
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      try {
        pmp.restore(v);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
      }
    }));
    expect(() => pmp.restore({ cfg: new Array(16).fill(256), addr: new Array(16).fill(0) })).toThrow(/pmp: field cfg/);
  });
});
