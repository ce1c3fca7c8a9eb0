// A small two-pass RV32 assembler generated from the instruction table (isa.ts): pass 1 parses
// every line and fixes each statement's size and address, pass 2 evaluates expressions and
// encodes. Takes source text; hands on bytes at a base address plus a symbol table, or throws
// an AsmError `file:line:col: message`. Reads back every line the disassembler prints.

import { FENCE_BITS, INSN_BY_OP, registerNumber, type Format, type InsnSpec } from './isa.ts';
import { CSR_NUMBERS } from './csr-names.ts';
import { encode, NO_FIELDS, type Fields } from './encode.ts';

/** A located assembly error; its message is `file:line:col: message`. */
export class AsmError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${col}: ${detail}`);
    this.name = 'AsmError';
  }
}

export interface AsmOptions {
  /** Address of the first .text byte (default 0x80000000, RAM on QEMU virt). */
  base?: number;
  /** File name used in error messages (default `<asm>`). */
  file?: string;
}

export interface AsmResult {
  base: number;
  /** .text, then zero padding, then .data. */
  bytes: Uint8Array;
  /** Labels and .equ symbols, absolute values. */
  symbols: Map<string, number>;
  text: { addr: number; size: number };
  data: { addr: number; size: number };
}

type Section = 'text' | 'data';

interface Operand {
  text: string;
  col: number;
}

interface Stmt {
  line: number;
  col: number;
  name: string; // lower-case mnemonic or directive
  nameCol: number;
  ops: Operand[];
  section: Section;
  offset: number; // within section
  size: number;
}

/** Thrown inside expression evaluation in pass 1 when a symbol is not yet known. */
class Unresolved extends Error {}

interface Ctx {
  file: string;
  line: number;
  symbols: Map<string, number>;
  /** Address of the current statement (`.`). */
  pc: number;
  /** Pass 2: unknown symbols are errors rather than Unresolved. */
  final: boolean;
}

// ---------------------------------------------------------------- expressions

const hi20 = (v: number): number => ((v + 0x800) >>> 12) & 0xfffff;
const lo12 = (v: number): number => (((v & 0xfff) << 20) >> 20);

class ExprParser {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly col: number,
    private readonly ctx: Ctx,
  ) {}

  fail(msg: string, at = this.pos): never {
    throw new AsmError(this.ctx.file, this.ctx.line, this.col + at, msg);
  }

  private skip(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }

  private eat(tok: string): boolean {
    this.skip();
    if (this.src.startsWith(tok, this.pos)) {
      this.pos += tok.length;
      return true;
    }
    return false;
  }

  parseAll(): number {
    const v = this.binary(0);
    this.skip();
    if (this.pos < this.src.length) this.fail(`unexpected '${this.src[this.pos]}' in expression`);
    return v;
  }

  private static readonly LEVELS: readonly (readonly string[])[] = [
    ['|'],
    ['^'],
    ['&'],
    ['<<', '>>'],
    ['+', '-'],
    ['*', '/', '%'],
  ];

  private binary(level: number): number {
    if (level === ExprParser.LEVELS.length) return this.unary();
    let v = this.binary(level + 1);
    for (;;) {
      this.skip();
      const op = ExprParser.LEVELS[level]!.find((o) => this.src.startsWith(o, this.pos));
      if (op === undefined) return v;
      // `%hi(` after a binary operator is a unary, not the modulo operator.
      if (op === '%' && /^%(hi|lo)\(/.test(this.src.slice(this.pos))) return v;
      const at = this.pos;
      this.pos += op.length;
      const rhs = this.binary(level + 1);
      v = this.apply(op, v, rhs, at);
    }
  }

  private apply(op: string, a: number, b: number, at: number): number {
    switch (op) {
      case '|': return a | b;
      case '^': return a ^ b;
      case '&': return a & b;
      case '<<': return a << b;
      case '>>': return a >> b;
      case '+': return a + b;
      case '-': return a - b;
      case '*': return Math.imul(a, b);
      case '/':
      case '%':
        if (b === 0) this.fail('division by zero', at);
        return op === '/' ? Math.trunc(a / b) : a % b;
      default:
        return this.fail(`unknown operator ${op}`, at);
    }
  }

  private unary(): number {
    this.skip();
    if (this.eat('-')) return -this.unary();
    if (this.eat('+')) return this.unary();
    if (this.eat('~')) return ~this.unary();
    if (this.eat('%hi(')) return hi20(this.closeParen());
    if (this.eat('%lo(')) return lo12(this.closeParen());
    if (this.eat('(')) return this.closeParen();
    return this.primary();
  }

  private closeParen(): number {
    const v = this.binary(0);
    if (!this.eat(')')) this.fail("expected ')'");
    return v;
  }

  private primary(): number {
    this.skip();
    const rest = this.src.slice(this.pos);
    const at = this.pos;
    let m: RegExpExecArray | null;
    if ((m = /^0[xX][0-9a-fA-F]+|^0[bB][01]+|^[0-9]+/.exec(rest))) {
      this.pos += m[0].length;
      const t = m[0].toLowerCase();
      return t.startsWith('0b') ? parseInt(t.slice(2), 2) : Number(t);
    }
    if ((m = /^'(\\.|[^\\'])'/.exec(rest))) {
      this.pos += m[0].length;
      return unescape(m[1]!, () => this.fail('bad character escape', at)).charCodeAt(0);
    }
    if ((m = /^[A-Za-z_.$][A-Za-z0-9_.$]*/.exec(rest))) {
      this.pos += m[0].length;
      if (m[0] === '.') {
        if (!this.ctx.final) throw new Unresolved();
        return this.ctx.pc;
      }
      const v = this.ctx.symbols.get(m[0]);
      if (v !== undefined) return v;
      if (!this.ctx.final) throw new Unresolved();
      return this.fail(`undefined symbol '${m[0]}'`, at);
    }
    return this.fail(rest === '' ? 'missing expression' : `unexpected '${rest[0]}' in expression`);
  }
}

function unescape(s: string, bad: () => never): string {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'" };
    if (e in simple) return simple[e]!;
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8) & 0xff);
    return bad();
  });
}

// ---------------------------------------------------------------- operands

function evalExpr(op: Operand, ctx: Ctx): number {
  return new ExprParser(op.text, op.col, ctx).parseAll();
}

function err(ctx: Ctx, col: number, msg: string): never {
  throw new AsmError(ctx.file, ctx.line, col, msg);
}

function reg(op: Operand, ctx: Ctx): number {
  const n = registerNumber(op.text.trim());
  if (n === undefined) err(ctx, op.col, `expected a register, got '${op.text.trim()}'`);
  return n;
}

function inRange(op: Operand, ctx: Ctx, v: number, lo: number, hi: number, what: string): number {
  if (!Number.isInteger(v) || v < lo || v > hi) err(ctx, op.col, `${what} ${v} out of range [${lo}, ${hi}]`);
  return v;
}

const imm12 = (op: Operand, ctx: Ctx): number => inRange(op, ctx, evalExpr(op, ctx), -2048, 2047, 'immediate');

/** `off(reg)` (offset optional) -> [offset, register]. */
function mem(op: Operand, ctx: Ctx): [number, number] {
  const t = op.text.trimEnd();
  const open = t.lastIndexOf('(');
  if (!t.endsWith(')') || open < 0) err(ctx, op.col, `expected 'offset(register)', got '${op.text.trim()}'`);
  const r = reg({ text: t.slice(open + 1, -1), col: op.col + open + 1 }, ctx);
  const offText = t.slice(0, open);
  const off = offText.trim() === '' ? 0 : imm12({ text: offText, col: op.col }, ctx);
  return [off, r];
}

function csrNumber(op: Operand, ctx: Ctx): number {
  const n = CSR_NUMBERS.get(op.text.trim().toLowerCase());
  return n ?? inRange(op, ctx, evalExpr(op, ctx), 0, 0xfff, 'CSR number');
}

function pcRel(op: Operand, ctx: Ctx, bits: number, what: string): number {
  const off = (evalExpr(op, ctx) - ctx.pc) | 0;
  if (off & 1) err(ctx, op.col, `${what} target is not 2-byte aligned`);
  return inRange(op, ctx, off, -(1 << (bits - 1)), (1 << (bits - 1)) - 2, `${what} offset`);
}

function fenceSet(op: Operand, ctx: Ctx): number {
  const t = op.text.trim().toLowerCase();
  if (t === '0') return 0;
  if (!/^i?o?r?w?$/.test(t) || t === '') err(ctx, op.col, `expected a fence set of i, o, r, w in order, got '${t}'`);
  return FENCE_BITS.reduce((acc, b, k) => (t.includes(b) ? acc | (8 >> k) : acc), 0);
}

function arity(ops: Operand[], ctx: Ctx, col: number, name: string, ...counts: number[]): void {
  if (!counts.includes(ops.length)) {
    err(ctx, col, `'${name}' takes ${counts.join(' or ')} operand${counts.join() === '1' ? '' : 's'}, got ${ops.length}`);
  }
}

// ---------------------------------------------------------------- instructions

type Encoded = { spec: InsnSpec; f: Fields };

function spec(op: string): InsnSpec {
  return INSN_BY_OP.get(op)!;
}

function insn(op: string, f: Partial<Fields>): Encoded {
  return { spec: spec(op), f: { ...NO_FIELDS, ...f } };
}

/** Operand counts each format accepts (checked in pass 1, so errors come in line order). */
const FORMAT_ARITY: Record<Format, number[]> = {
  R: [3], I: [3], L: [2], S: [2], B: [3], U: [2], J: [1, 2], shift: [3], csr: [3], csri: [3],
  amo: [3], lr: [2], fence: [0, 2], sfence: [0, 1, 2], none: [0],
};
const arityOf = (s: InsnSpec): number[] => (s.op === 'jalr' ? [1, 2, 3] : FORMAT_ARITY[s.format]);

/** Encodes a real (table) instruction; `name` may carry .aq/.rl suffixes for AMOs. */
function real(s: InsnSpec, name: string, ops: Operand[], ctx: Ctx, col: number): Fields {
  const n = (...c: number[]) => arity(ops, ctx, col, name, ...c);
  const o = (k: number) => ops[k]!;
  const f: Fields = { ...NO_FIELDS };
  switch (s.format) {
    case 'R':
      n(3);
      return { ...f, rd: reg(o(0), ctx), rs1: reg(o(1), ctx), rs2: reg(o(2), ctx) };
    case 'I':
      n(3);
      return { ...f, rd: reg(o(0), ctx), rs1: reg(o(1), ctx), imm: imm12(o(2), ctx) };
    case 'L': {
      if (s.op === 'jalr') {
        n(1, 2, 3);
        if (ops.length === 1) {
          const [imm, rs1] = o(0).text.includes('(') ? mem(o(0), ctx) : [0, reg(o(0), ctx)];
          return { ...f, rd: 1, rs1, imm };
        }
        if (ops.length === 3) return { ...f, rd: reg(o(0), ctx), rs1: reg(o(1), ctx), imm: imm12(o(2), ctx) };
        if (!o(1).text.includes('(')) return { ...f, rd: reg(o(0), ctx), rs1: reg(o(1), ctx) };
      }
      n(2);
      const [imm, rs1] = mem(o(1), ctx);
      return { ...f, rd: reg(o(0), ctx), rs1, imm };
    }
    case 'S': {
      n(2);
      const [imm, rs1] = mem(o(1), ctx);
      return { ...f, rs2: reg(o(0), ctx), rs1, imm };
    }
    case 'B':
      n(3);
      return { ...f, rs1: reg(o(0), ctx), rs2: reg(o(1), ctx), imm: pcRel(o(2), ctx, 13, 'branch') };
    case 'U':
      n(2);
      return { ...f, rd: reg(o(0), ctx), imm: inRange(o(1), ctx, evalExpr(o(1), ctx), -0x80000, 0xfffff, 'immediate') << 12 };
    case 'J':
      n(1, 2);
      if (ops.length === 1) return { ...f, rd: 1, imm: pcRel(o(0), ctx, 21, 'jump') };
      return { ...f, rd: reg(o(0), ctx), imm: pcRel(o(1), ctx, 21, 'jump') };
    case 'shift':
      n(3);
      return { ...f, rd: reg(o(0), ctx), rs1: reg(o(1), ctx), imm: inRange(o(2), ctx, evalExpr(o(2), ctx), 0, 31, 'shift amount') };
    case 'csr':
      n(3);
      return { ...f, rd: reg(o(0), ctx), csr: csrNumber(o(1), ctx), rs1: reg(o(2), ctx) };
    case 'csri':
      n(3);
      return { ...f, rd: reg(o(0), ctx), csr: csrNumber(o(1), ctx), imm: inRange(o(2), ctx, evalExpr(o(2), ctx), 0, 31, 'CSR immediate') };
    case 'amo':
    case 'lr': {
      const aq = /\.aq(rl)?$/.test(name);
      const rl = /\.(aq)?rl$/.test(name);
      const amo = s.format === 'amo';
      n(amo ? 3 : 2);
      const [off, rs1] = mem(o(amo ? 2 : 1), ctx);
      if (off !== 0) err(ctx, o(amo ? 2 : 1).col, 'atomic memory operations take no offset');
      return { ...f, rd: reg(o(0), ctx), rs2: amo ? reg(o(1), ctx) : 0, rs1, aq, rl };
    }
    case 'fence':
      n(0, 2);
      if (ops.length === 0) return { ...f, pred: 0xf, succ: 0xf };
      return { ...f, pred: fenceSet(o(0), ctx), succ: fenceSet(o(1), ctx) };
    case 'sfence':
      n(0, 1, 2);
      return { ...f, rs1: ops[0] ? reg(o(0), ctx) : 0, rs2: ops[1] ? reg(o(1), ctx) : 0 };
    case 'none':
      n(0);
      return f;
  }
}

/** Looks up `name` as a table instruction, stripping .aq/.rl/.aqrl from AMO mnemonics. */
function tableSpec(name: string): InsnSpec | undefined {
  const direct = INSN_BY_OP.get(name);
  if (direct) return direct;
  const m = /^(.*)\.(aq|rl|aqrl)$/.exec(name);
  const base = m ? INSN_BY_OP.get(m[1]!) : undefined;
  return base && (base.format === 'amo' || base.format === 'lr') ? base : undefined;
}

/** A pseudo-instruction: its size (pass 1, may be undefined-dependent) and its expansion. */
interface Pseudo {
  size(ops: Operand[], ctx: Ctx): number;
  expand(ops: Operand[], ctx: Ctx, size: number): Encoded[];
  arity: number[];
}

const fixed = (words: number, arityList: number[], expand: (ops: Operand[], ctx: Ctx) => Encoded[]): Pseudo => ({
  size: () => words * 4,
  expand: (ops, ctx) => expand(ops, ctx),
  arity: arityList,
});

function liExpand(rd: number, v: number, size: number): Encoded[] {
  v |= 0;
  if (size === 4 && v >= -2048 && v <= 2047) return [insn('addi', { rd, imm: v })];
  if (size === 4) return [insn('lui', { rd, imm: v })];
  return [insn('lui', { rd, imm: hi20(v) << 12 }), insn('addi', { rd, rs1: rd, imm: lo12(v) })];
}

function pcRelPair(first: string, second: string, rd: number, base: number, target: number, pc: number): Encoded[] {
  const off = (target - pc) | 0;
  return [insn(first, { rd: base, imm: hi20(off) << 12 }), insn(second, { rd, rs1: base, imm: lo12(off) })];
}

const branchZ = (op: string, swap: boolean): Pseudo =>
  fixed(1, [2], (o, c) => {
    const r = reg(o[0]!, c);
    const imm = pcRel(o[1]!, c, 13, 'branch');
    return [insn(op, swap ? { rs1: 0, rs2: r, imm } : { rs1: r, rs2: 0, imm })];
  });

const branchSwap = (op: string): Pseudo =>
  fixed(1, [3], (o, c) => [insn(op, { rs1: reg(o[1]!, c), rs2: reg(o[0]!, c), imm: pcRel(o[2]!, c, 13, 'branch') })]);

const PSEUDOS: ReadonlyMap<string, Pseudo> = new Map<string, Pseudo>([
  ['nop', fixed(1, [0], () => [insn('addi', {})])],
  ['fence.tso', fixed(1, [0], () => [insn('fence', { fm: 8, pred: 3, succ: 3 })])],
  ['li', {
    arity: [2],
    size(o, c) {
      try {
        const v = evalExpr(o[1]!, { ...c, symbols: c.symbols }) | 0;
        return (v >= -2048 && v <= 2047) || (v & 0xfff) === 0 ? 4 : 8;
      } catch (e) {
        if (e instanceof Unresolved) return 8;
        throw e;
      }
    },
    expand: (o, c, size) => liExpand(reg(o[0]!, c), evalExpr(o[1]!, c), size),
  }],
  ['la', fixed(2, [2], (o, c) => { const rd = reg(o[0]!, c); return pcRelPair('auipc', 'addi', rd, rd, evalExpr(o[1]!, c), c.pc); })],
  ['call', fixed(2, [1], (o, c) => pcRelPair('auipc', 'jalr', 1, 1, evalExpr(o[0]!, c), c.pc))],
  ['tail', fixed(2, [1], (o, c) => pcRelPair('auipc', 'jalr', 0, 6, evalExpr(o[0]!, c), c.pc))],
  ['mv', fixed(1, [2], (o, c) => [insn('addi', { rd: reg(o[0]!, c), rs1: reg(o[1]!, c) })])],
  ['not', fixed(1, [2], (o, c) => [insn('xori', { rd: reg(o[0]!, c), rs1: reg(o[1]!, c), imm: -1 })])],
  ['neg', fixed(1, [2], (o, c) => [insn('sub', { rd: reg(o[0]!, c), rs2: reg(o[1]!, c) })])],
  ['seqz', fixed(1, [2], (o, c) => [insn('sltiu', { rd: reg(o[0]!, c), rs1: reg(o[1]!, c), imm: 1 })])],
  ['snez', fixed(1, [2], (o, c) => [insn('sltu', { rd: reg(o[0]!, c), rs2: reg(o[1]!, c) })])],
  ['sltz', fixed(1, [2], (o, c) => [insn('slt', { rd: reg(o[0]!, c), rs1: reg(o[1]!, c) })])],
  ['sgtz', fixed(1, [2], (o, c) => [insn('slt', { rd: reg(o[0]!, c), rs2: reg(o[1]!, c) })])],
  ['j', fixed(1, [1], (o, c) => [insn('jal', { imm: pcRel(o[0]!, c, 21, 'jump') })])],
  ['jr', fixed(1, [1], (o, c) => [insn('jalr', { rs1: reg(o[0]!, c) })])],
  ['ret', fixed(1, [0], () => [insn('jalr', { rs1: 1 })])],
  ['beqz', branchZ('beq', false)],
  ['bnez', branchZ('bne', false)],
  ['bltz', branchZ('blt', false)],
  ['bgez', branchZ('bge', false)],
  ['blez', branchZ('bge', true)],
  ['bgtz', branchZ('blt', true)],
  ['bgt', branchSwap('blt')],
  ['ble', branchSwap('bge')],
  ['bgtu', branchSwap('bltu')],
  ['bleu', branchSwap('bgeu')],
  ['csrr', fixed(1, [2], (o, c) => [insn('csrrs', { rd: reg(o[0]!, c), csr: csrNumber(o[1]!, c) })])],
  ['csrw', fixed(1, [2], (o, c) => [insn('csrrw', { csr: csrNumber(o[0]!, c), rs1: reg(o[1]!, c) })])],
  ['csrs', fixed(1, [2], (o, c) => [insn('csrrs', { csr: csrNumber(o[0]!, c), rs1: reg(o[1]!, c) })])],
  ['csrc', fixed(1, [2], (o, c) => [insn('csrrc', { csr: csrNumber(o[0]!, c), rs1: reg(o[1]!, c) })])],
  ...(['csrwi', 'csrsi', 'csrci'] as const).map((p): [string, Pseudo] => [p, fixed(1, [2], (o, c) => [
    insn(`csrr${p[3]}i`, { csr: csrNumber(o[0]!, c), imm: inRange(o[1]!, c, evalExpr(o[1]!, c), 0, 31, 'CSR immediate') }),
  ])]),
]);

// ---------------------------------------------------------------- parsing

/** Splits operands at top-level commas (outside parentheses, strings and char literals). */
function splitOperands(text: string, col: number): Operand[] {
  const out: Operand[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let k = 0; k <= text.length; k++) {
    const ch = text[k];
    if (quote !== null) {
      if (ch === '\\') k++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0 || ch === undefined) {
      const raw = text.slice(start, k);
      const lead = raw.length - raw.trimStart().length;
      out.push({ text: raw.trim(), col: col + start + lead });
      start = k + 1;
    }
  }
  return out.length === 1 && out[0]!.text === '' ? [] : out;
}

/** Strips a `#` comment (not inside a string or char literal). */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (quote !== null) {
      if (ch === '\\') k++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') return line.slice(0, k);
  }
  return line;
}

