// The opcode table is the single source of truth: for every opcode with a 'fixed' stack
// effect, the verifier's rule (generic or refined) must pop and push exactly the slot kinds
// the table lists. Each rule is run on a frame holding the table's operands (null for each
// reference) and the result is compared slot by slot with the table's push list.

import { describe, expect, test } from 'vitest';
import { OPCODES, type Instruction, type OpcodeInfo } from '../../../vm/bytecode/opcodes.ts';
import { Frame } from '../../../vm/runtime/verifier-frame.ts';
import type { CheckedCode, Resolved } from '../../../vm/runtime/verifier-structure.ts';
import { transfer, type MethodEnv } from '../../../vm/runtime/verifier-transfer.ts';
import { Budget, NULL, TypeContext, isRef } from '../../../vm/runtime/verifier-types.ts';
import { hierarchyOf } from './helpers.ts';

const RETURN_TYPE: Record<string, string> = { ireturn: 'I', lreturn: 'J', freturn: 'F', dreturn: 'D', areturn: 'Ljava/lang/Object;' };

function envFor(op: OpcodeInfo): MethodEnv {
  return {
    types: new TypeContext(hierarchyOf(), { name: 'test/T', superName: 'java/lang/Object', isInterface: false }),
    budget: new Budget(1_000_000),
    className: 'test/T',
    superName: 'java/lang/Object',
    isStatic: true,
    isConstructor: false,
    params: [],
    ret: RETURN_TYPE[op.name] ?? 'V',
    maxStack: 10,
    maxLocals: 2,
    ownFields: new Set(),
  };
}

/** The operands a table row's instruction needs: local 0, atype int, a class, an offset. */
function instructionFor(op: OpcodeInfo): Instruction {
  const operands = op.operands.map((k) => (k === 'atype' ? 10 : k === 'dims' ? 1 : 0));
  const sw = op.operands.some((k) => k.endsWith('switch')) ? { defaultTarget: 0, cases: [] } : undefined;
  return { pc: 0, op, operands, length: 1, ...(sw ? { switch: sw } : {}) };
}

const CLASS_OPERAND: Resolved = { kind: 'class', name: 'java/lang/Object', type: 'Ljava/lang/Object;' };

describe('verifier rules agree with the opcode table', () => {
  for (const op of OPCODES) {
    if (op.stack.kind !== 'fixed') continue;
    const { pop, push } = op.stack;
    test(`${op.name}: pops ${pop.join('') || 'nothing'}, pushes ${push.join('') || 'nothing'}`, () => {
      const stack = pop.map((k) => (k === 'A' ? NULL : k));
      // Loads and iinc read local 0, which holds what the instruction reads.
      const local = op.name === 'aload' ? 'Ljava/lang/Object;' : op.name === 'iinc' ? 'I' : (push[0] ?? 'T');
      const f = new Frame([local, 'T'], stack, false, 10);
      const resolved = op.operands.includes('cp') ? CLASS_OPERAND : { kind: 'none' as const };
      transfer(envFor(op), f, instructionFor(op), resolved, {} as CheckedCode);
      expect(f.stack).toHaveLength(push.length);
      f.stack.forEach((t, i) => {
        if (push[i] === 'A') expect(isRef(t), `${op.name} pushes a reference`).toBe(true);
        else expect(t).toBe(push[i]);
      });
    });
  }
});
