// fast-check generators for the bytecode tests: random structurally valid ClassFiles (pool
// references of the right tags, code made of well-formed instructions whose constant-pool
// operands point at entries of the kind each opcode expects), plus a small fixed sample.

import fc from 'fast-check';
import { Access, CLASS_MAJOR, CLASS_MINOR, type ClassFile, type CodeAttribute } from '../../../vm/bytecode/classfile.ts';
import { CodeBuilder } from '../../../vm/bytecode/code-builder.ts';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { OPCODES, type OpcodeInfo } from '../../../vm/bytecode/opcodes.ts';

const ident = fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,6}$/);
/** Any UTF-16 code units, lone surrogates and NUL included: names in hostile files. */
const weirdString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 });
const name = fc.oneof({ weight: 4, arbitrary: ident }, { weight: 1, arbitrary: weirdString });
const className = fc.oneof(
  { weight: 4, arbitrary: fc.array(ident, { minLength: 1, maxLength: 3 }).map((a) => a.join('/')) },
  { weight: 1, arbitrary: fc.constantFrom('[I', '[[Ljava/lang/String;') },
  { weight: 1, arbitrary: weirdString },
);
const prim = fc.constantFrom('Z', 'B', 'C', 'S', 'I', 'J', 'F', 'D');
const fieldDesc = fc.oneof(prim, className.map((c) => `L${c};`), prim.map((p) => `[${p}`));
const methodDesc = fc
  .tuple(fc.array(fieldDesc, { maxLength: 3 }), fc.oneof(fc.constant('V'), fieldDesc))
  .map(([ps, r]) => `(${ps.join('')})${r}`);
const desc = fc.oneof({ weight: 4, arbitrary: fc.oneof(fieldDesc, methodDesc) }, { weight: 1, arbitrary: weirdString });

/** A deferred pool reference: created against the builder when the class is assembled. */
type PoolRef = (cp: ConstantPoolBuilder) => number;

const loadable: fc.Arbitrary<PoolRef> = fc.oneof(
  fc.integer({ min: -0x80000000, max: 0x7fffffff }).map((v) => (cp: ConstantPoolBuilder) => cp.integer(v)),
  fc.integer({ min: 0, max: 0xffffffff }).map((b) => (cp: ConstantPoolBuilder) => cp.floatBits(b)),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((v) => (cp: ConstantPoolBuilder) => cp.long(v)),
  fc.double().map((v) => (cp: ConstantPoolBuilder) => cp.double(v)),
  weirdString.map((s) => (cp: ConstantPoolBuilder) => cp.string(s)),
  className.map((c) => (cp: ConstantPoolBuilder) => cp.classRef(c)),
);
const constantValue: fc.Arbitrary<PoolRef> = fc.oneof(
  fc.integer({ min: -0x80000000, max: 0x7fffffff }).map((v) => (cp: ConstantPoolBuilder) => cp.integer(v)),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((v) => (cp: ConstantPoolBuilder) => cp.long(v)),
  fc.double().map((v) => (cp: ConstantPoolBuilder) => cp.double(v)),
  weirdString.map((s) => (cp: ConstantPoolBuilder) => cp.string(s)),
);
const member = fc.tuple(className, name, desc);

/** The pool reference an opcode's cp operand should have (by the opcode's flags/name). */
function cpOperandFor(op: OpcodeInfo): fc.Arbitrary<PoolRef> {
  if (op.name === 'ldc') return loadable;
  if (op.flags.includes('field')) return member.map(([o, n, d]) => (cp: ConstantPoolBuilder) => cp.fieldRef(o, n, d));
  if (op.name === 'invokeinterface') return member.map(([o, n, d]) => (cp: ConstantPoolBuilder) => cp.interfaceMethodRef(o, n, d));
  if (op.flags.includes('invoke')) return member.map(([o, n, d]) => (cp: ConstantPoolBuilder) => cp.methodRef(o, n, d));
  return className.map((c) => (cp: ConstantPoolBuilder) => cp.classRef(c));
}

const target = fc.integer({ min: -50, max: 400 });

/** One instruction as a function that emits it into a builder. */
type Emit = (b: CodeBuilder, cp: ConstantPoolBuilder) => void;

function instructionFor(op: OpcodeInfo): fc.Arbitrary<Emit> {
  if (op.name === 'tableswitch') {
    return fc
      .tuple(fc.integer({ min: -1000, max: 1000 }), fc.array(target, { minLength: 1, maxLength: 4 }), target)
      .map(([low, ts, d]) => (b: CodeBuilder) => b.emitTableSwitch(low, low + ts.length - 1, ts, d));
  }
  if (op.name === 'lookupswitch') {
    const pair = fc.tuple(fc.integer({ min: -0x80000000, max: 0x7fffffff }), target);
    return fc
      .tuple(fc.array(pair, { maxLength: 4 }), target)
      .map(([ps, d]) => (b: CodeBuilder) => b.emitLookupSwitch(ps, d, true));
  }
  const parts = op.operands.map((kind): fc.Arbitrary<number | PoolRef> => {
    switch (kind) {
      case 'local':
        return fc.integer({ min: 0, max: 0xffff });
      case 'i8':
        return fc.integer({ min: -128, max: 127 });
      case 'i16':
        return fc.integer({ min: -0x8000, max: 0x7fff });
      case 'atype':
      case 'dims':
        return fc.integer({ min: 0, max: 255 });
      case 'branch':
        return target;
      default:
        return cpOperandFor(op);
    }
  });
  return fc.tuple(...parts).map((vals) => (b: CodeBuilder, cp: ConstantPoolBuilder) => {
    const operands = vals.map((v) => (typeof v === 'function' ? v(cp) : v));
    b.emitWithTargets(op.name, operands);
  });
}