function parseString(op: Operand, ctx: Ctx): number[] {
  const m = /^"((?:\\.|[^"\\])*)"$/.exec(op.text);
  if (!m) err(ctx, op.col, `expected a string literal, got '${op.text}'`);
  const s = unescape(m[1]!, () => err(ctx, op.col, 'bad escape in string'));
  const bytes: number[] = [];
  for (const ch of Buffer.from(s, 'latin1')) bytes.push(ch);
  return bytes;
}

// ---------------------------------------------------------------- the two passes

const DATA_SIZES: Record<string, number> = {
  '.word': 4, '.4byte': 4, '.long': 4, '.half': 2, '.2byte': 2, '.short': 2, '.byte': 1,
};
const IGNORED = new Set(['.globl', '.global', '.local', '.type', '.size', '.file', '.ident']);

/** Assembles `source`; throws AsmError for bad input. */
export function assemble(source: string, options: AsmOptions = {}): AsmResult {
  const base = (options.base ?? 0x80000000) >>> 0;
  const file = options.file ?? '<asm>';
  const stmts: Stmt[] = [];
  const labels = new Map<string, { section: Section; offset: number }>();
  const equs = new Map<string, number>();
  const size: Record<Section, number> = { text: 0, data: 0 };
  let dataAlign = 4;
  let section: Section = 'text';
  const lines = source.split(/\r?\n/);

  // Pass 1: parse, define labels, fix sizes. Only constant (.equ) symbols are known here.
  lines.forEach((raw, idx) => {
    try {
      pass1Line(raw, idx);
    } catch (e) {
      if (!(e instanceof Unresolved)) throw e;
      throw new AsmError(file, idx + 1, 1, 'expression needs a symbol that is not yet defined (sizes are fixed in pass 1)');
    }
  });
  function pass1Line(raw: string, idx: number): void {
    const ctx: Ctx = { file, line: idx + 1, symbols: equs, pc: 0, final: false };
    let text = stripComment(raw);
    let pos = 0;
    for (;;) {
      const m = /^(\s*)([A-Za-z_.$][A-Za-z0-9_.$]*)\s*:/.exec(text.slice(pos));
      if (!m) break;
      const name = m[2]!;
      if (labels.has(name) || equs.has(name)) err(ctx, pos + m[1]!.length + 1, `symbol '${name}' is already defined`);
      labels.set(name, { section, offset: size[section] });
      pos += m[0].length;
    }
    const rest = text.slice(pos);
    const m = /^(\s*)(\S+)(.*)$/.exec(rest);
    if (!m) return;
    const nameCol = pos + m[1]!.length + 1;
    const name = m[2]!.toLowerCase();
    const ops = splitOperands(m[3]!, nameCol + m[2]!.length);
    const stmt: Stmt = { line: idx + 1, col: nameCol, name, nameCol, ops, section, offset: size[section], size: 0 };
    ctx.pc = size[section];
    switch (name) {
      case '.text':
      case '.data':
        section = name === '.text' ? 'text' : 'data';
        return;
      case '.section': {
        const s = ops[0]?.text;
        if (s !== '.text' && s !== '.data' && s !== '.rodata' && s !== '.bss') err(ctx, ops[0]?.col ?? nameCol, `unknown section '${s ?? ''}'`);
        section = s === '.text' ? 'text' : 'data';
        return;
      }
      case '.equ':
      case '.set': {
        arity(ops, ctx, nameCol, name, 2);
        const sym = ops[0]!.text;
        if (!/^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(sym)) err(ctx, ops[0]!.col, `bad symbol name '${sym}'`);
        if (labels.has(sym)) err(ctx, ops[0]!.col, `symbol '${sym}' is already defined`);
        try {
          equs.set(sym, evalExpr(ops[1]!, ctx) | 0);
        } catch (e) {
          if (!(e instanceof Unresolved)) throw e;
        }
        stmts.push(stmt);
        return;
      }
      case '.align':
      case '.p2align':
      case '.balign': {
        arity(ops, ctx, nameCol, name, 1);
        const n = evalExpr(ops[0]!, ctx);
        const bytes = name === '.balign' ? n : 2 ** inRange(ops[0]!, ctx, n, 0, 16, 'alignment');
        if (bytes <= 0 || (bytes & (bytes - 1)) !== 0) err(ctx, ops[0]!.col, `alignment ${bytes} is not a power of two`);
        if (section === 'data') dataAlign = Math.max(dataAlign, bytes);
        stmt.size = (bytes - (size[section] % bytes)) % bytes;
        break;
      }
      case '.org': {
        arity(ops, ctx, nameCol, name, 1);
        const target = evalExpr(ops[0]!, ctx);
        if (target < size[section]) err(ctx, ops[0]!.col, `.org ${target} moves the location counter backwards (at ${size[section]})`);
        stmt.size = target - size[section];
        break;
      }
      case '.zero':
      case '.space':
        arity(ops, ctx, nameCol, name, 1, 2);
        stmt.size = inRange(ops[0]!, ctx, evalExpr(ops[0]!, ctx), 0, 1 << 24, 'size');
        break;
      case '.ascii':
      case '.asciz':
      case '.string':
        stmt.size = ops.reduce((n, o) => n + parseString(o, ctx).length + (name === '.ascii' ? 0 : 1), 0);
        break;
      default:
        if (name in DATA_SIZES) stmt.size = DATA_SIZES[name]! * ops.length;
        else if (IGNORED.has(name)) return;
        else if (name.startsWith('.')) err(ctx, nameCol, `unknown directive '${name}'`);
        else if (tableSpec(name)) {
          arity(ops, ctx, nameCol, name, ...arityOf(tableSpec(name)!));
          stmt.size = 4;
        } else {
          const p = PSEUDOS.get(name);
          if (!p) err(ctx, nameCol, `unknown instruction '${name}'`);
          arity(ops, ctx, nameCol, name, ...p.arity);
          stmt.size = p.size(ops, ctx);
        }
    }
    size[section] += stmt.size;
    stmts.push(stmt);
  }

  // Layout: .text at base, .data after it at its largest alignment.
  const dataAddr = base + Math.ceil(size.text / dataAlign) * dataAlign;
  const sectionBase = (s: Section) => (s === 'text' ? base : dataAddr);
  const symbols = new Map<string, number>(equs);
  for (const [name, l] of labels) symbols.set(name, (sectionBase(l.section) + l.offset) >>> 0);

  // Pass 2: evaluate and encode.
  const total = size.data > 0 ? dataAddr - base + size.data : size.text;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  for (const st of stmts) {
    const pc = sectionBase(st.section) + st.offset;
    const ctx: Ctx = { file, line: st.line, symbols, pc, final: true };
    const at = pc - base;
    emit(st, ctx, view, at, bytes);
  }
  return { base, bytes, symbols, text: { addr: base, size: size.text }, data: { addr: dataAddr, size: size.data } };
}

