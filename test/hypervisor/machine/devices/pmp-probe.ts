// A PMP probe that runs on qemu-system-riscv32 (an assembled M-mode program) and on our Pmp, so
// that CSR read-back (WARL, locks) and access verdicts can be compared. Data accesses run in
// M-mode with mstatus.MPRV set and MPP = the probed privilege (privileged spec §3.1.6.3), so the
// program's own fetches stay M-mode; fetches jump (mret) to an `ecall` planted at the target.
// Each probe records mcause (0 when a data access completed; for fetches the ecall's cause).

import type { Pmp } from '../../../../hypervisor/machine/pmp.ts';
import { RAM_BASE } from '../../../../hypervisor/machine/memory.ts';
import { printWordsAndExit } from './mmio-probe.ts';

export type PmpOp =
  | { readonly op: 'csrw'; readonly csr: number; readonly value: number }
  | { readonly op: 'csrr'; readonly csr: number }
  | { readonly op: 'access'; readonly addr: number; readonly kind: 0 | 1 | 2; readonly size: 1 | 2 | 4; readonly priv: 0 | 1 | 3 };

const BUFFER = RAM_BASE + 0x10000;
const ECALL = 0x00000073;
const ECALL_CAUSE = { 0: 8, 1: 9, 3: 11 } as const;
const FAULT_CAUSE = [5, 7, 1] as const; // load, store/AMO, fetch access faults
const ILLEGAL_INSTRUCTION = 2;
const MSTATUS_MPRV = 1 << 17;
const MSTATUS_MPP = 3 << 11;

function dataAccess(o: Extract<PmpOp, { op: 'access' }>, k: number): string {
  const insn = o.kind === 0 ? { 1: 'lbu', 2: 'lhu', 4: 'lw' }[o.size] : { 1: 'sb', 2: 'sh', 4: 'sw' }[o.size];
  return `
    la s4, resume_${k}
    li t4, 0
    li t0, ${o.addr >>> 0}
    li t1, ${MSTATUS_MPRV | MSTATUS_MPP}
    csrc mstatus, t1
    li t1, ${MSTATUS_MPRV | (o.priv << 11)}
    csrs mstatus, t1
    ${insn} ${o.kind === 0 ? 't2' : 'zero'}, 0(t0)
    li t1, ${MSTATUS_MPRV}
    csrc mstatus, t1
resume_${k}:
    sw t4, 0(s0)
    addi s0, s0, 4`;
}

function fetch(o: Extract<PmpOp, { op: 'access' }>, k: number): string {
  return `
    la s4, resume_${k}
    li t4, 0
    li t0, ${o.addr >>> 0}
    csrw mepc, t0
    li t1, ${MSTATUS_MPRV | MSTATUS_MPP}
    csrc mstatus, t1
    li t1, ${o.priv << 11}
    csrs mstatus, t1
    mret
resume_${k}:
    sw t4, 0(s0)
    addi s0, s0, 4`;
}

/** The M-mode program: plant ecalls at fetch targets, run the ops, print the recorded words. */
export function pmpProbeSource(ops: readonly PmpOp[]): string {
  const targets = [...new Set(ops.flatMap((o) => (o.op === 'access' && o.kind === 2 ? [o.addr >>> 0] : [])))];
  const plant = targets.map((a) => `li t0, ${a}\nli t1, ${ECALL}\nsw t1, 0(t0)`).join('\n');
  const body = ops.map((o, k) => {
    if (o.op === 'csrw') return `li t1, ${o.value >>> 0}\ncsrw ${o.csr}, t1`;
    if (o.op === 'csrr') return `csrr t1, ${o.csr}\nsw t1, 0(s0)\naddi s0, s0, 4`;
    return o.kind === 2 ? fetch(o, k) : dataAccess(o, k);
  });
  return `
    csrr t0, mhartid
    beqz t0, hart0
    j park
hart0:
    la t0, handler
    csrw mtvec, t0
${plant}
    fence.i
    li s0, ${BUFFER}
${body.join('\n')}
    mv s1, s0
    li s0, ${BUFFER}
${printWordsAndExit('s0', 's1')}
    .balign 4
handler:
    csrr t4, mcause
    csrw mepc, s4
    li t5, ${MSTATUS_MPP}
    csrs mstatus, t5
    li t5, ${MSTATUS_MPRV}
    csrc mstatus, t5
    mret
`;
}

/** The same ops on our Pmp, formatted like the program's output. */
export function replayPmp(ops: readonly PmpOp[], pmp: Pmp): string {
  const words: number[] = [];
  for (const o of ops) {
    if (o.op === 'csrw') pmp.csrWrite(o.csr, o.value);
    else if (o.op === 'csrr') words.push(pmp.csrRead(o.csr) ?? 0xdeadbeef);
    else if (o.kind === 2 && o.priv !== 3 && pmp.activeRules() === 0) words.push(ILLEGAL_INSTRUCTION); // QEMU 7.2's mret rule
    else if (pmp.check(o.addr >>> 0, o.size, o.kind, o.priv)) words.push(o.kind === 2 ? ECALL_CAUSE[o.priv] : 0);
    else words.push(FAULT_CAUSE[o.kind]);
  }
  return words.map((v) => `${(v >>> 0).toString(16).padStart(8, '0')}\n`).join('');
}

/** Labels for output lines, for readable failures. */
export function describePmpOps(ops: readonly PmpOp[]): string[] {
  const kinds = ['load', 'store', 'fetch'];
  const privs: Record<number, string> = { 0: 'U', 1: 'S', 3: 'M' };
  return ops.flatMap((o) => {
    if (o.op === 'csrw') return [];
    if (o.op === 'csrr') return [`csrr 0x${o.csr.toString(16)}`];
    return [`${privs[o.priv]} ${kinds[o.kind]}${o.size} @0x${(o.addr >>> 0).toString(16)}`];
  });
}

// ---- the probe compared with QEMU (pmp.test.ts) and run on VirtMachine (virt-probe.test.ts) ----

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

export const PMP_PROBE: readonly PmpOp[] = [
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

