// Test helpers for the verifier: a tiny line-based assembler for method bodies (built on
// vm/bytecode/code-builder.ts) and an in-memory ClassHierarchy, so each test states its
// bytecode in a few readable lines. Hands tests `buildClass`, `hierarchyOf` and `verifyOk`.

import { Access, type ClassFile, type MethodInfo } from '../../../vm/bytecode/classfile.ts';
import { CodeBuilder, type Label } from '../../../vm/bytecode/code-builder.ts';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { OPCODE_BY_NAME, type OpName } from '../../../vm/bytecode/opcodes.ts';
import { verifyClass, VerifyFailure, type ClassHierarchy } from '../../../vm/runtime/verifier.ts';

export interface MethodSpec {
  name?: string;
  desc?: string;
  access?: number;
  stack?: number;
  locals?: number;
  /** The Exceptions attribute: class names, or raw pool indexes (to test hostile ones). */
  throws?: (string | number)[];
  /** Body: one instruction per line, `Lx:` labels, `.catch Class|any Lstart Lend Lhandler`. */
  code?: string;
}

export interface ClassSpec {
  name?: string;
  superName?: string | null;
  access?: number;
  interfaces?: string[];
  fields?: { name: string; desc: string; access?: number }[];
  methods: MethodSpec[];
}

/** The classes tests may refer to, as (name -> [superclass, isInterface, access]). */
const LIBRARY: Record<string, [string | null, boolean, number]> = {
  'java/lang/Object': [null, false, Access.PUBLIC],
  'java/lang/String': ['java/lang/Object', false, Access.PUBLIC | Access.FINAL],
  'java/lang/Class': ['java/lang/Object', false, Access.PUBLIC | Access.FINAL],
  'java/lang/Throwable': ['java/lang/Object', false, Access.PUBLIC],
  'java/lang/Exception': ['java/lang/Throwable', false, Access.PUBLIC],
  'java/lang/RuntimeException': ['java/lang/Exception', false, Access.PUBLIC],
  'java/lang/ArithmeticException': ['java/lang/RuntimeException', false, Access.PUBLIC],
  'java/lang/Error': ['java/lang/Throwable', false, Access.PUBLIC],
  'java/lang/Number': ['java/lang/Object', false, Access.PUBLIC | Access.ABSTRACT],
  'java/lang/Integer': ['java/lang/Number', false, Access.PUBLIC | Access.FINAL],
  'java/lang/Runnable': ['java/lang/Object', true, Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT],
  'java/lang/CharSequence': ['java/lang/Object', true, Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT],
  'java/lang/StringBuilder': ['java/lang/Object', false, Access.PUBLIC | Access.FINAL],
  'java/io/PrintStream': ['java/lang/Object', false, Access.PUBLIC],
  'java/lang/System': ['java/lang/Object', false, Access.PUBLIC | Access.FINAL],
  'test/Animal': ['java/lang/Object', false, Access.PUBLIC],
  'test/Dog': ['test/Animal', false, Access.PUBLIC],
  'test/Cat': ['test/Animal', false, Access.PUBLIC],
  'other/Base': ['java/lang/Object', false, Access.PUBLIC],
};

/** Final methods in LIBRARY classes ("owner.name desc" -> access). */
const LIBRARY_METHODS: Record<string, number> = {
  'test/Animal.sound ()Ljava/lang/String;': Access.PUBLIC | Access.FINAL,
  'test/Animal.name ()Ljava/lang/String;': Access.PUBLIC,
  'java/lang/Object.clone ()Ljava/lang/Object;': Access.PROTECTED,
  'other/Base.helper ()V': Access.PROTECTED,
};

/** Fields of LIBRARY classes ("owner.name desc" -> access). */
const LIBRARY_FIELDS: Record<string, number> = {
  'other/Base.count I': Access.PROTECTED,
  'other/Base.open I': Access.PUBLIC,
};

/** A hierarchy of LIBRARY plus the given classes (each verified class answers for itself). */
export function hierarchyOf(...extra: ClassFile[]): ClassHierarchy {
  const lib = { ...LIBRARY };
  for (const cf of extra) {
    const name = nameOf(cf);
    const sup = cf.superClass === 0 ? null : classNameIn(cf, cf.superClass);
    lib[name] = [sup, (cf.access & Access.INTERFACE) !== 0, cf.access];
  }
  return {
    superclassOf: (n) => (n in lib ? lib[n]![0] : undefined),
    isInterface: (n) => (n in lib ? lib[n]![1] : undefined),
    classAccess: (n) => (n in lib ? lib[n]![2] : undefined),
    methodAccess: (owner, name, desc) => LIBRARY_METHODS[`${owner}.${name} ${desc}`],
    fieldAccess: (owner, name, desc) => LIBRARY_FIELDS[`${owner}.${name} ${desc}`],
  };
}

function classNameIn(cf: ClassFile, index: number): string {
  const e = cf.constantPool[index];
  if (!e || e.tag !== 7) throw new Error('bad class index');
  const u = cf.constantPool[e.nameIndex];
  if (!u || u.tag !== 1) throw new Error('bad utf8');
  return u.value;
}

export function nameOf(cf: ClassFile): string {
  return classNameIn(cf, cf.thisClass);
}