function emit(st: Stmt, ctx: Ctx, view: DataView, at: number, bytes: Uint8Array): void {
  const { name, ops } = st;
  if (name === '.equ' || name === '.set') {
    ctx.symbols.set(ops[0]!.text, evalExpr(ops[1]!, ctx) | 0);
    return;
  }
  if (name === '.align' || name === '.p2align' || name === '.balign' || name === '.org') {
    // Code is padded with nops when word-aligned; data (and odd gaps) with zeros.
    if (st.section === 'text' && at % 4 === 0 && st.size % 4 === 0) {
      for (let k = 0; k < st.size; k += 4) view.setUint32(at + k, 0x13, true);
    }
    return;
  }
  if (name === '.zero' || name === '.space') {
    const fill = ops[1] ? inRange(ops[1], ctx, evalExpr(ops[1], ctx), -128, 255, 'fill byte') : 0;
    bytes.fill(fill & 0xff, at, at + st.size);
    return;
  }
  if (name === '.ascii' || name === '.asciz' || name === '.string') {
    let k = at;
    for (const o of ops) {
      for (const b of parseString(o, ctx)) bytes[k++] = b;
      if (name !== '.ascii') bytes[k++] = 0;
    }
    return;
  }
  const width = DATA_SIZES[name];
  if (width !== undefined) {
    const lo = -(2 ** (width * 8 - 1));
    const hi = 2 ** (width * 8) - 1;
    ops.forEach((o, k) => {
      const v = inRange(o, ctx, evalExpr(o, ctx), lo, hi, 'value');
      if (width === 4) view.setUint32(at + 4 * k, v >>> 0, true);
      else if (width === 2) view.setUint16(at + 2 * k, v & 0xffff, true);
      else view.setUint8(at + k, v & 0xff);
    });
    return;
  }
  if (at % 4 !== 0) err(ctx, st.nameCol, 'instruction is not 4-byte aligned');
  const s = tableSpec(name);
  const words: Encoded[] = s
    ? [{ spec: s, f: real(s, name, ops, ctx, st.nameCol) }]
    : PSEUDOS.get(name)!.expand(ops, ctx, st.size);
  if (words.length * 4 !== st.size) err(ctx, st.nameCol, `internal: '${name}' changed size between passes`);
  words.forEach((w, k) => view.setUint32(at + 4 * k, encode(w.spec, w.f), true));
}

/** The little-endian 32-bit words of an assembled image's .text section. */
export function textWords(r: AsmResult): number[] {
  const view = new DataView(r.bytes.buffer, r.bytes.byteOffset);
  return Array.from({ length: r.text.size >>> 2 }, (_, k) => view.getUint32(4 * k, true));
}
