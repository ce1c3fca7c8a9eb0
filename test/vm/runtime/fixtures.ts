// Test fixtures for the VM runtime: a small class-file builder over the bytecode engineer's
// ConstantPoolBuilder/CodeBuilder, a minimal fake java.lang (Object, String, Class, the
// Throwable hierarchy, StackTraceElement) and helpers that run code and report exceptions.

import { Access, CLASS_MAJOR, CLASS_MINOR, type ClassFile, type FieldInfo, type MethodInfo } from '../../../vm/bytecode/classfile.ts';
import { encodeClass } from '../../../vm/bytecode/codec.ts';
import { CodeBuilder } from '../../../vm/bytecode/code-builder.ts';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { MemoryKernel } from '../../../vm/os/kernel.ts';
import { memoryClassSource, type ClassSource } from '../../../vm/runtime/class-source.ts';
import { JavaThrow } from '../../../vm/runtime/errors.ts';
import { JObject, type Value } from '../../../vm/runtime/heap.ts';
import type { NativeTable } from '../../../vm/runtime/native-api.ts';
import { Vm } from '../../../vm/runtime/vm.ts';

export const PUBLIC = Access.PUBLIC;
export const STATIC = Access.STATIC;
export const PS = Access.PUBLIC | Access.STATIC;

export type Body = (c: CodeBuilder, cp: ConstantPoolBuilder) => void;

/** Builds one class file method by method. */
export class ClassMaker {
  readonly cp = new ConstantPoolBuilder();
  private readonly fields: FieldInfo[] = [];
  private readonly methods: MethodInfo[] = [];

  constructor(
    readonly name: string,
    readonly superName: string | null = 'java/lang/Object',
    readonly access: number = Access.PUBLIC | Access.SUPER,
    readonly interfaces: readonly string[] = [],
  ) {}

  field(name: string, desc: string, access = 0, constantValueIndex = 0): this {
    this.fields.push({ access, nameIndex: this.cp.utf8(name), descriptorIndex: this.cp.utf8(desc), constantValueIndex });
    return this;
  }

  method(name: string, desc: string, access: number, body: Body | null, maxStack = 10, maxLocals = 10): this {
    let code = null;
    if (body) {
      const c = new CodeBuilder();
      body(c, this.cp);
      code = c.finish(maxStack, maxLocals);
    }
    this.methods.push({ access, nameIndex: this.cp.utf8(name), descriptorIndex: this.cp.utf8(desc), exceptions: [], code });
    return this;
  }

  /** A constructor that just calls super() (the superclass's no-arg constructor). */
  defaultInit(): this {
    const sup = this.superName ?? 'java/lang/Object';
    return this.method('<init>', '()V', PUBLIC, (c, cp) => {
      c.emit('aload', 0);
      c.emit('invokespecial', cp.methodRef(sup, '<init>', '()V'));
      c.emit('return');
    });
  }

  build(): ClassFile {
    const thisClass = this.cp.classRef(this.name);
    const superClass = this.superName ? this.cp.classRef(this.superName) : 0;
    const interfaces = this.interfaces.map((i) => this.cp.classRef(i));
    const simple = this.name.substring(this.name.lastIndexOf('/') + 1);
    const sourceFile = this.cp.utf8(`${simple}.java`);
    return {
      minor: CLASS_MINOR,
      major: CLASS_MAJOR,
      constantPool: this.cp.entries(),
      access: this.access,
      thisClass,
      superClass,
      interfaces,
      fields: this.fields,
      methods: this.methods,
      sourceFile,
    };
  }

  bytes(): Uint8Array {
    return encodeClass(this.build());
  }
}

/** Builds classes into a name -> bytes map. */
export function classMap(...makers: ClassMaker[]): Map<string, Uint8Array> {
  return new Map(makers.map((m) => [m.name, m.bytes()]));
}

// ---------------------------------------------------------------------------------------
// A minimal java.lang

