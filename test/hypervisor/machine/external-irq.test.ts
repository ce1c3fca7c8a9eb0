// External interrupts end to end on the VirtMachine: a byte arriving at the UART raises its
// line (PLIC source 10), the PLIC drives the hart's MEIP (context 0) or SEIP (context 1), the
// hart takes the interrupt (privileged spec §3.1.9), the handler claims source 10 from the PLIC,
// reads the byte and completes the claim. Also run on both tiers.

import { describe, expect, it } from 'vitest';
import { PASS, virt } from './harness.ts';

const UART = 0x10000000;
const PLIC = 0x0c000000;

/** Guest: enable UART RX interrupts, PLIC source 10 for `context`, wait in WFI, echo each byte + 1. */
function echoProgram(context: 0 | 1): string {
  const sMode = context === 1;
  return `
    la t0, mtrap
    csrw mtvec, t0
    li t0, -1
    csrw pmpaddr0, t0
    li t0, 0x1f
    csrw pmpcfg0, t0            # NAPOT, RWX: all memory for S
    li s0, ${UART}
    li t0, 1
    sb t0, 1(s0)                # IER: received data available
    li s1, ${PLIC}
    li t0, 1
    sw t0, 40(s1)               # priority[10] = 1
    li t0, ${0x2000 + 0x80 * context}
    add t0, s1, t0
    li t1, ${1 << 10}
    sw t1, 0(t0)                # enable source 10 for the context
    li t0, ${0x200000 + 0x1000 * context}
    add s2, s1, t0              # &threshold[context]; claim/complete at +4
    sw zero, 0(s2)
    li s3, 3                    # bytes to echo
    ${sMode ? `
    li t0, ${1 << 9}
    csrw mideleg, t0            # SEI to S
    csrw sie, t0
    la t0, strap
    csrw stvec, t0
    li t0, ${1 << 11}           # MPP = S
    csrw mstatus, t0
    la t0, smain
    csrw mepc, t0
    mret
  smain:
    csrsi sstatus, 2            # SIE
  sidle:
    wfi
    j sidle
    .align 2
  strap:
    csrr t0, scause
    j handler` : `
    li t0, ${1 << 11}
    csrw mie, t0                # MEIE
    csrsi mstatus, 8            # MIE
  idle:
    wfi
    j idle`}
    .align 2
  mtrap:
    csrr t0, mcause
  handler:
    la t1, causes
    sw t0, 0(t1)
    lw t2, 4(s2)                # claim
    sw t2, 4(t1)
  drain:
    lbu t3, 5(s0)               # LSR
    andi t3, t3, 1
    beqz t3, done
    lbu t3, 0(s0)               # RBR
    addi t3, t3, 1
    sb t3, 0(s0)                # THR
    addi s3, s3, -1
    j drain
  done:
    sw t2, 4(s2)                # complete
    beqz s3, finish
    ${sMode ? 'sret' : 'mret'}
  finish:
    ${PASS}
    .align 2
  causes: .word 0, 0
  `;
}

describe('external interrupts through the PLIC (privileged spec §3.1.9, §4.1.3)', () => {
  for (const tier of ['interp', 'jit'] as const) {
    it(`UART input raises MEIP for M-mode: the handler claims source 10 and echoes (${tier})`, () => {
      const v = virt(echoProgram(0), { input: new TextEncoder().encode('abc'), tier });
      expect(v.machine.run(1_000_000)).toMatchObject({ kind: 'poweroff', status: 'pass' });
      expect(v.output()).toBe('bcd');
      expect(v.word(v.at('causes')) >>> 0).toBe(0x8000000b); // interrupt, MEI
      expect(v.word(v.at('causes') + 4)).toBe(10); // the UART's PLIC source
      expect(v.machine.stats().events['interrupt.MEI']).toBeGreaterThanOrEqual(1);
    });

    it(`delegated: UART input raises SEIP and S-mode takes it through stvec (${tier})`, () => {
      const v = virt(echoProgram(1), { input: new TextEncoder().encode('xyz'), tier });
      expect(v.machine.run(1_000_000)).toMatchObject({ kind: 'poweroff', status: 'pass' });
      expect(v.output()).toBe('yz{');
      expect(v.word(v.at('causes')) >>> 0).toBe(0x80000009); // interrupt, SEI
      expect(v.word(v.at('causes') + 4)).toBe(10);
      expect(v.machine.stats().events['interrupt.SEI']).toBeGreaterThanOrEqual(1);
    });
  }
});
