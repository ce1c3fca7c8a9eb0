// The opcode table is the single source of truth: every opcode in it must be encodable,
// decodable, assemblable and disassemblable, and handled by the verifier and interpreter.
// A failure names each opcode that is missing somewhere.
import { describe, expect, it } from 'vitest';
import { Access, CLASS_MAJOR, CLASS_MINOR, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { assemble } from '../../../vm/bytecode/assembler.ts';
import { CodeBuilder } from '../../../vm/bytecode/code-builder.ts';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { emitSample } from '../../../vm/bytecode/coverage.ts';
import { disassemble } from '../../../vm/bytecode/disassembler.ts';
import { decodeInstructions, encodeInstruction } from '../../../vm/bytecode/instructions.ts';
import { OPCODES, type OpcodeInfo } from '../../../vm/bytecode/opcodes.ts';
import { INTERPRETER_HANDLED } from '../../../vm/runtime/interpreter.ts';
import { VERIFIER_HANDLED } from '../../../vm/runtime/verifier.ts';
import { normalize } from './normalize.ts';

/** A class whose one method holds one sample of `op`. */
function classWith(op: OpcodeInfo): ClassFile {
  const cp = new ConstantPoolBuilder();
  const b = new CodeBuilder();
  emitSample(b, cp, op);
  const code = b.finish(4, 300);
  const method = { access: Access.STATIC, nameIndex: cp.utf8('m'), descriptorIndex: cp.utf8('()V'), exceptions: [], code };
  const thisClass = cp.classRef('Sample');
  return {
    minor: CLASS_MINOR,
    major: CLASS_MAJOR,
    constantPool: cp.entries(),
    access: 0,
    thisClass,
    superClass: 0,
    interfaces: [],
    fields: [],
    methods: [method],
    sourceFile: 0,
  };
}

/** Names of opcodes for which `check` fails, with why. */
function failing(check: (op: OpcodeInfo) => void): string[] {
  const bad: string[] = [];
  for (const op of OPCODES) {
    try {
      check(op);
    } catch (e) {
      bad.push(`${op.name}: ${(e as Error).message}`);
    }
  }
  return bad;
}

describe('opcode coverage', () => {
  it('every opcode encodes and decodes back to itself', () => {
    const bad = failing((op) => {
      const code = classWith(op).methods[0]!.code!.code;
      const [ins, ...rest] = decodeInstructions(code);
      if (!ins || rest.length || ins.op !== op) throw new Error(`decoded as ${ins?.op.name ?? 'nothing'}`);
      if (ins.length !== code.length) throw new Error(`length ${ins.length} != ${code.length}`);
      expect([...encodeInstruction(ins)]).toEqual([...code]);
    });
    expect(bad, `opcodes failing encode/decode:\n${bad.join('\n')}`).toEqual([]);
  });

  it('every opcode disassembles and reassembles to the same instruction', () => {
    const bad = failing((op) => {
      const cf = classWith(op);
      const text = disassemble(cf);
      if (!text.includes(` ${op.name}`)) throw new Error('not shown by the disassembler');
      const back = assemble(text, `${op.name}.rfasm`)[0]!;
      expect(normalize(back)).toEqual(normalize(cf));
      expect(disassemble(back)).toBe(text);
    });
    expect(bad, `opcodes failing disassemble/assemble:\n${bad.join('\n')}`).toEqual([]);
  });

  it('every opcode is handled by the verifier', () => {
    const missing = OPCODES.filter((op) => !VERIFIER_HANDLED.has(op.name)).map((op) => op.name);
    expect(missing, `opcodes the verifier does not handle: ${missing.join(', ')}`).toEqual([]);
  });

  it('every opcode is handled by the interpreter', () => {
    const missing = OPCODES.filter((op) => !INTERPRETER_HANDLED.has(op.name)).map((op) => op.name);
    expect(missing, `opcodes the interpreter does not handle: ${missing.join(', ')}`).toEqual([]);
  });
});