const THROWABLES: readonly (readonly [string, string])[] = [
  ['Exception', 'Throwable'],
  ['Error', 'Throwable'],
  ['RuntimeException', 'Exception'],
  ['NullPointerException', 'RuntimeException'],
  ['ArithmeticException', 'RuntimeException'],
  ['ClassCastException', 'RuntimeException'],
  ['NegativeArraySizeException', 'RuntimeException'],
  ['ArrayStoreException', 'RuntimeException'],
  ['IndexOutOfBoundsException', 'RuntimeException'],
  ['ArrayIndexOutOfBoundsException', 'IndexOutOfBoundsException'],
  ['IllegalArgumentException', 'RuntimeException'],
  ['IllegalStateException', 'RuntimeException'],
  ['SecurityException', 'RuntimeException'],
  ['VirtualMachineError', 'Error'],
  ['StackOverflowError', 'VirtualMachineError'],
  ['OutOfMemoryError', 'VirtualMachineError'],
  ['LinkageError', 'Error'],
  ['ExceptionInInitializerError', 'LinkageError'],
  ['NoClassDefFoundError', 'LinkageError'],
  ['ClassFormatError', 'LinkageError'],
  ['VerifyError', 'LinkageError'],
  ['UnsatisfiedLinkError', 'LinkageError'],
  ['ClassCircularityError', 'LinkageError'],
  ['IncompatibleClassChangeError', 'LinkageError'],
  ['NoSuchFieldError', 'IncompatibleClassChangeError'],
  ['NoSuchMethodError', 'IncompatibleClassChangeError'],
  ['IllegalAccessError', 'IncompatibleClassChangeError'],
  ['AbstractMethodError', 'IncompatibleClassChangeError'],
  ['InstantiationError', 'IncompatibleClassChangeError'],
];

const L = (n: string): string => `java/lang/${n}`;

function throwableClass(): ClassMaker {
  const T = L('Throwable');
  const ctor = (withMessage: boolean): Body => (c, cp) => {
    c.emit('aload', 0);
    c.emit('invokespecial', cp.methodRef(L('Object'), '<init>', '()V'));
    c.emit('aload', 0);
    c.emit('aload', 0);
    c.emit('putfield', cp.fieldRef(T, 'cause', 'Ljava/lang/Throwable;'));
    c.emit('aload', 0);
    c.emit('invokevirtual', cp.methodRef(T, 'fillInStackTrace', '()Ljava/lang/Throwable;'));
    c.emit('pop');
    if (withMessage) {
      c.emit('aload', 0);
      c.emit('aload', 1);
      c.emit('putfield', cp.fieldRef(T, 'detailMessage', 'Ljava/lang/String;'));
    }
    c.emit('return');
  };
  return new ClassMaker(T)
    .field('detailMessage', 'Ljava/lang/String;', Access.PRIVATE)
    .field('cause', 'Ljava/lang/Throwable;', Access.PRIVATE)
    .field('stackTrace', '[Ljava/lang/StackTraceElement;', Access.PRIVATE)
    .method('<init>', '()V', PUBLIC, ctor(false))
    .method('<init>', '(Ljava/lang/String;)V', PUBLIC, ctor(true))
    .method('fillInStackTrace', '()Ljava/lang/Throwable;', PUBLIC, (c, cp) => {
      c.emit('aload', 0);
      c.emit('invokespecial', cp.methodRef(T, 'fillInStackTrace0', '()V'));
      c.emit('aload', 0);
      c.emit('areturn');
    })
    .method('fillInStackTrace0', '()V', Access.PRIVATE | Access.NATIVE, null)
    .method('getMessage', '()Ljava/lang/String;', PUBLIC, (c, cp) => {
      c.emit('aload', 0);
      c.emit('getfield', cp.fieldRef(T, 'detailMessage', 'Ljava/lang/String;'));
      c.emit('areturn');
    })
    .method('printStackTrace', '()V', PUBLIC | Access.NATIVE, null);
}

