// The ONE RV32 instruction table: RV32I + M + A + Zicsr + Zifencei + the privileged
// instructions. The decoder (decode.ts), encoder (encode.ts), disassembler (disasm.ts) and
// assembler (asm.ts) derive from it; the interpreter and block translator will dispatch on `op`
// and charge cycles by `cls`.
//
// Instruction formats (RISC-V unprivileged spec 20191213, ch. 2.2-2.3, figs. 2.2-2.4):
//
//   31        25 24   20 19   15 14  12 11        7 6      0
//  |  funct7    |  rs2  |  rs1  |funct3|    rd     | opcode |  R
//  |     imm[11:0]      |  rs1  |funct3|    rd     | opcode |  I
//  | imm[11:5]  |  rs2  |  rs1  |funct3| imm[4:0]  | opcode |  S
//  |imm[12|10:5]|  rs2  |  rs1  |funct3|imm[4:1|11]| opcode |  B
//  |            imm[31:12]             |    rd     | opcode |  U
//  |     imm[20|10:1|11|19:12]         |    rd     | opcode |  J
//
//  special forms of these layouts:
//   shift  I with imm[11:5] = funct7 (0000000 / 0100000), imm[4:0] = shamt
//   csr    I with imm[11:0] = csr number, rs1 = source register      (csrrw/csrrs/csrrc)
//   csri   I with imm[11:0] = csr number, rs1 field = 5-bit uimm     (csrrwi/csrrsi/csrrci)
//   amo    R with funct7 = funct5 | aq | rl (bit 26 = aq, bit 25 = rl); lr.w has rs2 = 0
//   fence  I with imm[11:0] = fm[3:0] | pred[3:0] (I O R W) | succ[3:0] (I O R W)
//
// Immediates are sign-extended from their top bit (inst[31]) except csri's uimm and shamt.
// B and J immediates are multiples of 2 (bit 0 is not stored).

/** Operand layout of an instruction: decides the fields, their encoding and assembly syntax. */
export type Format =
  | 'R' // op rd, rs1, rs2
  | 'I' // op rd, rs1, imm
  | 'L' // I layout, load syntax: op rd, imm(rs1)   (loads, jalr)
  | 'S' // op rs2, imm(rs1)
  | 'B' // op rs1, rs2, target
  | 'U' // op rd, imm20
  | 'J' // op rd, target
  | 'shift' // op rd, rs1, shamt
  | 'csr' // op rd, csr, rs1
  | 'csri' // op rd, csr, uimm5
  | 'amo' // op[.aq][.rl] rd, rs2, (rs1)
  | 'lr' // op[.aq][.rl] rd, (rs1)
  | 'fence' // fence pred, succ
  | 'sfence' // sfence.vma rs1, rs2
  | 'none'; // no operands (ecall, mret, fence.i, ...)

/** Cost-table class of an instruction. */
export type InsnClass =
  | 'alu'
  | 'mul'
  | 'div'
  | 'load'
  | 'store'
  | 'branch'
  | 'jump'
  | 'csr'
  | 'system'
  | 'amo'
  | 'fence';

/** Which extension (and spec chapter) an instruction comes from. */
export type Extension = 'I' | 'M' | 'A' | 'Zicsr' | 'Zifencei' | 'priv';

export interface InsnSpec {
  readonly op: string;
  readonly format: Format;
  readonly cls: InsnClass;
  readonly ext: Extension;
  /** Fixed bits: a word w is this instruction iff (w & mask) === match (both unsigned). */
  readonly match: number;
  readonly mask: number;
}

const OPC = 0x7f;
const F3 = 0x7 << 12;
const F7 = 0x7f << 25;

