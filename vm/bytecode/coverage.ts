// A representative instance of every opcode in the table, for the opcode-coverage test
// (test/vm/bytecode/opcode-coverage.test.ts) and for fuzzers: emits one well-formed use of
// `op` into a code builder, with constant-pool operands of the kind the opcode expects.

import type { CodeBuilder } from './code-builder.ts';
import type { ConstantPoolBuilder } from './constant-pool.ts';
import { ArrayType, type OpcodeInfo } from './opcodes.ts';

/** The cp entry an opcode's constant-pool operand normally refers to. */
function sampleCpOperand(op: OpcodeInfo, cp: ConstantPoolBuilder): number {
  if (op.name === 'ldc') return cp.string('sample');
  if (op.flags.includes('field')) return cp.fieldRef('Sample', 'f', 'I');
  if (op.name === 'invokeinterface') return cp.interfaceMethodRef('SampleI', 'm', '()V');
  if (op.flags.includes('invoke')) return cp.methodRef('Sample', 'm', '()V');
  if (op.name === 'multianewarray' || op.name === 'anewarray') return cp.classRef('[[I');
  return cp.classRef('Sample');
}

/** Emits one instance of `op` whose branch targets all point at the instruction itself. */
export function emitSample(b: CodeBuilder, cp: ConstantPoolBuilder, op: OpcodeInfo): void {
  const self = b.pc;
  if (op.name === 'tableswitch') return b.emitTableSwitch(-1, 1, [self, self, self], self);
  if (op.name === 'lookupswitch') return b.emitLookupSwitch([[-7, self], [42, self]], self);
  const operands = op.operands.map((kind) => {
    switch (kind) {
      case 'local':
        return 258;
      case 'i8':
        return -3;
      case 'i16':
        return -300;
      case 'cp':
        return sampleCpOperand(op, cp);
      case 'branch':
        return self;
      case 'atype':
        return ArrayType.T_INT;
      case 'dims':
        return 2;
      default:
        throw new Error(`no sample for operand kind ${kind}`);
    }
  });
  b.emitWithTargets(op.name, operands);
}