function subclass(name: string, sup: string): ClassMaker {
  return new ClassMaker(L(name), L(sup))
    .method('<init>', '()V', PUBLIC, (c, cp) => {
      c.emit('aload', 0);
      c.emit('invokespecial', cp.methodRef(L(sup), '<init>', '()V'));
      c.emit('return');
    })
    .method('<init>', '(Ljava/lang/String;)V', PUBLIC, (c, cp) => {
      c.emit('aload', 0);
      c.emit('aload', 1);
      c.emit('invokespecial', cp.methodRef(L(sup), '<init>', '(Ljava/lang/String;)V'));
      c.emit('return');
    });
}

/** The fake stdlib's classes (bytes), built once. */
export const MINI_STDLIB: ReadonlyMap<string, Uint8Array> = classMap(
  new ClassMaker(L('Object'), null)
    .method('<init>', '()V', PUBLIC, (c) => c.emit('return'), 1, 1)
    .method('hashCode', '()I', PUBLIC | Access.NATIVE, null)
    .method('toString', '()Ljava/lang/String;', PUBLIC | Access.NATIVE, null),
  new ClassMaker(L('String'), L('Object'), PUBLIC | Access.FINAL | Access.SUPER)
    .field('value', '[C', Access.PRIVATE | Access.FINAL)
    .field('hash', 'I', Access.PRIVATE)
    .method('length', '()I', PUBLIC, (c, cp) => {
      c.emit('aload', 0);
      c.emit('getfield', cp.fieldRef(L('String'), 'value', '[C'));
      c.emit('arraylength');
      c.emit('ireturn');
    }),
  new ClassMaker(L('Class'), L('Object'), PUBLIC | Access.FINAL | Access.SUPER),
  new ClassMaker(L('Cloneable'), L('Object'), PUBLIC | Access.INTERFACE | Access.ABSTRACT),
  new ClassMaker(L('StackTraceElement'), L('Object'), PUBLIC | Access.FINAL | Access.SUPER)
    .field('declaringClass', 'Ljava/lang/String;', Access.PRIVATE)
    .field('methodName', 'Ljava/lang/String;', Access.PRIVATE)
    .field('fileName', 'Ljava/lang/String;', Access.PRIVATE)
    .field('lineNumber', 'I', Access.PRIVATE),
  throwableClass(),
  ...THROWABLES.map(([n, s]) => subclass(n, s)),
);

/** What the test natives record, and the natives themselves. */
export interface TestNatives {
  /** Values printed through Out.print; Strings arrive as JS strings. */
  readonly out: (Value | string)[];
  readonly table: NativeTable;
}

/** Natives of the fake stdlib plus `Out.print(X)V` recorders for test classes. */
export function testNatives(): TestNatives {
  const out: (Value | string)[] = [];
  const record = (_: unknown, args: Value[]): undefined => {
    out.push(args[0]!);
    return undefined;
  };
  const table: NativeTable = {
    'java/lang/Object.hashCode()I': (ctx, [self]) => ctx.identityHashCode(self as JObject),
    'java/lang/Object.toString()Ljava/lang/String;': (ctx, [self]) =>
      ctx.newString(`${ctx.className(ctx.classObjectOf(self as JObject))}@${ctx.identityHashCode(self as JObject).toString(16)}`),
    'java/lang/Throwable.fillInStackTrace0()V': (ctx, [self]) => {
      ctx.setField(self as JObject, 'stackTrace', ctx.captureStackTrace(self as JObject));
      return undefined;
    },
    'java/lang/Throwable.printStackTrace()V': (ctx, [self]) => {
      const t = self as JObject;
      const name = ctx.className(ctx.classObjectOf(t));
      const msg = ctx.getField(t, 'detailMessage');
      let text = msg === null ? `${name}\n` : `${name}: ${ctx.jsString(msg as JObject)}\n`;
      for (const e of ctx.arrayData(ctx.getField(t, 'stackTrace') as JObject) as JObject[]) text += `\tat ${describeFrame(ctx.jsString.bind(ctx), (n) => ctx.getField(e, n))}\n`;
      const bytes = new TextEncoder().encode(text);
      ctx.syscall(64, [2, bytes, bytes.length]);
      return undefined;
    },
    'Out.print(I)V': record,
    'Out.print(J)V': record,
    'Out.print(F)V': record,
    'Out.print(D)V': record,
    'Out.print(Ljava/lang/Object;)V': (ctx, [v]) => {
      out.push(v instanceof JObject && ctx.className(ctx.classObjectOf(v)) === 'java.lang.String' ? ctx.jsString(v) : v!);
      return undefined;
    },
  };
  return { out, table };
}

