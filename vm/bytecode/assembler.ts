// The text assembler: .rfasm source (docs/rfasm.md) -> ClassFiles. Reads what the
// disassembler writes, and also hand-written (including deliberately hostile) code: raw
// offsets, any operand values, raw bytes. Errors are AsmErrors with file:line:col.

import { CLASS_MAJOR, CLASS_MINOR, ClassFormatError, CpTag, type ClassFile, type CpEntry, type FieldInfo, type MethodInfo } from './classfile.ts';
import { CodeBuilder, CodeBuilderError, Label } from './code-builder.ts';
import { ConstantPoolBuilder } from './constant-pool.ts';
import { OPCODE_BY_NAME, type OpName, type OpcodeInfo, type OperandKind } from './opcodes.ts';
import { AsmError, Cursor, describe, tokenize, type Token } from './rfasm-lexer.ts';
import { OPERAND_RANGE, OperandRangeError } from './instructions.ts';
import { estimateLimits } from './limits.ts';
import {
  checkedInt,
  constant,
  deferName,
  flags,
  hex32,
  hex64,
  intLiteral,
  nameOrRaw,
  nameRef,
  nameToken,
  rawIndex,
  u2,
  type Deferred,
} from './rfasm-operands.ts';
import { ATYPE_WORDS, cpOperandKind, doubleFromBits } from './rfasm-syntax.ts';

export { AsmError } from './rfasm-lexer.ts';

/** Assembles every class in `text`; `file` names the source in error messages. */
export function assemble(text: string, file: string): ClassFile[] {
  return new Assembler(text.split(/\r?\n/), file).run();
}

interface ClassState {
  line: number;
  access: number;
  thisClass: Deferred;
  superClass: Deferred | null;
  interfaces: Deferred[];
  major: number;
  minor: number;
  source: Deferred | null;
  consts: CpEntry[];
  cp: ConstantPoolBuilder | null;
  fields: FieldInfo[];
  methods: MethodInfo[];
}

interface MethodState {
  access: number;
  nameIndex: number;
  descriptorIndex: number;
  exceptions: number[];
  builder: CodeBuilder;
  hasCode: boolean;
  maxStack: number | null;
  maxLocals: number | null;
  labels: Map<string, { label: Label; firstUse: [number, number] | null }>;
}

class Assembler {
  private readonly classes: ClassFile[] = [];
  private cls: ClassState | null = null;
  private method: MethodState | null = null;
  private lineNo = 0;
  private pendingSource: Deferred | null = null;

  constructor(
    private readonly lines: readonly string[],
    private readonly file: string,
  ) {}

  run(): ClassFile[] {
    try {
      while (this.lineNo < this.lines.length) {
        const cur = this.nextLine();
        if (!cur.done) this.statement(cur);
      }
      if (this.method) this.fail(this.lines.length, 1, "missing '.end method'");
      this.endClass();
      return this.classes;
    } catch (e) {
      if (e instanceof AsmError) throw e;
      // Anything else (e.g. a pool over 65535 entries) still becomes one located line; a
      // host error (TypeError, ...) would be an assembler bug, and says so.
      const known = e instanceof ClassFormatError || e instanceof CodeBuilderError || e instanceof OperandRangeError;
      const msg = e instanceof Error ? e.message : String(e);
      throw new AsmError(this.file, Math.max(this.lineNo, 1), 1, known ? msg : `internal assembler error: ${msg}`);
    }
  }

  private nextLine(): Cursor {
    const text = this.lines[this.lineNo++]!;
    return new Cursor(tokenize(text, this.file, this.lineNo), this.file, this.lineNo, text.length);
  }

  private fail(line: number, col: number, msg: string): never {
    throw new AsmError(this.file, line, col, msg);
  }

