// Net operand-stack change of every opcode, one slot per value (JVMS §6.5 with Ringfence's
// one-slot rule): the table's 'fixed' effects, plus the 'special' opcodes whose effect depends
// on a descriptor (invoke*, field access) or a dimension count (multianewarray). The code
// generator's max-stack tracking and the assembler's limit estimate both derive from this.

import { parseMethodDescriptor } from './descriptors.ts';
import { OPCODE_BY_NAME, type OpName } from './opcodes.ts';

/** What a special opcode's effect depends on. */
export interface StackDetail {
  /** Method descriptor, for invoke*. */
  readonly descriptor?: string;
  /** Dimension count, for multianewarray. */
  readonly dims?: number;
}

/** Net stack change of `op`; throws if a needed detail is missing. */
export function stackDelta(op: OpName, detail: StackDetail = {}): number {
  const info = OPCODE_BY_NAME.get(op);
  if (!info) throw new Error(`unknown opcode ${op}`);
  if (info.stack.kind === 'fixed') return info.stack.push.length - info.stack.pop.length;
  switch (op) {
    case 'ldc':
    case 'new':
    case 'dup':
    case 'dup_x1':
    case 'dup_x2':
    case 'getstatic':
      return 1;
    case 'pop':
    case 'putstatic':
      return -1;
    case 'swap':
    case 'getfield':
      return 0;
    case 'putfield':
      return -2;
    case 'multianewarray':
      if (detail.dims === undefined) throw new Error('stack effect of multianewarray needs its dimension count');
      return 1 - detail.dims;
    case 'invokevirtual':
    case 'invokespecial':
    case 'invokestatic':
    case 'invokeinterface': {
      if (detail.descriptor === undefined) throw new Error(`stack effect of ${op} needs its method descriptor`);
      const md = parseMethodDescriptor(detail.descriptor);
      return (md.ret === 'V' ? 0 : 1) - md.params.length - (op === 'invokestatic' ? 0 : 1);
    }
    default:
      throw new Error(`no stack effect known for ${op}`);
  }
}
