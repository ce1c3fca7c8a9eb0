// Decoding of a 32-bit instruction word into a typed value, derived from the table in isa.ts.
// Takes a word; hands on a Decoded (op + operand fields) or an Illegal result, never throws.
// The CPU turns Illegal into an illegal-instruction trap with mtval = the word.

import { INSNS, type InsnSpec, type Op } from './isa.ts';
import type { Fields } from './encode.ts';

/** A decoded instruction: its row, the raw word and every operand field. */
export interface Decoded extends Fields {
  readonly kind: 'insn';
  readonly op: Op;
  readonly spec: InsnSpec;
  readonly word: number;
}

/** A word that matches no row of the table. */
export interface Illegal {
  readonly kind: 'illegal';
  readonly word: number;
}

export type DecodeResult = Decoded | Illegal;

// Candidate rows by (opcode, funct3): 1024 buckets. Rows whose mask does not cover funct3
// (U, J) sit in all eight funct3 buckets of their opcode.
const BUCKETS: InsnSpec[][] = Array.from({ length: 1024 }, () => []);
for (const spec of INSNS as readonly InsnSpec[]) {
  const opcode = spec.match & 0x7f;
  const coversF3 = ((spec.mask >>> 12) & 7) === 7;
  for (let f3 = 0; f3 < 8; f3++) {
    if (coversF3 && f3 !== ((spec.match >>> 12) & 7)) continue;
    BUCKETS[opcode | (f3 << 7)]!.push(spec);
  }
}

/** The table row of `word`, or undefined. */
export function lookup(word: number): InsnSpec | undefined {
  const w = word >>> 0;
  const bucket = BUCKETS[(w & 0x7f) | (((w >>> 12) & 7) << 7)]!;
  for (const spec of bucket) if (((w & spec.mask) >>> 0) === spec.match) return spec;
  return undefined;
}

/** Decodes one word (only its low 32 bits are used). */
export function decode(word: number): DecodeResult {
  const w = word >>> 0;
  const spec = lookup(w);
  if (spec === undefined) return { kind: 'illegal', word: w };
  return { kind: 'insn', op: spec.op as Op, spec, word: w, ...fields(spec, w) };
}

/** Sign-extended immediates per format (unprivileged spec 20191213, fig. 2.4). */
export const immI = (w: number): number => w >> 20;
export const immS = (w: number): number => ((w >> 25) << 5) | ((w >>> 7) & 0x1f);
export const immB = (w: number): number =>
  ((w >> 31) << 12) | (((w >>> 7) & 1) << 11) | (((w >>> 25) & 0x3f) << 5) | (((w >>> 8) & 0xf) << 1);
export const immU = (w: number): number => w & 0xfffff000;
export const immJ = (w: number): number =>
  ((w >> 31) << 20) | (w & 0xff000) | (((w >>> 20) & 1) << 11) | (((w >>> 21) & 0x3ff) << 1);

function fields(spec: InsnSpec, w: number): Fields {
  const rd = (w >>> 7) & 31;
  const rs1 = (w >>> 15) & 31;
  const rs2 = (w >>> 20) & 31;
  const f: Fields = { rd: 0, rs1: 0, rs2: 0, imm: 0, csr: 0, aq: false, rl: false, pred: 0, succ: 0, fm: 0 };
  switch (spec.format) {
    case 'R':
      return { ...f, rd, rs1, rs2 };
    case 'I':
    case 'L':
      return { ...f, rd, rs1, imm: immI(w) };
    case 'S':
      return { ...f, rs1, rs2, imm: immS(w) };
    case 'B':
      return { ...f, rs1, rs2, imm: immB(w) };
    case 'U':
      return { ...f, rd, imm: immU(w) };
    case 'J':
      return { ...f, rd, imm: immJ(w) };
    case 'shift':
      return { ...f, rd, rs1, imm: rs2 };
    case 'csr':
      return { ...f, rd, rs1, csr: w >>> 20 };
    case 'csri':
      return { ...f, rd, imm: rs1, csr: w >>> 20 };
    case 'amo':
      return { ...f, rd, rs1, rs2, aq: ((w >>> 26) & 1) === 1, rl: ((w >>> 25) & 1) === 1 };
    case 'lr':
      return { ...f, rd, rs1, aq: ((w >>> 26) & 1) === 1, rl: ((w >>> 25) & 1) === 1 };
    case 'fence':
      return { ...f, fm: w >>> 28, pred: (w >>> 24) & 0xf, succ: (w >>> 20) & 0xf };
    case 'sfence':
      return { ...f, rs1, rs2 };
    case 'none':
      return f;
  }
}