function describeFrame(js: (v: JObject | null) => string, get: (name: string) => Value): string {
  const line = get('lineNumber') as number;
  const file = get('fileName') as JObject | null;
  const where = line === -2 ? 'Native Method' : file === null ? 'Unknown Source' : line >= 0 ? `${js(file)}:${line}` : js(file);
  return `${js(get('declaringClass') as JObject)}.${js(get('methodName') as JObject)}(${where})`;
}

/** The `Out` class with print natives, for test programs. */
export function outClass(): ClassMaker {
  const m = new ClassMaker('Out');
  for (const d of ['I', 'J', 'F', 'D', 'Ljava/lang/Object;']) m.method('print', `(${d})V`, PS | Access.NATIVE, null);
  return m;
}

export interface TestVm {
  vm: Vm;
  out: (Value | string)[];
  kernel: MemoryKernel;
}

export function makeVm(classes: Map<string, Uint8Array>, opts: { maxInstructions?: number; maxCallDepth?: number; maxHostHeap?: number } = {}): TestVm {
  const natives = testNatives();
  const kernel = new MemoryKernel();
  const all = new Map(classes);
  if (!all.has('Out')) all.set('Out', outClass().bytes());
  const vm = new Vm({
    boot: memoryClassSource('stdlib', MINI_STDLIB),
    classPath: [memoryClassSource('test', all)],
    natives: natives.table,
    kernel,
    ...opts,
  });
  return { vm, out: natives.out, kernel };
}

export const bootSource = (): ClassSource => memoryClassSource('stdlib', MINI_STDLIB);

/** Runs static method `name` of `cls` after initializing the class; returns its value. */
export function callStatic(t: TestVm, cls: string, name: string, desc: string, args: Value[] = []): Value | undefined {
  const c = t.vm.appLoader.load(cls);
  t.vm.interp.initialize(c);
  const m = c.methodByKey.get(name + desc);
  if (!m) throw new Error(`test: no method ${cls}.${name}${desc}`);
  return t.vm.interp.invoke(m, args);
}

/** Builds a class `Main` with one static method `f` from `body` and returns f's value. */
export function evalStatic(desc: string, body: Body, extra: ClassMaker[] = [], maxStack = 10, maxLocals = 10): Value | undefined {
  const main = new ClassMaker('Main').method('f', desc, PS, body, maxStack, maxLocals);
  const t = makeVm(classMap(main, ...extra));
  return callStatic(t, 'Main', 'f', desc);
}

/** "java.lang.ArithmeticException: / by zero" for the Java exception `fn` lets escape. */
export function javaExceptionOf(t: TestVm, fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof JavaThrow)) throw e;
    const obj = t.vm.materialize(e);
    const msg = t.vm.getField(obj, 'detailMessage') as JObject | null;
    return obj.cls.javaName + (msg ? `: ${t.vm.jsString(msg)}` : '');
  }
  throw new Error('expected a Java exception, but none was thrown');
}

/** Like evalStatic, but returns the escaping exception as "class: message". */
export function evalThrows(desc: string, body: Body, extra: ClassMaker[] = []): string {
  const main = new ClassMaker('Main').method('f', desc, PS, body);
  const t = makeVm(classMap(main, ...extra));
  return javaExceptionOf(t, () => callStatic(t, 'Main', 'f', desc));
}
