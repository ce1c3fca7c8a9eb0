// The disassembler: ClassFile -> .rfasm text laid out like `javap -c -p` (docs/rfasm.md).
// Its output is valid assembler input, and disassemble -> assemble -> disassemble is a
// fixpoint. It never throws: invalid pool references and undecodable code are still shown.

import { CpTag, type ClassFile, type CodeAttribute, type CpEntry, type FieldInfo, type MethodInfo } from './classfile.ts';
import { decodeInstructionAt } from './instructions.ts';
import type { Instruction } from './opcodes.ts';
import { ATYPE_WORDS, cpOperandKind, doubleBits, doubleText, flagsText, floatText, nameText, quoted, type RefKind } from './rfasm-syntax.ts';

export interface DisassembleOptions {
  /**
   * Print the constant pool (`.const` lines) and every pool reference as `#index`, like
   * `javap -v`, so the text reassembles to the identical pool. Chosen automatically when
   * some reference cannot be written symbolically (e.g. an index out of range).
   */
  constantPool?: boolean;
}

const ATYPE_NAMES = new Map([...ATYPE_WORDS].map(([w, n]) => [n, w]));

/** Signals that a reference has no symbolic form; the caller falls back to pool mode. */
class NeedsPool extends Error {}

export function disassemble(cf: ClassFile, options: DisassembleOptions = {}): string {
  if (!options.constantPool) {
    try {
      return new Printer(cf, false).classText();
    } catch (e) {
      if (!(e instanceof NeedsPool)) throw e;
    }
  }
  return new Printer(cf, true).classText();
}

class Printer {
  private readonly out: string[] = [];

  constructor(
    private readonly cf: ClassFile,
    private readonly raw: boolean,
  ) {}

  classText(): string {
    const cf = this.cf;
    const ext = cf.superClass ? ` extends ${this.name(cf.superClass, 'class')}` : '';
    const impl = cf.interfaces.length ? ` implements ${cf.interfaces.map((i) => this.name(i, 'class')).join(', ')}` : '';
    this.line(0, ['.class', ...flagsText(cf.access, 'class'), this.name(cf.thisClass, 'class')].join(' ') + ext + impl);
    if (cf.major !== 1 || cf.minor !== 0) this.line(1, `.version ${cf.major} ${cf.minor}`);
    if (cf.sourceFile) this.line(1, `.source ${this.name(cf.sourceFile, 'utf8')}`);
    if (this.raw) this.pool();
    for (const f of cf.fields) this.field(f);
    for (const m of cf.methods) this.method(m);
    this.line(0, '.end class');
    return this.out.join('\n') + '\n';
  }

  private line(indent: number, text: string): void {
    this.out.push('  '.repeat(indent) + text);
  }

  private pool(): void {
    this.out.push('');
    this.cf.constantPool.forEach((e, i) => {
      // Entries that refer to others get their symbolic meaning as a comment.
      const note = e && e.tag >= CpTag.Class ? this.comment(i, 'literal') : '';
      if (i > 0) this.line(1, `.const #${i} = ${e ? rawEntryText(e) : 'null'}${note}`);
    });
  }

  private field(f: FieldInfo): void {
    const parts = ['.field', ...flagsText(f.access, 'field'), this.name(f.nameIndex, 'utf8'), this.name(f.descriptorIndex, 'utf8')];
    const init = f.constantValueIndex ? ` = ${this.ref(f.constantValueIndex, 'literal')}` : '';
    if (f === this.cf.fields[0]) this.out.push(''); // fields form one block, like javap
    this.line(1, parts.join(' ') + init);
  }

  private method(m: MethodInfo): void {
    this.out.push('');
    const name = this.name(m.nameIndex, 'utf8');
    const desc = this.name(m.descriptorIndex, 'utf8');
    // `main([Ljava/lang/String;)V` when that reads back unambiguously, else two tokens.
    const glued = !this.raw && !name.startsWith('"') && !name.includes('(') && desc.startsWith('(');
    this.line(1, ['.method', ...flagsText(m.access, 'method'), glued ? name + desc : `${name} ${desc}`].join(' '));
    // The Exceptions attribute (JVMS §4.7.5), one line per declared type.
    for (const e of m.exceptions) this.line(2, `.throws ${this.name(e, 'class')}`);
    if (m.code) this.code(m.code);
    this.line(1, '.end method');
  }

