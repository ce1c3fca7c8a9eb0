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