export const anyInstruction: fc.Arbitrary<Emit> = fc.oneof(...OPCODES.map(instructionFor));

const u2 = fc.integer({ min: 0, max: 0xffff });
const handler = fc.tuple(u2, u2, u2, fc.option(className, { nil: undefined }));
const codeArb = fc.record({
  maxStack: u2,
  maxLocals: u2,
  instructions: fc.array(anyInstruction, { maxLength: 12 }),
  handlers: fc.array(handler, { maxLength: 3 }),
  lines: fc.array(fc.tuple(u2, u2), { maxLength: 3 }),
});

type CodePlan = typeof codeArb extends fc.Arbitrary<infer T> ? T : never;

function buildCode(c: CodePlan, cp: ConstantPoolBuilder): CodeAttribute {
  const b = new CodeBuilder();
  for (const emit of c.instructions) emit(b, cp);
  for (const [s, e, h, t] of c.handlers) b.addHandler(s, e, h, t === undefined ? 0 : cp.classRef(t));
  for (const [pc, line] of c.lines) b.addLineNumber(pc, line);
  return b.finish(c.maxStack, c.maxLocals);
}

const flags = fc.integer({ min: 0, max: 0xffff });

export const anyClassFile: fc.Arbitrary<ClassFile> = fc
  .record({
    access: flags,
    name: className,
    superName: fc.option(className, { nil: undefined }),
    interfaces: fc.array(className, { maxLength: 2 }),
    fields: fc.array(fc.tuple(flags, name, desc, fc.option(constantValue, { nil: undefined })), { maxLength: 3 }),
    methods: fc.array(fc.tuple(flags, name, desc, fc.option(codeArb, { nil: null }), fc.array(className, { maxLength: 2 })), { maxLength: 3 }),
    source: fc.option(weirdString, { nil: undefined }),
  })
  .map((r) => {
    const cp = new ConstantPoolBuilder();
    const thisClass = cp.classRef(r.name);
    const superClass = r.superName === undefined ? 0 : cp.classRef(r.superName);
    const interfaces = r.interfaces.map((i) => cp.classRef(i));
    const fields = r.fields.map(([access, n, d, cv]) => ({
      access,
      nameIndex: cp.utf8(n),
      descriptorIndex: cp.utf8(d),
      constantValueIndex: cv ? cv(cp) : 0,
    }));
    const methods = r.methods.map(([access, n, d, code, throws]) => ({
      access,
      nameIndex: cp.utf8(n),
      descriptorIndex: cp.utf8(d),
      exceptions: throws.map((t) => cp.classRef(t)),
      code: code ? buildCode(code, cp) : null,
    }));
    const sourceFile = r.source === undefined ? 0 : cp.utf8(r.source);
    return {
      minor: CLASS_MINOR,
      major: CLASS_MAJOR,
      constantPool: cp.entries(),
      access: r.access,
      thisClass,
      superClass,
      interfaces,
      fields,
      methods,
      sourceFile,
    };
  });

/** A small hand-built class: Hello.main prints a string, with a handler and line numbers. */
export function helloClass(): ClassFile {
  const cp = new ConstantPoolBuilder();
  const b = new CodeBuilder();
  const [start, end, handler] = [b.newLabel(), b.newLabel(), b.newLabel()];
  b.line(3);
  b.mark(start);
  b.emit('getstatic', cp.fieldRef('java/lang/System', 'out', 'Ljava/io/PrintStream;'));
  b.emit('ldc', cp.string('hello, "world"\n'));
  b.emit('invokevirtual', cp.methodRef('java/io/PrintStream', 'println', '(Ljava/lang/String;)V'));
  b.mark(end);
  b.line(4);
  b.emit('return');
  b.mark(handler);
  b.emit('astore', 1);
  b.emit('return');
  b.addHandler(start, end, handler, cp.classRef('java/lang/Exception'));
  const main = {
    access: Access.PUBLIC | Access.STATIC,
    nameIndex: cp.utf8('main'),
    descriptorIndex: cp.utf8('([Ljava/lang/String;)V'),
    exceptions: [],
    code: b.finish(2, 2),
  };
  const thisClass = cp.classRef('Hello');
  const superClass = cp.classRef('java/lang/Object');
  const field = { access: Access.STATIC | Access.FINAL, nameIndex: cp.utf8('N'), descriptorIndex: cp.utf8('I'), constantValueIndex: cp.integer(42) };
  const sourceFile = cp.utf8('Hello.java');
  return {
    minor: CLASS_MINOR,
    major: CLASS_MAJOR,
    constantPool: cp.entries(),
    access: Access.PUBLIC | Access.SUPER,
    thisClass,
    superClass,
    interfaces: [],
    fields: [field],
    methods: [main],
    sourceFile,
  };
}