  private code(c: CodeAttribute): void {
    this.line(2, `.limit stack ${c.maxStack}`);
    this.line(2, `.limit locals ${c.maxLocals}`);
    this.line(2, 'Code:');
    let pc = 0;
    while (pc < c.code.length) {
      let ins: Instruction;
      try {
        ins = decodeInstructionAt(c.code, pc);
      } catch (e) {
        // Undecodable from here on: show the rest as raw bytes, which reassemble exactly.
        const bytes = [...c.code.slice(pc)].map((b) => `0x${b.toString(16).padStart(2, '0')}`);
        this.line(2, `${pcText(pc)}: .bytes ${bytes.join(' ')}  // ${(e as Error).message}`);
        break;
      }
      this.instruction(ins);
      pc += ins.length;
    }
    if (c.exceptionTable.length) this.line(2, 'Exception table:');
    for (const h of c.exceptionTable) {
      const type = h.catchType ? this.name(h.catchType, 'class') : 'any';
      this.line(3, `.catch ${type} from ${h.startPc} to ${h.endPc} using ${h.handlerPc}`);
    }
    if (c.lineNumbers.length) this.line(2, 'LineNumberTable:');
    for (const l of c.lineNumbers) this.line(3, `.line ${l.line} at ${l.startPc}`);
  }

  private instruction(ins: Instruction): void {
    const head = `${pcText(ins.pc)}: ${ins.op.name}`;
    if (ins.switch) {
      const sw = ins.switch;
      const note = ins.op.name === 'tableswitch' ? `${sw.cases[0]![0]} to ${sw.cases[sw.cases.length - 1]![0]}` : `${sw.cases.length}`;
      this.line(2, `${head} { // ${note}`);
      for (const [m, t] of sw.cases) this.line(2, `${String(m).padStart(14)}: ${t}`);
      this.line(2, `${'default'.padStart(14)}: ${sw.defaultTarget}`);
      this.line(2, `${' '.repeat(10)}}`);
      return;
    }
    let comment = '';
    const parts = ins.op.operands.map((kind, i) => {
      const v = ins.operands[i]!;
      if (kind === 'cp') {
        if (this.raw) comment = this.comment(v, cpOperandKind(ins.op));
        return this.ref(v, cpOperandKind(ins.op));
      }
      if (kind === 'atype') return ATYPE_NAMES.get(v) ?? String(v);
      return String(v);
    });
    this.line(2, [head, ...parts].join(' ') + comment);
  }

  /** A pool reference: `#i` in pool mode, else symbolic text for the slot's kind. */
  private ref(i: number, kind: RefKind): string {
    if (this.raw) return `#${i}`;
    const text = symbolic(this.cf.constantPool, i, kind);
    if (text === null) throw new NeedsPool();
    return text;
  }

  /** A name slot (class, field or method name, descriptor): only the exact tag will do. */
  private name(i: number, kind: 'class' | 'utf8'): string {
    const e = entry(this.cf.constantPool, i);
    if (!this.raw && e?.tag !== (kind === 'class' ? CpTag.Class : CpTag.Utf8)) throw new NeedsPool();
    return this.ref(i, kind);
  }

  private comment(i: number, kind: RefKind): string {
    const text = symbolic(this.cf.constantPool, i, kind);
    return text === null ? '  // invalid reference' : `  // ${text}`;
  }
}

function pcText(pc: number): string {
  return String(pc).padStart(6);
}

type Pool = readonly (CpEntry | null)[];

function entry(cp: Pool, i: number): CpEntry | null {
  return Number.isInteger(i) && i > 0 && i < cp.length ? (cp[i] ?? null) : null;
}

function utf8(cp: Pool, i: number): string | null {
  const e = entry(cp, i);
  return e?.tag === CpTag.Utf8 ? e.value : null;
}

