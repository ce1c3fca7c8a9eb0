// The ONE opcode table. The encoder, decoder, assembler, disassembler, verifier and
// interpreter all derive from this table; a test (test/vm/bytecode/opcode-coverage.test.ts)
// fails if any opcode lacks an implementation in any of them.
//
// Ringfence bytecode follows the JVM (JVMS §6.5) with two deliberate simplifications:
//  * every value occupies ONE operand-stack slot and ONE local-variable slot, longs and
//    doubles included (no category-2 values, so no pop2/dup2 family);
//  * every local-variable index is a u2 and every branch offset an s4 (no wide/_w forms,
//    no iload_0-style shorthands), so each opcode has exactly one operand layout.
// Opcode numbers are the JVM's where the JVM has the instruction.

/** How one operand is laid out in the code array (big-endian, no alignment padding). */
export type OperandKind =
  | 'local' // u2 local-variable index
  | 'i8' // s1 immediate
  | 'i16' // s2 immediate
  | 'cp' // u2 constant-pool index
  | 'branch' // s4 offset relative to the opcode's own address
  | 'atype' // u1 primitive array element type (ArrayType below)
  | 'dims' // u1 dimension count (multianewarray)
  | 'tableswitch' // s4 default, s4 low, s4 high, then (high-low+1) x s4 offsets
  | 'lookupswitch'; // s4 default, s4 npairs, then npairs x (s4 match, s4 offset), sorted by match

/** Byte size of a fixed-size operand kind (switches are variable). */
export const OPERAND_SIZE: Record<Exclude<OperandKind, 'tableswitch' | 'lookupswitch'>, number> = {
  local: 2,
  i8: 1,
  i16: 2,
  cp: 2,
  branch: 4,
  atype: 1,
  dims: 1,
};

/**
 * Verification types of stack slots (JVMS §4.10.1.2, simplified to one slot per value):
 * I int (also boolean, byte, char, short), J long, F float, D double, A any reference.
 */
export type SlotType = 'I' | 'J' | 'F' | 'D' | 'A';

/**
 * Stack effect. 'fixed' lists what is popped (top of stack LAST) and pushed. 'special'
 * means the effect depends on the operand (a constant-pool descriptor, a dimension count)
 * or on the stack shape (dup family); the verifier and interpreter handle those by name.
 */
export type StackEffect =
  | { kind: 'fixed'; pop: readonly SlotType[]; push: readonly SlotType[] }
  | { kind: 'special' };

export type OpFlag =
  | 'branch' // has a branch target (conditional unless also 'terminator')
  | 'terminator' // control never falls through to the next instruction
  | 'return' // returns from the method
  | 'throws' // may raise a run-time exception (NPE, AIOOBE, ArithmeticException, ...)
  | 'invoke' // method invocation
  | 'field' // field access
  | 'switch'; // multi-way branch

export interface OpcodeInfo {
  readonly name: OpName;
  readonly code: number;
  readonly operands: readonly OperandKind[];
  readonly stack: StackEffect;
  readonly flags: readonly OpFlag[];
}

const fx = (pop: string, push: string): StackEffect => ({
  kind: 'fixed',
  pop: [...pop] as SlotType[],
  push: [...push] as SlotType[],
});
const special: StackEffect = { kind: 'special' };

// name, code, operands, stack effect, flags
type Row = readonly [string, number, readonly OperandKind[], StackEffect, readonly OpFlag[]];