  private statement(cur: Cursor): void {
    const t = cur.peek()!;
    if (this.method) return this.methodStatement(cur);
    if (t.kind !== 'word') cur.failAt(t, `unexpected ${describe(t)}`);
    cur.next('directive');
    switch (t.text) {
      case '.class':
        return this.classHeader(cur);
      case '.end':
        cur.expectWord('class');
        cur.expectEnd();
        this.requireClass(cur, t);
        return this.endClass();
      case '.version': {
        const c = this.requireClass(cur, t);
        c.major = u2(cur, 'major version');
        c.minor = u2(cur, 'minor version');
        return cur.expectEnd();
      }
      case '.source': {
        // Jasmin writes .source before .class: then it applies to the class that follows.
        const source = deferName(cur, 'utf8');
        if (this.cls) this.cls.source = source;
        else this.pendingSource = source;
        return cur.expectEnd();
      }
      case '.const':
        return this.constDirective(cur, t);
      case '.field':
        return this.field(cur, t);
      case '.method':
        return this.methodHeader(cur, t);
      default:
        cur.failAt(t, `unknown directive ${describe(t)} (expected .class, .source, .version, .const, .field, .method or .end class)`);
    }
  }

  private requireClass(cur: Cursor, t: Token): ClassState {
    if (!this.cls) cur.failAt(t, `${t.text} outside a class (a file starts with .class)`);
    return this.cls;
  }

  /** The class's pool, created on first use from its `.const` entries (if any). */
  private pool(cur: Cursor, t: Token): ConstantPoolBuilder {
    const c = this.requireClass(cur, t);
    if (!c.cp) {
      try {
        c.cp = c.consts.length ? ConstantPoolBuilder.from([null, ...c.consts]) : new ConstantPoolBuilder();
      } catch (e) {
        cur.failAt(t, (e as Error).message);
      }
    }
    return c.cp;
  }

  // ---- class level ------------------------------------------------------------------

  private classHeader(cur: Cursor): void {
    this.endClass();
    const access = flags(cur, 'class');
    const thisClass = deferName(cur, 'class');
    let superClass: Deferred | null = null;
    const interfaces: Deferred[] = [];
    if (cur.eatWord('extends')) superClass = deferName(cur, 'class');
    if (cur.eatWord('implements')) {
      do interfaces.push(deferName(cur, 'class'));
      while (cur.peek()?.text === ',' && cur.next(','));
    }
    cur.expectEnd();
    this.cls = {
      line: cur.line,
      access,
      thisClass,
      superClass,
      interfaces,
      major: CLASS_MAJOR,
      minor: CLASS_MINOR,
      source: this.takePendingSource(),
      consts: [],
      cp: null,
      fields: [],
      methods: [],
    };
  }

  private takePendingSource(): Deferred | null {
    const s = this.pendingSource;
    this.pendingSource = null;
    return s;
  }

  private endClass(): void {
    const c = this.cls;
    if (!c) return;
    this.cls = null;
    const cp = c.cp ?? (c.consts.length ? ConstantPoolBuilder.from([null, ...c.consts]) : new ConstantPoolBuilder());
    const thisClass = c.thisClass(cp);
    const superClass = c.superClass ? c.superClass(cp) : 0;
    const interfaces = c.interfaces.map((i) => i(cp));
    const sourceFile = c.source ? c.source(cp) : 0;
    this.classes.push({
      minor: c.minor,
      major: c.major,
      constantPool: cp.entries(),
      access: c.access,
      thisClass,
      superClass,
      interfaces,
      fields: c.fields,
      methods: c.methods,
      sourceFile,
    });
  }