/** The name of a Class entry as written (quoted if needed), or null if invalid. */
function className(cp: Pool, i: number): string | null {
  const e = entry(cp, i);
  const n = e?.tag === CpTag.Class ? utf8(cp, e.nameIndex) : null;
  return n === null ? null : nameText(n);
}

/** `owner.name:desc`, or `owner name desc` when a part needs quotes. */
function memberText(cp: Pool, classIndex: number, ntIndex: number): string | null {
  const owner = className(cp, classIndex);
  const nt = entry(cp, ntIndex);
  if (owner === null || nt?.tag !== CpTag.NameAndType) return null;
  const name = utf8(cp, nt.nameIndex);
  const desc = utf8(cp, nt.descriptorIndex);
  if (name === null || desc === null) return null;
  const [n, d] = [nameText(name), nameText(desc)];
  return owner.startsWith('"') || n.startsWith('"') || d.startsWith('"') ? `${owner} ${n} ${d}` : `${owner}.${n}:${d}`;
}

/**
 * Symbolic text of entry i for a slot of the given kind, or null if it has none. Entries
 * of another kind than the slot expects are written with an explicit keyword.
 */
export function symbolic(cp: Pool, i: number, kind: RefKind): string | null {
  const e = entry(cp, i);
  if (!e) return null;
  switch (e.tag) {
    case CpTag.Utf8:
      return kind === 'utf8' ? nameText(e.value) : `Utf8 ${quoted(e.value)}`;
    case CpTag.Integer:
      return String(e.value);
    case CpTag.Float:
      return floatText(e.bits);
    case CpTag.Long:
      return `${e.value}L`;
    case CpTag.Double:
      return doubleText(e.value);
    case CpTag.String: {
      const s = utf8(cp, e.utf8Index);
      return s === null ? null : kind === 'literal' ? quoted(s) : `String ${quoted(s)}`;
    }
    case CpTag.Class: {
      const n = className(cp, i);
      return n === null ? null : kind === 'class' ? n : `class ${n}`;
    }
    case CpTag.NameAndType: {
      const [n, d] = [utf8(cp, e.nameIndex), utf8(cp, e.descriptorIndex)];
      return n === null || d === null ? null : `NameAndType ${nameText(n)} ${nameText(d)}`;
    }
    case CpTag.Fieldref:
    case CpTag.Methodref:
    case CpTag.InterfaceMethodref: {
      const m = memberText(cp, e.classIndex, e.nameAndTypeIndex);
      if (m === null) return null;
      const own: RefKind = e.tag === CpTag.Fieldref ? 'field' : e.tag === CpTag.Methodref ? 'method' : 'interfaceMethod';
      return own === kind ? m : `${MEMBER_KEYWORD[own]} ${m}`;
    }
  }
}

const MEMBER_KEYWORD: Partial<Record<RefKind, string>> = { field: 'Field', method: 'Method', interfaceMethod: 'InterfaceMethod' };

/** One pool entry in raw form (`.const` lines): references as indexes, numbers as bits. */
function rawEntryText(e: CpEntry): string {
  switch (e.tag) {
    case CpTag.Utf8:
      return `Utf8 ${quoted(e.value)}`;
    case CpTag.Integer:
      return `Integer ${e.value}`;
    case CpTag.Float:
      return `Float 0x${e.bits.toString(16).padStart(8, '0')}`;
    case CpTag.Long:
      return `Long ${e.value}`;
    case CpTag.Double:
      return `Double 0x${doubleBits(e.value).toString(16).padStart(16, '0')}`;
    case CpTag.Class:
      return `Class #${e.nameIndex}`;
    case CpTag.String:
      return `String #${e.utf8Index}`;
    case CpTag.NameAndType:
      return `NameAndType #${e.nameIndex} #${e.descriptorIndex}`;
    case CpTag.Fieldref:
      return `Fieldref #${e.classIndex} #${e.nameAndTypeIndex}`;
    case CpTag.Methodref:
      return `Methodref #${e.classIndex} #${e.nameAndTypeIndex}`;
    case CpTag.InterfaceMethodref:
      return `InterfaceMethodref #${e.classIndex} #${e.nameAndTypeIndex}`;
  }
}