const ROWS = [
  ['nop', 0x00, [], fx('', ''), []],
  // --- constants
  ['aconst_null', 0x01, [], fx('', 'A'), []],
  ['iconst_m1', 0x02, [], fx('', 'I'), []],
  ['iconst_0', 0x03, [], fx('', 'I'), []],
  ['iconst_1', 0x04, [], fx('', 'I'), []],
  ['iconst_2', 0x05, [], fx('', 'I'), []],
  ['iconst_3', 0x06, [], fx('', 'I'), []],
  ['iconst_4', 0x07, [], fx('', 'I'), []],
  ['iconst_5', 0x08, [], fx('', 'I'), []],
  ['lconst_0', 0x09, [], fx('', 'J'), []],
  ['lconst_1', 0x0a, [], fx('', 'J'), []],
  ['fconst_0', 0x0b, [], fx('', 'F'), []],
  ['fconst_1', 0x0c, [], fx('', 'F'), []],
  ['fconst_2', 0x0d, [], fx('', 'F'), []],
  ['dconst_0', 0x0e, [], fx('', 'D'), []],
  ['dconst_1', 0x0f, [], fx('', 'D'), []],
  ['bipush', 0x10, ['i8'], fx('', 'I'), []],
  ['sipush', 0x11, ['i16'], fx('', 'I'), []],
  // ldc: Integer, Float, Long, Double, String or Class constant (one slot whatever the type)
  ['ldc', 0x12, ['cp'], special, []],
  // --- locals
  ['iload', 0x15, ['local'], fx('', 'I'), []],
  ['lload', 0x16, ['local'], fx('', 'J'), []],
  ['fload', 0x17, ['local'], fx('', 'F'), []],
  ['dload', 0x18, ['local'], fx('', 'D'), []],
  ['aload', 0x19, ['local'], fx('', 'A'), []],
  ['istore', 0x36, ['local'], fx('I', ''), []],
  ['lstore', 0x37, ['local'], fx('J', ''), []],
  ['fstore', 0x38, ['local'], fx('F', ''), []],
  ['dstore', 0x39, ['local'], fx('D', ''), []],
  ['astore', 0x3a, ['local'], fx('A', ''), []],
  ['iinc', 0x84, ['local', 'i16'], fx('', ''), []],
  // --- arrays: load pops (arrayref, index), store pops (arrayref, index, value)
  ['iaload', 0x2e, [], fx('AI', 'I'), ['throws']],
  ['laload', 0x2f, [], fx('AI', 'J'), ['throws']],
  ['faload', 0x30, [], fx('AI', 'F'), ['throws']],
  ['daload', 0x31, [], fx('AI', 'D'), ['throws']],
  ['aaload', 0x32, [], fx('AI', 'A'), ['throws']],
  ['baload', 0x33, [], fx('AI', 'I'), ['throws']],
  ['caload', 0x34, [], fx('AI', 'I'), ['throws']],
  ['saload', 0x35, [], fx('AI', 'I'), ['throws']],
  ['iastore', 0x4f, [], fx('AII', ''), ['throws']],
  ['lastore', 0x50, [], fx('AIJ', ''), ['throws']],
  ['fastore', 0x51, [], fx('AIF', ''), ['throws']],
  ['dastore', 0x52, [], fx('AID', ''), ['throws']],
  ['aastore', 0x53, [], fx('AIA', ''), ['throws']],
  ['bastore', 0x54, [], fx('AII', ''), ['throws']],
  ['castore', 0x55, [], fx('AII', ''), ['throws']],
  ['sastore', 0x56, [], fx('AII', ''), ['throws']],
  // --- stack manipulation (one slot per value, so these work on any type)
  ['pop', 0x57, [], special, []],
  ['dup', 0x59, [], special, []],
  ['dup_x1', 0x5a, [], special, []],
  ['dup_x2', 0x5b, [], special, []],
  ['swap', 0x5f, [], special, []],
  // --- arithmetic (JLS §15.17, §15.18; JVMS §6.5 iadd...)
  ['iadd', 0x60, [], fx('II', 'I'), []],
  ['ladd', 0x61, [], fx('JJ', 'J'), []],
  ['fadd', 0x62, [], fx('FF', 'F'), []],
  ['dadd', 0x63, [], fx('DD', 'D'), []],
  ['isub', 0x64, [], fx('II', 'I'), []],
  ['lsub', 0x65, [], fx('JJ', 'J'), []],
  ['fsub', 0x66, [], fx('FF', 'F'), []],
  ['dsub', 0x67, [], fx('DD', 'D'), []],
  ['imul', 0x68, [], fx('II', 'I'), []],
  ['lmul', 0x69, [], fx('JJ', 'J'), []],
  ['fmul', 0x6a, [], fx('FF', 'F'), []],
  ['dmul', 0x6b, [], fx('DD', 'D'), []],
  ['idiv', 0x6c, [], fx('II', 'I'), ['throws']],
  ['ldiv', 0x6d, [], fx('JJ', 'J'), ['throws']],
  ['fdiv', 0x6e, [], fx('FF', 'F'), []],
  ['ddiv', 0x6f, [], fx('DD', 'D'), []],
  ['irem', 0x70, [], fx('II', 'I'), ['throws']],
  ['lrem', 0x71, [], fx('JJ', 'J'), ['throws']],
  ['frem', 0x72, [], fx('FF', 'F'), []],
  ['drem', 0x73, [], fx('DD', 'D'), []],
  ['ineg', 0x74, [], fx('I', 'I'), []],
  ['lneg', 0x75, [], fx('J', 'J'), []],
  ['fneg', 0x76, [], fx('F', 'F'), []],
  ['dneg', 0x77, [], fx('D', 'D'), []],
  ['ishl', 0x78, [], fx('II', 'I'), []],
  ['lshl', 0x79, [], fx('JI', 'J'), []],
  ['ishr', 0x7a, [], fx('II', 'I'), []],
  ['lshr', 0x7b, [], fx('JI', 'J'), []],
  ['iushr', 0x7c, [], fx('II', 'I'), []],
  ['lushr', 0x7d, [], fx('JI', 'J'), []],
  ['iand', 0x7e, [], fx('II', 'I'), []],
  ['land', 0x7f, [], fx('JJ', 'J'), []],
  ['ior', 0x80, [], fx('II', 'I'), []],
  ['lor', 0x81, [], fx('JJ', 'J'), []],
  ['ixor', 0x82, [], fx('II', 'I'), []],
  ['lxor', 0x83, [], fx('JJ', 'J'), []],
  // --- conversions (JLS §5.1.2, §5.1.3; JVMS §2.8.3 for NaN and out-of-range to integer)
  ['i2l', 0x85, [], fx('I', 'J'), []],
  ['i2f', 0x86, [], fx('I', 'F'), []],
  ['i2d', 0x87, [], fx('I', 'D'), []],
  ['l2i', 0x88, [], fx('J', 'I'), []],
  ['l2f', 0x89, [], fx('J', 'F'), []],
  ['l2d', 0x8a, [], fx('J', 'D'), []],
  ['f2i', 0x8b, [], fx('F', 'I'), []],
  ['f2l', 0x8c, [], fx('F', 'J'), []],
  ['f2d', 0x8d, [], fx('F', 'D'), []],
  ['d2i', 0x8e, [], fx('D', 'I'), []],
  ['d2l', 0x8f, [], fx('D', 'J'), []],
  ['d2f', 0x90, [], fx('D', 'F'), []],
  ['i2b', 0x91, [], fx('I', 'I'), []],
  ['i2c', 0x92, [], fx('I', 'I'), []],
  ['i2s', 0x93, [], fx('I', 'I'), []],
  // --- comparisons
  ['lcmp', 0x94, [], fx('JJ', 'I'), []],
  ['fcmpl', 0x95, [], fx('FF', 'I'), []],
  ['fcmpg', 0x96, [], fx('FF', 'I'), []],
  ['dcmpl', 0x97, [], fx('DD', 'I'), []],
  ['dcmpg', 0x98, [], fx('DD', 'I'), []],
  // --- branches (offset relative to the branch instruction's own address)
  ['ifeq', 0x99, ['branch'], fx('I', ''), ['branch']],
  ['ifne', 0x9a, ['branch'], fx('I', ''), ['branch']],
  ['iflt', 0x9b, ['branch'], fx('I', ''), ['branch']],
  ['ifge', 0x9c, ['branch'], fx('I', ''), ['branch']],
  ['ifgt', 0x9d, ['branch'], fx('I', ''), ['branch']],
  ['ifle', 0x9e, ['branch'], fx('I', ''), ['branch']],
  ['if_icmpeq', 0x9f, ['branch'], fx('II', ''), ['branch']],
  ['if_icmpne', 0xa0, ['branch'], fx('II', ''), ['branch']],
  ['if_icmplt', 0xa1, ['branch'], fx('II', ''), ['branch']],
  ['if_icmpge', 0xa2, ['branch'], fx('II', ''), ['branch']],
  ['if_icmpgt', 0xa3, ['branch'], fx('II', ''), ['branch']],
  ['if_icmple', 0xa4, ['branch'], fx('II', ''), ['branch']],
  ['if_acmpeq', 0xa5, ['branch'], fx('AA', ''), ['branch']],
  ['if_acmpne', 0xa6, ['branch'], fx('AA', ''), ['branch']],
  ['goto', 0xa7, ['branch'], fx('', ''), ['branch', 'terminator']],
  ['tableswitch', 0xaa, ['tableswitch'], fx('I', ''), ['switch', 'terminator']],
  ['lookupswitch', 0xab, ['lookupswitch'], fx('I', ''), ['switch', 'terminator']],
  ['ifnull', 0xc6, ['branch'], fx('A', ''), ['branch']],
  ['ifnonnull', 0xc7, ['branch'], fx('A', ''), ['branch']],
  // --- returns
  ['ireturn', 0xac, [], fx('I', ''), ['return', 'terminator']],
  ['lreturn', 0xad, [], fx('J', ''), ['return', 'terminator']],
  ['freturn', 0xae, [], fx('F', ''), ['return', 'terminator']],
  ['dreturn', 0xaf, [], fx('D', ''), ['return', 'terminator']],
  ['areturn', 0xb0, [], fx('A', ''), ['return', 'terminator']],
  ['return', 0xb1, [], fx('', ''), ['return', 'terminator']],
  // --- fields and methods: effects come from the FieldRef/MethodRef descriptor
  ['getstatic', 0xb2, ['cp'], special, ['field', 'throws']],
  ['putstatic', 0xb3, ['cp'], special, ['field', 'throws']],
  ['getfield', 0xb4, ['cp'], special, ['field', 'throws']],
  ['putfield', 0xb5, ['cp'], special, ['field', 'throws']],
  ['invokevirtual', 0xb6, ['cp'], special, ['invoke', 'throws']],
  ['invokespecial', 0xb7, ['cp'], special, ['invoke', 'throws']],
  ['invokestatic', 0xb8, ['cp'], special, ['invoke', 'throws']],
  ['invokeinterface', 0xb9, ['cp'], special, ['invoke', 'throws']],
  // --- objects and arrays
  ['new', 0xbb, ['cp'], special, ['throws']],
  ['newarray', 0xbc, ['atype'], fx('I', 'A'), ['throws']],
  ['anewarray', 0xbd, ['cp'], fx('I', 'A'), ['throws']],
  ['arraylength', 0xbe, [], fx('A', 'I'), ['throws']],
  ['athrow', 0xbf, [], fx('A', ''), ['throws', 'terminator']],
  ['checkcast', 0xc0, ['cp'], fx('A', 'A'), ['throws']],
  ['instanceof', 0xc1, ['cp'], fx('A', 'I'), []],
  ['multianewarray', 0xc5, ['cp', 'dims'], special, ['throws']],
] as const satisfies readonly Row[];