function row(op: string, format: Format, cls: InsnClass, ext: Extension, match: number, mask: number): InsnSpec {
  return { op, format, cls, ext, match: match >>> 0, mask: mask >>> 0 };
}
function r(op: string, cls: InsnClass, ext: Extension, opcode: number, f3: number, f7: number): InsnSpec {
  return row(op, 'R', cls, ext, opcode | (f3 << 12) | (f7 << 25), OPC | F3 | F7);
}
function i(op: string, format: Format, cls: InsnClass, ext: Extension, opcode: number, f3: number): InsnSpec {
  return row(op, format, cls, ext, opcode | (f3 << 12), OPC | F3);
}
function sh(op: string, f3: number, f7: number): InsnSpec {
  return row(op, 'shift', 'alu', 'I', 0x13 | (f3 << 12) | (f7 << 25), OPC | F3 | F7);
}
function amo(op: string, f5: number): InsnSpec {
  return row(op, 'amo', 'amo', 'A', 0x2f | (2 << 12) | (f5 << 27), OPC | F3 | (0x1f << 27));
}
function sys(op: string, format: Format, cls: InsnClass, ext: Extension, word: number): InsnSpec {
  return row(op, format, cls, ext, word, 0xffffffff);
}

/** The table. Order is the spec's listing order (RV32/64G instruction set listings, ch. 24). */
export const INSNS = [
  // RV32I base integer instruction set: unprivileged spec 20191213, chapter 2.
  row('lui', 'U', 'alu', 'I', 0x37, OPC),
  row('auipc', 'U', 'alu', 'I', 0x17, OPC),
  row('jal', 'J', 'jump', 'I', 0x6f, OPC),
  i('jalr', 'L', 'jump', 'I', 0x67, 0),
  i('beq', 'B', 'branch', 'I', 0x63, 0),
  i('bne', 'B', 'branch', 'I', 0x63, 1),
  i('blt', 'B', 'branch', 'I', 0x63, 4),
  i('bge', 'B', 'branch', 'I', 0x63, 5),
  i('bltu', 'B', 'branch', 'I', 0x63, 6),
  i('bgeu', 'B', 'branch', 'I', 0x63, 7),
  i('lb', 'L', 'load', 'I', 0x03, 0),
  i('lh', 'L', 'load', 'I', 0x03, 1),
  i('lw', 'L', 'load', 'I', 0x03, 2),
  i('lbu', 'L', 'load', 'I', 0x03, 4),
  i('lhu', 'L', 'load', 'I', 0x03, 5),
  i('sb', 'S', 'store', 'I', 0x23, 0),
  i('sh', 'S', 'store', 'I', 0x23, 1),
  i('sw', 'S', 'store', 'I', 0x23, 2),
  i('addi', 'I', 'alu', 'I', 0x13, 0),
  i('slti', 'I', 'alu', 'I', 0x13, 2),
  i('sltiu', 'I', 'alu', 'I', 0x13, 3),
  i('xori', 'I', 'alu', 'I', 0x13, 4),
  i('ori', 'I', 'alu', 'I', 0x13, 6),
  i('andi', 'I', 'alu', 'I', 0x13, 7),
  sh('slli', 1, 0x00),
  sh('srli', 5, 0x00),
  sh('srai', 5, 0x20),
  r('add', 'alu', 'I', 0x33, 0, 0x00),
  r('sub', 'alu', 'I', 0x33, 0, 0x20),
  r('sll', 'alu', 'I', 0x33, 1, 0x00),
  r('slt', 'alu', 'I', 0x33, 2, 0x00),
  r('sltu', 'alu', 'I', 0x33, 3, 0x00),
  r('xor', 'alu', 'I', 0x33, 4, 0x00),
  r('srl', 'alu', 'I', 0x33, 5, 0x00),
  r('sra', 'alu', 'I', 0x33, 5, 0x20),
  r('or', 'alu', 'I', 0x33, 6, 0x00),
  r('and', 'alu', 'I', 0x33, 7, 0x00),
  // FENCE (ch. 2.7): fm, rs1 and rd are ignored by implementations (reserved for future use).
  i('fence', 'fence', 'fence', 'I', 0x0f, 0),
  sys('ecall', 'none', 'system', 'I', 0x00000073),
  sys('ebreak', 'none', 'system', 'I', 0x00100073),
  // Zifencei: unprivileged spec 20191213, chapter 3 (imm, rs1, rd reserved and ignored).
  i('fence.i', 'none', 'fence', 'Zifencei', 0x0f, 1),
  // Zicsr: unprivileged spec 20191213, chapter 9.
  i('csrrw', 'csr', 'csr', 'Zicsr', 0x73, 1),
  i('csrrs', 'csr', 'csr', 'Zicsr', 0x73, 2),
  i('csrrc', 'csr', 'csr', 'Zicsr', 0x73, 3),
  i('csrrwi', 'csri', 'csr', 'Zicsr', 0x73, 5),
  i('csrrsi', 'csri', 'csr', 'Zicsr', 0x73, 6),
  i('csrrci', 'csri', 'csr', 'Zicsr', 0x73, 7),
  // M extension: unprivileged spec 20191213, chapter 7.
  r('mul', 'mul', 'M', 0x33, 0, 0x01),
  r('mulh', 'mul', 'M', 0x33, 1, 0x01),
  r('mulhsu', 'mul', 'M', 0x33, 2, 0x01),
  r('mulhu', 'mul', 'M', 0x33, 3, 0x01),
  r('div', 'div', 'M', 0x33, 4, 0x01),
  r('divu', 'div', 'M', 0x33, 5, 0x01),
  r('rem', 'div', 'M', 0x33, 6, 0x01),
  r('remu', 'div', 'M', 0x33, 7, 0x01),
  // A extension: unprivileged spec 20191213, chapter 8 (aq = bit 26, rl = bit 25 are operands).
  row('lr.w', 'lr', 'amo', 'A', 0x2f | (2 << 12) | (0x02 << 27), OPC | F3 | (0x1f << 27) | (0x1f << 20)),
  amo('sc.w', 0x03),
  amo('amoswap.w', 0x01),
  amo('amoadd.w', 0x00),
  amo('amoxor.w', 0x04),
  amo('amoand.w', 0x0c),
  amo('amoor.w', 0x08),
  amo('amomin.w', 0x10),
  amo('amomax.w', 0x14),
  amo('amominu.w', 0x18),
  amo('amomaxu.w', 0x1c),
  // Privileged instructions: privileged spec 20211203, ch. 3.3 (mret, wfi) and 4.2.1 (sfence.vma).
  sys('sret', 'none', 'system', 'priv', 0x10200073),
  sys('mret', 'none', 'system', 'priv', 0x30200073),
  sys('wfi', 'none', 'system', 'priv', 0x10500073),
  row('sfence.vma', 'sfence', 'fence', 'priv', 0x12000073, 0xfe007fff),
] as const satisfies readonly InsnSpec[];

