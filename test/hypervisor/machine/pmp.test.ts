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
import { describePmpOps, type PmpOp, pmpProbeSource, replayPmp } from './devices/pmp-probe.ts';

const FIXTURE = join(import.meta.dirname, 'devices', 'fixtures', 'pmp-probe.txt');
const CFG = [0x3a0, 0x3a1, 0x3a2, 0x3a3];
const ADDR = (i: number) => 0x3b0 + i;
const [LOAD, STORE, FETCH] = [0, 1, 2] as const;
const [U, S, M] = [0, 1, 3] as const;
// cfg bytes
const R = 1, W = 2, X = 4, L = 0x80;
const TOR = 1 << 3, NA4 = 2 << 3, NAPOT = 3 << 3;
const napot = (base: number, size: number) => (base + size / 2 - 1) >>> 2;

const csrw = (csr: number, value: number): PmpOp => ({ op: 'csrw', csr, value });
const csrr = (csr: number): PmpOp => ({ op: 'csrr', csr });
const acc = (priv: 0 | 1 | 3, kind: 0 | 1 | 2, addr: number, size: 1 | 2 | 4 = 4): PmpOp => ({ op: 'access', addr, kind, size, priv });

const PROBE: readonly PmpOp[] = [
  // reset: no entry active, S/U denied, M allowed
  ...CFG.map(csrr), csrr(ADDR(0)),
  acc(U, LOAD, 0x80200000), acc(S, LOAD, 0x80200000), acc(M, LOAD, 0x80200000), acc(U, FETCH, 0x80300000),
  // WARL: reserved bits 6:5 and the reserved R=0,W=1 combination; all address bits
  csrw(CFG[0]!, 0x7f6a3b02), csrr(CFG[0]!), csrw(CFG[0]!, 0), csrr(CFG[0]!),
  csrw(ADDR(0), 0xffffffff), csrr(ADDR(0)), csrw(ADDR(0), 0), csrr(ADDR(0)),
  // TOR: entry 1 = [0x80200000, 0x80201000) read-only
  csrw(ADDR(0), 0x80200000 >>> 2), csrw(ADDR(1), 0x80201000 >>> 2), csrw(CFG[0]!, (TOR | R) << 8),
  acc(U, LOAD, 0x80200000), acc(U, LOAD, 0x80200ffc), acc(U, LOAD, 0x80200ffe, 2), acc(U, LOAD, 0x80200fff, 1),
  acc(U, LOAD, 0x80201000), acc(S, LOAD, 0x801ffffc), acc(U, STORE, 0x80200000), acc(M, STORE, 0x80201000),
  acc(M, STORE, 0x80200010),
  // NAPOT and priority: entry 2 = 8 KiB R at 0x80200000, entry 3 = 64 KiB RWX, entry 4 = NA4 X at 0x80300000
  csrw(ADDR(2), napot(0x80200000, 0x2000)), csrw(ADDR(3), napot(0x80200000, 0x10000)), csrw(ADDR(4), 0x80300000 >>> 2),
  csrw(CFG[0]!, ((TOR | R) << 8) | ((NAPOT | R) << 16) | ((NAPOT | R | W | X) << 24)), csrw(CFG[1]!, NA4 | X), csrr(CFG[0]!), csrr(CFG[1]!),
  acc(U, STORE, 0x80200100), acc(U, STORE, 0x80201100), acc(S, STORE, 0x80202100), acc(U, STORE, 0x8020fffc),
  acc(U, STORE, 0x80210000), acc(U, FETCH, 0x8020f000), acc(S, FETCH, 0x8020f000), acc(U, FETCH, 0x80201800),
  acc(U, FETCH, 0x80300000), acc(U, LOAD, 0x80300000), acc(U, FETCH, 0x80300004),
  // a 4 KiB NAPOT X page: fetch inside it
  csrw(ADDR(6), napot(0x80301000, 0x1000)), csrw(CFG[1]!, (NA4 | X) | ((NAPOT | X | R) << 16)), acc(U, FETCH, 0x80301000), acc(S, FETCH, 0x80301ffc),
  // locks: entry 5 = locked NAPOT 4 KiB R at 0x80400000; entry 7 = locked TOR [0x80500000, 0x80501000) RW
  csrw(ADDR(5), napot(0x80400000, 0x1000)), csrw(ADDR(6), 0x80500000 >>> 2), csrw(ADDR(7), 0x80501000 >>> 2),
  csrw(CFG[1]!, (NA4 | X) | ((L | NAPOT | R) << 8) | ((L | TOR | R | W) << 24)), csrr(CFG[1]!),
  acc(M, STORE, 0x80400000), acc(M, LOAD, 0x80400ffc), acc(M, STORE, 0x80401000), acc(U, LOAD, 0x80400000), acc(U, STORE, 0x80400000),
  acc(M, STORE, 0x80500000), acc(M, FETCH, 0x80500ff0), acc(U, STORE, 0x80500000), acc(M, FETCH, 0x80300000),
  csrw(CFG[1]!, 0), csrr(CFG[1]!), csrw(ADDR(5), 0), csrr(ADDR(5)), csrw(ADDR(6), 0), csrr(ADDR(6)), csrw(ADDR(4), 0), csrr(ADDR(4)),
  csrw(ADDR(7), 0), csrr(ADDR(7)), acc(M, STORE, 0x80500ffc),
];

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