  /** `.const #N = Kind operands`: the explicit pool, in order from #1 (pool mode). */
  private constDirective(cur: Cursor, t: Token): void {
    const c = this.requireClass(cur, t);
    if (c.cp) cur.failAt(t, '.const must come before .field and .method');
    const idx = cur.next('#index');
    if (idx.text !== `#${c.consts.length + 1}`) cur.failAt(idx, `expected #${c.consts.length + 1} (pool entries are listed in order)`);
    cur.expectWord('=');
    const kind = cur.next('entry kind');
    const ref = (): number => rawIndex(cur, cur.next('#index'));
    let e: CpEntry;
    switch (kind.text) {
      case 'Utf8':
        e = { tag: CpTag.Utf8, value: nameToken(cur, cur.next('string')) };
        break;
      case 'Integer':
        e = { tag: CpTag.Integer, value: intLiteral(cur, 'int') as number };
        break;
      case 'Float':
        e = { tag: CpTag.Float, bits: hex32(cur) };
        break;
      case 'Long':
        e = { tag: CpTag.Long, value: intLiteral(cur, 'long') as bigint };
        break;
      case 'Double':
        e = { tag: CpTag.Double, value: doubleFromBits(hex64(cur)) };
        break;
      case 'Class':
        e = { tag: CpTag.Class, nameIndex: ref() };
        break;
      case 'String':
        e = { tag: CpTag.String, utf8Index: ref() };
        break;
      case 'NameAndType':
        e = { tag: CpTag.NameAndType, nameIndex: ref(), descriptorIndex: ref() };
        break;
      case 'Fieldref':
      case 'Methodref':
      case 'InterfaceMethodref': {
        const tag = kind.text === 'Fieldref' ? CpTag.Fieldref : kind.text === 'Methodref' ? CpTag.Methodref : CpTag.InterfaceMethodref;
        e = { tag, classIndex: ref(), nameAndTypeIndex: ref() };
        break;
      }
      default:
        cur.failAt(kind, `unknown constant kind ${describe(kind)}`);
    }
    cur.expectEnd();
    c.consts.push(e);
  }

  private field(cur: Cursor, t: Token): void {
    const cp = this.pool(cur, t);
    const access = flags(cur, 'field');
    const nameIndex = nameRef(cur, cp, 'utf8');
    const descriptorIndex = nameRef(cur, cp, 'utf8');
    let constantValueIndex = 0;
    if (cur.eatWord('=')) constantValueIndex = constant(cur, cp, 'literal');
    cur.expectEnd();
    this.cls!.fields.push({ access, nameIndex, descriptorIndex, constantValueIndex });
  }

  private methodHeader(cur: Cursor, t: Token): void {
    const cp = this.pool(cur, t);
    const access = flags(cur, 'method');
    const first = cur.next('method name');
    let nameIndex: number;
    let descriptorIndex: number;
    const paren = first.kind === 'word' ? first.text.indexOf('(') : -1;
    if (paren > 0 && cur.done) {
      // Glued form: main([Ljava/lang/String;)V
      nameIndex = cp.utf8(first.text.slice(0, paren));
      descriptorIndex = cp.utf8(first.text.slice(paren));
    } else {
      nameIndex = nameOrRaw(cur, cp, first, 'utf8');
      descriptorIndex = nameRef(cur, cp, 'utf8');
    }
    cur.expectEnd();
    this.method = {
      access,
      nameIndex,
      descriptorIndex,
      exceptions: [],
      builder: new CodeBuilder(),
      hasCode: false,
      maxStack: null,
      maxLocals: null,
      labels: new Map(),
    };
  }

  // ---- method bodies -----------------------------------------------------------------

  private methodStatement(cur: Cursor): void {
    const m = this.method!;
    let t = cur.peek()!;
    const header = cur.tokens.map((x) => x.text).join(' ');
    if (header === 'Code:' || header === 'Exception table:' || header === 'LineNumberTable:') {
      if (header === 'Code:') m.hasCode = true;
      return;
    }
    // Label definitions: `L1:` or `12:` (a pc as javap prints it), possibly before an instruction.
    if (t.kind === 'word' && t.text.endsWith(':') && t.text.length > 1 && !t.text.startsWith('.')) {
      cur.next('label');
      this.defineLabel(cur, t);
      if (cur.done) return;
      t = cur.peek()!;
    }
    if (t.kind !== 'word') cur.failAt(t, `unexpected ${describe(t)}`);
    if (t.text.startsWith('.')) return this.methodDirective(cur);
    const op = OPCODE_BY_NAME.get(t.text as OpName);
    if (!op) cur.failAt(t, `unknown instruction '${t.text}'`);
    cur.next('instruction');
    m.hasCode = true;
    this.instruction(cur, t, op);
  }

  private defineLabel(cur: Cursor, t: Token): void {
    const m = this.method!;
    const name = t.text.slice(0, -1);
    const entry = this.labelEntry(name, null);
    if (entry.label.marked) cur.failAt(t, `label ${name} is already defined`);
    m.hasCode = true;
    m.builder.mark(entry.label);
  }