/** An instruction's mnemonic (its base mnemonic for AMOs: `.aq`/`.rl` are operands). */
export type Op = (typeof INSNS)[number]['op'];

/** The table by mnemonic. */
export const INSN_BY_OP: ReadonlyMap<string, InsnSpec> = new Map(INSNS.map((s) => [s.op, s]));

/**
 * Each row's index in INSNS, by op name: the small integers the interpreter and the block
 * translator dispatch on (a frozen object of numbers, which V8 switches on as fast as literals).
 */
export const OP: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(INSNS.map((s, i) => [s.op, i])),
);

/** ABI register names, index = register number (unprivileged spec ch. 25, table 25.1). */
export const ABI_NAMES = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2',
  's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7',
  's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
] as const;

/** Register name (xN, ABI name, or `fp` for s0) -> number, or undefined. */
export function registerNumber(name: string): number | undefined {
  const n = name.toLowerCase();
  const abi = (ABI_NAMES as readonly string[]).indexOf(n);
  if (abi >= 0) return abi;
  if (n === 'fp') return 8;
  const m = /^x([0-9]|[12][0-9]|3[01])$/.exec(n);
  return m ? Number(m[1]) : undefined;
}

/** Fence predecessor/successor set bits, high to low: I O R W (ch. 2.7). */
export const FENCE_BITS = ['i', 'o', 'r', 'w'] as const;