/** Builds a class; defaults: public class test/T extends java/lang/Object, methods public static ()V. */
export function buildClass(spec: ClassSpec): ClassFile {
  const cp = new ConstantPoolBuilder();
  const thisClass = cp.classRef(spec.name ?? 'test/T');
  const superName = spec.superName === undefined ? 'java/lang/Object' : spec.superName;
  const superClass = superName === null ? 0 : cp.classRef(superName);
  const interfaces = (spec.interfaces ?? []).map((i) => cp.classRef(i));
  const fields = (spec.fields ?? []).map((f) => ({
    access: f.access ?? Access.PRIVATE,
    nameIndex: cp.utf8(f.name),
    descriptorIndex: cp.utf8(f.desc),
    constantValueIndex: 0,
  }));
  const methods = spec.methods.map((m) => buildMethod(cp, m));
  return {
    minor: 0,
    major: 1,
    constantPool: cp.entries(),
    access: spec.access ?? Access.PUBLIC | Access.SUPER,
    thisClass,
    superClass,
    interfaces,
    fields,
    methods,
    sourceFile: 0,
  };
}

function buildMethod(cp: ConstantPoolBuilder, m: MethodSpec): MethodInfo {
  const access = m.access ?? Access.PUBLIC | Access.STATIC;
  return {
    access,
    nameIndex: cp.utf8(m.name ?? 'm'),
    descriptorIndex: cp.utf8(m.desc ?? '()V'),
    exceptions: (m.throws ?? []).map((t) => (typeof t === 'number' ? t : cp.classRef(t))),
    code: m.code === undefined ? null : assembleBody(cp, m.code).finish(m.stack ?? 4, m.locals ?? 4),
  };
}

/**
 * Assembles a method body. Operands: numbers; labels (`L1`) or absolute offsets (`@7`) for
 * branches; for cp operands `owner.name:desc` (fields and methods), a class name, or for
 * ldc `123`, `1.5f`, `7L`, `2.5d`, `"text"`, `class:Name`; `#n` is a raw pool index.
 */
export function assembleBody(cp: ConstantPoolBuilder, text: string): CodeBuilder {
  const b = new CodeBuilder();
  const labels = new Map<string, Label>();
  const label = (n: string): Label | number => {
    if (n.startsWith('@')) return Number(n.slice(1));
    let l = labels.get(n);
    if (!l) labels.set(n, (l = b.newLabel(n)));
    return l;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s*;;.*$/, '').trim();
    if (!line) continue;
    if (line.endsWith(':')) {
      b.mark(label(line.slice(0, -1)) as Label);
      continue;
    }
    const [op, ...args] = line.match(/"[^"]*"|\S+/g)!;
    if (op === '.catch') {
      const type = args[0] === 'any' ? 0 : cp.classRef(args[0]!);
      b.addHandler(label(args[1]!), label(args[2]!), label(args[3]!), type);
    } else if (op === 'tableswitch') {
      const low = Number(args[0]);
      const targets = args.slice(1, args.indexOf('default')).map(label);
      b.emitTableSwitch(low, low + targets.length - 1, targets, label(args[args.length - 1]!));
    } else if (op === 'lookupswitch') {
      const pairs = args.slice(0, args.indexOf('default')).map((p) => {
        const [k, t] = p.split(':');
        return [Number(k), label(t!)] as const;
      });
      b.emitLookupSwitch(pairs, label(args[args.length - 1]!), true);
    } else {
      emitOne(b, cp, op as OpName, args, label);
    }
  }
  return b;
}

function emitOne(b: CodeBuilder, cp: ConstantPoolBuilder, op: OpName, args: string[], label: (n: string) => Label | number): void {
  const info = OPCODE_BY_NAME.get(op);
  if (!info) throw new Error(`test assembler: unknown opcode ${op}`);
  const operands = info.operands.map((kind, k) => {
    const a = args[k]!;
    if (kind === 'branch') return label(a);
    if (kind === 'cp') return cpOperand(cp, op, a);
    return Number(a);
  });
  b.emitWithTargets(op, operands);
}

function cpOperand(cp: ConstantPoolBuilder, op: OpName, a: string): number {
  if (a.startsWith('#')) return Number(a.slice(1));
  if (op === 'ldc') return ldcOperand(cp, a);
  const m = /^(.+)\.([^.]+):(.+)$/.exec(a);
  if (!m) return cp.classRef(a);
  const [, owner, name, desc] = m as unknown as [string, string, string, string];
  if (op.startsWith('get') || op.startsWith('put')) return cp.fieldRef(owner, name, desc);
  if (op === 'invokeinterface') return cp.interfaceMethodRef(owner, name, desc);
  return cp.methodRef(owner, name, desc);
}

function ldcOperand(cp: ConstantPoolBuilder, a: string): number {
  if (a.startsWith('"')) return cp.string(a.slice(1, -1));
  if (a.startsWith('class:')) return cp.classRef(a.slice(6));
  if (a.endsWith('L')) return cp.long(BigInt(a.slice(0, -1)));
  if (a.endsWith('f')) return cp.float(Number(a.slice(0, -1)));
  if (a.endsWith('d')) return cp.double(Number(a.slice(0, -1)));
  return cp.integer(Number(a));
}

/** Verifies; returns the failure (or null if the class passes). */
export function verifyResult(cf: ClassFile, h: ClassHierarchy = hierarchyOf(cf)): VerifyFailure | null {
  try {
    verifyClass(cf, h);
    return null;
  } catch (e) {
    if (e instanceof VerifyFailure) return e;
    throw e;
  }
}

/** A class with one method (defaults: public static m()V, stack 4, locals 4). */
export function oneMethod(code: string, m: Omit<MethodSpec, 'code'> = {}, c: Omit<ClassSpec, 'methods'> = {}): ClassFile {
  return buildClass({ ...c, methods: [{ ...m, code }] });
}