  private labelEntry(name: string, use: [number, number] | null): { label: Label; firstUse: [number, number] | null } {
    const labels = this.method!.labels;
    let entry = labels.get(name);
    if (!entry) {
      entry = { label: this.method!.builder.newLabel(name), firstUse: use };
      labels.set(name, entry);
    } else if (!entry.firstUse && use) entry.firstUse = use;
    return entry;
  }

  /** A branch target: a label name, a pc label (`12`), or an absolute offset if no such label. */
  private target(cur: Cursor, t: Token): Label {
    if (t.kind !== 'word') cur.failAt(t, `expected a label or offset, found ${describe(t)}`);
    return this.labelEntry(t.text, [cur.line, t.col]).label;
  }

  private instruction(cur: Cursor, t: Token, op: OpcodeInfo): void {
    const m = this.method!;
    const cp = this.pool(cur, t);
    if (op.operands[0] === 'tableswitch' || op.operands[0] === 'lookupswitch') return this.switchInstruction(cur, t, op);
    const operands = op.operands.map((kind) => this.operand(cur, cp, op, kind));
    cur.expectEnd();
    try {
      m.builder.emitWithTargets(op.name, operands);
    } catch (e) {
      cur.failAt(t, (e as Error).message);
    }
  }

  private operand(cur: Cursor, cp: ConstantPoolBuilder, op: OpcodeInfo, kind: OperandKind): number | Label {
    switch (kind) {
      case 'cp':
        return constant(cur, cp, cpOperandKind(op));
      case 'branch':
        return this.target(cur, cur.next('a branch target'));
      case 'atype': {
        const t = cur.next('an array element type');
        return ATYPE_WORDS.get(t.text) ?? checkedInt(cur, t, 0, 255, 'newarray type');
      }
      case 'tableswitch':
      case 'lookupswitch':
        throw new Error('unreachable: switches are parsed by switchInstruction');
      default: {
        const [lo, hi] = OPERAND_RANGE[kind];
        return checkedInt(cur, cur.next(`a ${kind} operand`), lo, hi, `${op.name} operand`);
      }
    }
  }

  /** `tableswitch { 1: L1  2: L2  default: L3 }`, on one line or spread over several. */
  private switchInstruction(cur: Cursor, t: Token, op: OpcodeInfo): void {
    let c = cur;
    const open = c.next("'{'");
    if (open.text !== '{') c.failAt(open, `expected '{' after ${op.name}`);
    const cases: [number, Label][] = [];
    let def: Label | null = null;
    for (;;) {
      while (c.done) {
        if (this.lineNo >= this.lines.length) c.fail(`unterminated ${op.name} (missing '}')`);
        c = this.nextLine();
      }
      const k = c.next('a case');
      if (k.text === '}' && k.kind === 'punct') break;
      if (k.kind !== 'word' || !k.text.endsWith(':')) c.failAt(k, `expected 'match:' or 'default:', found ${describe(k)}`);
      const target = this.target(c, c.next('a case target'));
      if (k.text === 'default:') def = target;
      else cases.push([checkedInt(c, k, -0x80000000, 0x7fffffff, 'switch match', k.text.slice(0, -1)), target]);
    }
    c.expectEnd();
    if (!def) return c.failAt(t, `${op.name} has no 'default:' target`);
    const dflt: Label = def;
    const b = this.method!.builder;
    this.method!.hasCode = true;
    try {
      if (op.name === 'tableswitch') {
        if (cases.length === 0) c.failAt(t, 'tableswitch needs at least one case');
        const low = cases[0]![0];
        cases.forEach(([mv], i) => mv !== low + i && c.failAt(t, `tableswitch matches must be consecutive: expected ${low + i}, found ${mv}`));
        b.emitTableSwitch(low, low + cases.length - 1, cases.map(([, l]) => l), dflt);
      } else b.emitLookupSwitch(cases, dflt, true);
    } catch (e) {
      if (e instanceof AsmError) throw e;
      c.failAt(t, (e as Error).message);
    }
  }

