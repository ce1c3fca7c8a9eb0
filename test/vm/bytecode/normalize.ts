// Turns a ClassFile into a pool-order-independent value (every pool index replaced by what it
// refers to), so tests can say "equal up to constant-pool ordering".
import { CpTag, type ClassFile, type CpEntry } from '../../../vm/bytecode/classfile.ts';
import { decodeInstructionAt } from '../../../vm/bytecode/instructions.ts';
import type { Instruction } from '../../../vm/bytecode/opcodes.ts';

type Pool = readonly (CpEntry | null)[];

function resolve(cp: Pool, i: number, depth = 0): unknown {
  const e = i > 0 && i < cp.length ? cp[i] : null;
  if (!e || depth > 4) return { invalid: i };
  switch (e.tag) {
    case CpTag.Class:
      return { class: resolve(cp, e.nameIndex, depth + 1) };
    case CpTag.String:
      return { string: resolve(cp, e.utf8Index, depth + 1) };
    case CpTag.NameAndType:
      return { nt: [resolve(cp, e.nameIndex, depth + 1), resolve(cp, e.descriptorIndex, depth + 1)] };
    case CpTag.Fieldref:
    case CpTag.Methodref:
    case CpTag.InterfaceMethodref:
      return { tag: e.tag, owner: resolve(cp, e.classIndex, depth + 1), nt: resolve(cp, e.nameAndTypeIndex, depth + 1) };
    default:
      return e;
  }
}

export function normalize(cf: ClassFile): unknown {
  const cp = cf.constantPool;
  const r = (i: number): unknown => (i === 0 ? 0 : resolve(cp, i));
  return {
    version: [cf.major, cf.minor],
    access: cf.access,
    thisClass: r(cf.thisClass),
    superClass: r(cf.superClass),
    interfaces: cf.interfaces.map(r),
    source: r(cf.sourceFile),
    fields: cf.fields.map((f) => [f.access, r(f.nameIndex), r(f.descriptorIndex), r(f.constantValueIndex)]),
    methods: cf.methods.map((m) => ({
      access: m.access,
      name: r(m.nameIndex),
      desc: r(m.descriptorIndex),
      code: m.code && {
        limits: [m.code.maxStack, m.code.maxLocals],
        instructions: decodePrefix(m.code.code).map((ins) =>
          'raw' in ins
            ? ins
            : [ins.pc, ins.op.name, ins.op.operands.map((k, j) => (k === 'cp' ? r(ins.operands[j]!) : ins.operands[j])), ins.switch],
        ),
        handlers: m.code.exceptionTable.map((h) => [h.startPc, h.endPc, h.handlerPc, r(h.catchType)]),
        lines: m.code.lineNumbers,
      },
    })),
  };
}

/** The decodable instructions, then the undecodable rest as raw bytes. */
function decodePrefix(code: Uint8Array): (Instruction | { raw: number[] })[] {
  const out: (Instruction | { raw: number[] })[] = [];
  let pc = 0;
  while (pc < code.length) {
    try {
      const ins = decodeInstructionAt(code, pc);
      out.push(ins);
      pc += ins.length;
    } catch {
      out.push({ raw: [...code.slice(pc)] });
      break;
    }
  }
  return out;
}
