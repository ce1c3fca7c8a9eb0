// The block tier against the reference interpreter on random programs: straight-line code and
// counted loops over every ALU/M op, loads and stores (aligned, misaligned, to the code's own
// page), forward branches, counter CSR reads, and faults in the middle of blocks (an access
// to unmapped memory, a misaligned jump, an illegal word, ecall/ebreak) skipped by a handler.
// Both harts run in the same slices (budget ends fall inside blocks) and must agree on every
// register, CSR, counter, event and byte of memory after each slice.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBoth } from './harness.ts';

const ALU_R = ['add', 'sub', 'sll', 'slt', 'sltu', 'xor', 'srl', 'sra', 'or', 'and', 'mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'];
const ALU_I = ['addi', 'slti', 'sltiu', 'xori', 'ori', 'andi'];
const SHIFT_I = ['slli', 'srli', 'srai'];
const LOADS = ['lb', 'lh', 'lw', 'lbu', 'lhu'];
const STORES = ['sb', 'sh', 'sw'];
const BRANCHES = ['beq', 'bne', 'blt', 'bge', 'bltu', 'bgeu'];

// x1..x26 are free for random code; s11 (x27) holds the data address, x28 counts the loop,
// x30 is scratch for the misaligned jump, x31 belongs to the trap handler.
const reg = fc.integer({ min: 0, max: 26 }).map((n) => `x${n}`);
const imm12 = fc.integer({ min: -2048, max: 2047 });

/** One random instruction line; `k` numbers it, `n` is the body length (for branch targets). */
function insn(k: number, n: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...ALU_R), reg, reg, reg).map(([op, d, a, b]) => `${op} ${d}, ${a}, ${b}`) },
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...ALU_I), reg, reg, imm12).map(([op, d, a, i]) => `${op} ${d}, ${a}, ${i}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SHIFT_I), reg, reg, fc.integer({ min: 0, max: 31 })).map(([op, d, a, i]) => `${op} ${d}, ${a}, ${i}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('lui', 'auipc'), reg, fc.integer({ min: 0, max: 0xfffff })).map(([op, d, i]) => `${op} ${d}, ${i}`) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...LOADS), reg, fc.integer({ min: 0, max: 1020 })).map(([op, d, o]) => `${op} ${d}, ${o}(x27)`) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...STORES), reg, fc.integer({ min: 0, max: 1020 })).map(([op, s, o]) => `${op} ${s}, ${o}(x27)`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...BRANCHES), reg, reg, fc.integer({ min: k + 1, max: n })).map(([op, a, b, t]) => `${op} ${a}, ${b}, L${t}`) },
    { weight: 1, arbitrary: fc.integer({ min: k + 1, max: n }).map((t) => `jal x${1 + (t % 26)}, L${t}`) },
    { weight: 1, arbitrary: fc.tuple(reg, fc.constantFrom('mcycle', 'minstret', 'cycle', 'instret')).map(([d, c]) => `csrr ${d}, ${c}`) },
    // Faults in the middle of a block; the handler resumes after the faulting instruction.
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'lw x1, 0(x0)', // access fault: nothing at 0
        'sw x1, 16(x0)',
        '.word 0', // illegal instruction
        'ecall',
        'ebreak',
        'lw x2, -4(x27)', // fine: data is preceded by RAM
        `la x30, L${n}\naddi x30, x30, 2\njalr x0, 0(x30)`, // misaligned jump target
      ),
    },
  );
}

function program(body: string[], loops: number, init: readonly number[] = []): string {
  const lines = body.map((s, k) => `L${k}:\n${s}`);
  return `
    ${init.map((v, i) => `li x${i + 1}, ${v}`).join('\n')}
    la t0, handler
    csrw mtvec, t0
    la x27, data
    li x28, ${loops}
  loop:
    ${lines.join('\n')}
  L${body.length}:
    addi x28, x28, -1
    bnez x28, loop
    li t6, 0x100000
    li t5, 0x5555
    sw t5, 0(t6)
  halt:
    j halt
  handler:
    csrr x31, mepc
    addi x31, x31, 4
    csrw mepc, x31
    mret
    .data
  data:
    .space 1100
  `;
}

const arbProgram = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_, k) => insn(k, n))),
      fc.integer({ min: 1, max: 40 }),
      fc.array(fc.integer({ min: -0x80000000, max: 0x7fffffff }), { minLength: 26, maxLength: 26 }),
    ),
  )
  .map(([body, loops, init]) => program(body, loops, init));

const arbSlices = fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 8 }).map((s) => [...s, 1_000_000]);

describe('block tier against the interpreter', () => {
  it('random straight-line and looping programs end every slice in identical state', () => {
    fc.assert(
      fc.property(arbProgram, arbSlices, (src, slices) => {
        const { interp, jit } = runBoth(src, slices);
        expect(jit).toEqual(interp);
        // The program must have reached the finisher, else the comparison proved little.
        expect(interp.some((s) => (s as { exit: { kind: string } }).exit.kind === 'stop')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('random programs agree with blocks compiled on the 1st or 10th visit, with or without inline RAM paths', () => {
    fc.assert(
      fc.property(arbProgram, arbSlices, fc.constantFrom(1, 10), fc.boolean(), (src, slices, hotness, inlineRam) => {
        const { interp, jit } = runBoth(src, slices, { hotness, maxBlocks: 8, maxInsns: 5, inlineRam });
        expect(jit).toEqual(interp);
      }),
      { numRuns: 60 },
    );
  });

  it('a budget of one step at a time gives the same states as the interpreter', () => {
    const src = program(['add x1, x1, x2', 'addi x2, x2, 3', 'sw x1, 8(x27)', 'lw x3, 8(x27)', 'bne x3, x1, L5', 'xor x4, x3, x2'], 20);
    const { interp, jit } = runBoth(src, Array.from({ length: 300 }, () => 1));
    expect(jit).toEqual(interp);
  });
});
