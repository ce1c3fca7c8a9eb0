// The interpreter implements every opcode of THE table (vm/bytecode/opcodes.ts).

import { describe, expect, it } from 'vitest';
import { OPCODES } from '../../../vm/bytecode/opcodes.ts';
import { INTERPRETER_HANDLED } from '../../../vm/runtime/interpreter.ts';

describe('interpreter opcode coverage', () => {
  it('handles every opcode in the table and nothing else', () => {
    const missing = OPCODES.map((o) => o.name).filter((n) => !INTERPRETER_HANDLED.has(n));
    const extra = [...INTERPRETER_HANDLED].filter((n) => !OPCODES.some((o) => o.name === n));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
