// Encoding of one instruction from its table row and operand fields (the inverse of
// decode.ts). The assembler calls it; tests check decode(encode(x)) === x for every row.

import type { InsnSpec } from './isa.ts';

/** Operand fields of one instruction; which ones matter depends on the row's format. */
export interface Fields {
  rd: number;
  rs1: number;
  rs2: number;
  /** Sign-extended immediate; for U the full value (imm20 << 12); shamt; csri's uimm; B/J byte offset. */
  imm: number;
  csr: number;
  aq: boolean;
  rl: boolean;
  /** Fence sets (4 bits each, I O R W) and fence mode. */
  pred: number;
  succ: number;
  fm: number;
}

export const NO_FIELDS: Fields = { rd: 0, rs1: 0, rs2: 0, imm: 0, csr: 0, aq: false, rl: false, pred: 0, succ: 0, fm: 0 };

const rd = (x: number) => (x & 31) << 7;
const rs1 = (x: number) => (x & 31) << 15;
const rs2 = (x: number) => (x & 31) << 20;

/** The 32-bit word (unsigned) for `spec` with `f`'s operands. Fields are masked to their width. */
export function encode(spec: InsnSpec, f: Fields): number {
  const imm = f.imm | 0;
  let w: number;
  switch (spec.format) {
    case 'R':
      w = rd(f.rd) | rs1(f.rs1) | rs2(f.rs2);
      break;
    case 'I':
    case 'L':
      w = rd(f.rd) | rs1(f.rs1) | ((imm & 0xfff) << 20);
      break;
    case 'S':
      w = rs1(f.rs1) | rs2(f.rs2) | ((imm & 0x1f) << 7) | (((imm >> 5) & 0x7f) << 25);
      break;
    case 'B':
      w = rs1(f.rs1) | rs2(f.rs2) | (((imm >> 11) & 1) << 7) | (((imm >> 1) & 0xf) << 8) |
        (((imm >> 5) & 0x3f) << 25) | (((imm >> 12) & 1) << 31);
      break;
    case 'U':
      w = rd(f.rd) | (imm & 0xfffff000);
      break;
    case 'J':
      w = rd(f.rd) | (((imm >> 12) & 0xff) << 12) | (((imm >> 11) & 1) << 20) |
        (((imm >> 1) & 0x3ff) << 21) | (((imm >> 20) & 1) << 31);
      break;
    case 'shift':
      w = rd(f.rd) | rs1(f.rs1) | ((imm & 31) << 20);
      break;
    case 'csr':
      w = rd(f.rd) | rs1(f.rs1) | ((f.csr & 0xfff) << 20);
      break;
    case 'csri':
      w = rd(f.rd) | rs1(imm) | ((f.csr & 0xfff) << 20);
      break;
    case 'amo':
      w = rd(f.rd) | rs1(f.rs1) | rs2(f.rs2) | (f.aq ? 1 << 26 : 0) | (f.rl ? 1 << 25 : 0);
      break;
    case 'lr':
      w = rd(f.rd) | rs1(f.rs1) | (f.aq ? 1 << 26 : 0) | (f.rl ? 1 << 25 : 0);
      break;
    case 'fence':
      w = ((f.fm & 0xf) << 28) | ((f.pred & 0xf) << 24) | ((f.succ & 0xf) << 20);
      break;
    case 'sfence':
      w = rs1(f.rs1) | rs2(f.rs2);
      break;
    case 'none':
      w = 0;
      break;
  }
  return ((w & ~spec.mask) | spec.match) >>> 0;
}