  private methodDirective(cur: Cursor): void {
    const m = this.method!;
    const t = cur.next('directive');
    switch (t.text) {
      case '.limit': {
        const which = cur.next("'stack' or 'locals'");
        const v = u2(cur, `.limit ${which.text}`);
        if (which.text === 'stack') m.maxStack = v;
        else if (which.text === 'locals') m.maxLocals = v;
        else cur.failAt(which, `expected 'stack' or 'locals', found ${describe(which)}`);
        m.hasCode = true;
        return cur.expectEnd();
      }
      case '.line': {
        const line = u2(cur, 'line number');
        const at = cur.eatWord('at') ? this.target(cur, cur.next('an offset')) : m.builder.pc;
        m.builder.addLineNumber(at, line);
        m.hasCode = true;
        return cur.expectEnd();
      }
      case '.catch':
        return this.catchDirective(cur, t);
      case '.throws': {
        // The Exceptions attribute (JVMS §4.7.5): `.throws java/io/IOException`; not code.
        const cp = this.pool(cur, t);
        m.exceptions.push(nameOrRaw(cur, cp, cur.next('a class name'), 'class'));
        return cur.expectEnd();
      }
      case '.bytes': {
        const bytes: number[] = [];
        while (!cur.done) bytes.push(checkedInt(cur, cur.next('a byte'), 0, 255, 'raw byte'));
        m.builder.emitBytes(bytes);
        m.hasCode = true;
        return;
      }
      case '.end':
        cur.expectWord('method');
        cur.expectEnd();
        return this.endMethod(cur, t);
      default:
        cur.failAt(t, `unknown directive ${describe(t)} in a method (expected .limit, .line, .catch, .throws, .bytes or .end method)`);
    }
  }

  /** `.catch <class|any> from <start> to <end> using <handler>` (JVMS §4.7.3 exception table). */
  private catchDirective(cur: Cursor, t: Token): void {
    const cp = this.pool(cur, t);
    const type = cur.next('a class name or any');
    const catchType = type.kind === 'word' && type.text === 'any' ? 0 : nameOrRaw(cur, cp, type, 'class');
    cur.expectWord('from');
    const start = this.target(cur, cur.next('a start label'));
    cur.expectWord('to');
    const end = this.target(cur, cur.next('an end label'));
    cur.expectWord('using');
    const handler = this.target(cur, cur.next('a handler label'));
    cur.expectEnd();
    this.method!.builder.addHandler(start, end, handler, catchType);
    this.method!.hasCode = true;
  }

  private endMethod(cur: Cursor, t: Token): void {
    const m = this.method!;
    this.method = null;
    this.cls!.methods.push({ access: m.access, nameIndex: m.nameIndex, descriptorIndex: m.descriptorIndex, exceptions: m.exceptions, code: m.hasCode ? this.finishCode(cur, t, m) : null });
  }

  private finishCode(cur: Cursor, t: Token, m: MethodState): MethodInfo['code'] {
    // A target that names no label is an absolute offset, if it is a number.
    for (const [name, { label, firstUse }] of m.labels) {
      if (label.marked) continue;
      if (/^-?\d+$/.test(name)) label.bind(Number(name));
      else this.fail(firstUse![0], firstUse![1], `undefined label ${name}`);
    }
    try {
      const code = m.builder.finish(m.maxStack ?? 0, m.maxLocals ?? 0);
      if (m.maxStack === null || m.maxLocals === null) {
        // Hand-written code may leave out .limit: estimate from the code (see limits.ts).
        const cp = this.cls!.cp!.entries();
        const est = estimateLimits(code.code, cp, m.access, this.utf8(cp, m.descriptorIndex));
        code.maxStack = m.maxStack ?? est.maxStack;
        code.maxLocals = m.maxLocals ?? est.maxLocals;
      }
      return code;
    } catch (e) {
      if (e instanceof AsmError) throw e;
      cur.failAt(t, (e as Error).message);
    }
  }

  private utf8(cp: readonly (CpEntry | null)[], i: number): string {
    const e = cp[i];
    return e?.tag === CpTag.Utf8 ? e.value : '';
  }
}
