// The disassembler: a word (and optionally its pc) -> one line of objdump-like text with ABI
// register names and CSR names. Canonical forms only (no pseudo-instructions), so the
// assembler (asm.ts) reads every line back to the same word.

import { ABI_NAMES, FENCE_BITS } from './isa.ts';
import { CSR_NAMES } from './csr-names.ts';
import { decode, type Decoded } from './decode.ts';

const reg = (n: number): string => ABI_NAMES[n]!;
const hex = (n: number): string => '0x' + (n >>> 0).toString(16);

/** A CSR's name, or its number in hex when it has no standard name. */
export function csrName(num: number): string {
  return CSR_NAMES.get(num) ?? hex(num);
}

function fenceSet(bits: number): string {
  const s = FENCE_BITS.filter((_, k) => (bits >> (3 - k)) & 1).join('');
  return s === '' ? '0' : s;
}

/** A pc-relative target: the absolute address when pc is known, else `.+off` / `.-off`. */
function target(d: Decoded, pc: number | undefined): string {
  if (pc !== undefined) return hex((pc + d.imm) >>> 0);
  return d.imm < 0 ? `.-${-d.imm}` : `.+${d.imm}`;
}

/** Disassembles one word; an illegal word prints as `.word 0x...`. */
export function disassemble(word: number, pc?: number): string {
  const d = decode(word);
  if (d.kind === 'illegal') return `.word ${hex(d.word)}`;
  return formatDecoded(d, pc);
}

/** The text of an already decoded instruction. */
export function formatDecoded(d: Decoded, pc?: number): string {
  if (d.op === 'fence' && d.fm === 8 && d.pred === 3 && d.succ === 3) return 'fence.tso';
  const ops = operands(d, pc);
  const name = d.spec.format === 'amo' || d.spec.format === 'lr'
    ? d.op + (d.aq ? '.aq' : '') + (d.rl ? (d.aq ? 'rl' : '.rl') : '')
    : d.op;
  return ops === '' ? name : `${name} ${ops}`;
}

function operands(d: Decoded, pc: number | undefined): string {
  switch (d.spec.format) {
    case 'R':
      return `${reg(d.rd)}, ${reg(d.rs1)}, ${reg(d.rs2)}`;
    case 'I':
    case 'shift':
      return `${reg(d.rd)}, ${reg(d.rs1)}, ${d.imm}`;
    case 'L':
      return `${reg(d.rd)}, ${d.imm}(${reg(d.rs1)})`;
    case 'S':
      return `${reg(d.rs2)}, ${d.imm}(${reg(d.rs1)})`;
    case 'B':
      return `${reg(d.rs1)}, ${reg(d.rs2)}, ${target(d, pc)}`;
    case 'U':
      return `${reg(d.rd)}, ${hex(d.imm >>> 12)}`;
    case 'J':
      return `${reg(d.rd)}, ${target(d, pc)}`;
    case 'csr':
      return `${reg(d.rd)}, ${csrName(d.csr)}, ${reg(d.rs1)}`;
    case 'csri':
      return `${reg(d.rd)}, ${csrName(d.csr)}, ${d.imm}`;
    case 'amo':
      return `${reg(d.rd)}, ${reg(d.rs2)}, (${reg(d.rs1)})`;
    case 'lr':
      return `${reg(d.rd)}, (${reg(d.rs1)})`;
    case 'fence':
      return `${fenceSet(d.pred)}, ${fenceSet(d.succ)}`;
    case 'sfence':
      return `${reg(d.rs1)}, ${reg(d.rs2)}`;
    case 'none':
      return '';
  }
}