/** Every opcode name, as a string-literal union derived from the table. */
export type OpName = (typeof ROWS)[number][0];

export const OPCODES: readonly OpcodeInfo[] = ROWS.map(([name, code, operands, stack, flags]) => ({
  name,
  code,
  operands,
  stack,
  flags,
}));

/** Lookup by name (assembler) and by byte (decoder). */
export const OPCODE_BY_NAME: ReadonlyMap<OpName, OpcodeInfo> = new Map(OPCODES.map((o) => [o.name, o]));
export const OPCODE_BY_CODE: readonly (OpcodeInfo | undefined)[] = (() => {
  const table: (OpcodeInfo | undefined)[] = new Array(256).fill(undefined);
  for (const op of OPCODES) {
    if (table[op.code]) throw new Error(`opcode table: duplicate code 0x${op.code.toString(16)}`);
    table[op.code] = op;
  }
  return table;
})();

/** Numeric opcode constants, e.g. Op.iadd === 0x60, for emitters and the interpreter switch. */
export const Op = Object.fromEntries(OPCODES.map((o) => [o.name, o.code])) as { readonly [K in OpName]: number };

export function hasFlag(op: OpcodeInfo, flag: OpFlag): boolean {
  return op.flags.includes(flag);
}

/** newarray element types (JVMS §6.5 newarray, Table 6.5.newarray-A). */
export const ArrayType = {
  T_BOOLEAN: 4,
  T_CHAR: 5,
  T_FLOAT: 6,
  T_DOUBLE: 7,
  T_BYTE: 8,
  T_SHORT: 9,
  T_INT: 10,
  T_LONG: 11,
} as const;

/** atype -> element descriptor character. */
export const ARRAY_TYPE_DESCRIPTOR: Readonly<Record<number, string>> = {
  4: 'Z',
  5: 'C',
  6: 'F',
  7: 'D',
  8: 'B',
  9: 'S',
  10: 'I',
  11: 'J',
};

/**
 * A decoded instruction. `operands` holds one number per fixed operand, in table order;
 * switches carry their tables in `switch`. Branch targets are ABSOLUTE code offsets here
 * (the codec converts to and from the relative encoding).
 */
export interface Instruction {
  readonly pc: number;
  readonly op: OpcodeInfo;
  readonly operands: readonly number[];
  readonly switch?: SwitchTable;
  readonly length: number;
}

export interface SwitchTable {
  readonly defaultTarget: number;
  /** (match, absolute target) pairs; for tableswitch the matches are low..high. */
  readonly cases: readonly (readonly [number, number])[];
}
