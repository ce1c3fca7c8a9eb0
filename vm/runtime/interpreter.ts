// The interpreter: an explicit frame stack (Java recursion never recurses on the host), code
// pre-decoded once per method (decoded-code.ts), and a dense switch on opcode numbers with
// Java's exact semantics (JVMS §6.5). Also runs static initialization (JLS §12.4.2) by
// pushing <clinit> frames, and unwinds exceptions through exception tables. Driven by vm.ts.

import { Access } from '../bytecode/classfile.ts';
import { classNameAt, memberRefAt } from '../bytecode/constant-pool.ts';
import { OPCODES, type OpName } from '../bytecode/opcodes.ts';
import { decodeCode, type DecodedCode } from './decoded-code.ts';
import { BudgetExhausted, JavaThrow, VmError, VmExit } from './errors.ts';
import { JArray, JObject, newArrayData, type HeapObject, type Value } from './heap.ts';
import { hostHeapExhausted } from './host-heap.ts';
import { methodForMessage, npeMessage } from './npe-message.ts';
import * as num from './numeric.ts';
import {
  arraySite,
  castMessage,
  classSite,
  current,
  fieldSite,
  invokeSite,
  ldcValue,
  newSite,
  type FieldSite,
  type InvokeKind,
  type InvokeSite,
} from './operand-sites.ts';
import { isAssignable, methodDisplay, resolveClass, selectMethod } from './resolve.ts';
import { ClassState, type RtClass, type RtMethod } from './rt-class.ts';
import type { Vm } from './vm.ts';

/** Opcode numbers as an enum local to this file, so the switch compiles to a jump table. */
enum O {
  nop = 0x00,
  aconst_null = 0x01,
  iconst_m1 = 0x02,
  iconst_0 = 0x03,
  iconst_1 = 0x04,
  iconst_2 = 0x05,
  iconst_3 = 0x06,
  iconst_4 = 0x07,
  iconst_5 = 0x08,
  lconst_0 = 0x09,
  lconst_1 = 0x0a,
  fconst_0 = 0x0b,
  fconst_1 = 0x0c,
  fconst_2 = 0x0d,
  dconst_0 = 0x0e,
  dconst_1 = 0x0f,
  bipush = 0x10,
  sipush = 0x11,
  ldc = 0x12,
  iload = 0x15,
  lload = 0x16,
  fload = 0x17,
  dload = 0x18,
  aload = 0x19,
  istore = 0x36,
  lstore = 0x37,
  fstore = 0x38,
  dstore = 0x39,
  astore = 0x3a,
  iinc = 0x84,
  iaload = 0x2e,
  laload = 0x2f,
  faload = 0x30,
  daload = 0x31,
  aaload = 0x32,
  baload = 0x33,
  caload = 0x34,
  saload = 0x35,
  iastore = 0x4f,
  lastore = 0x50,
  fastore = 0x51,
  dastore = 0x52,
  aastore = 0x53,
  bastore = 0x54,
  castore = 0x55,
  sastore = 0x56,
  pop = 0x57,
  dup = 0x59,
  dup_x1 = 0x5a,
  dup_x2 = 0x5b,
  swap = 0x5f,
  iadd = 0x60,
  ladd = 0x61,
  fadd = 0x62,
  dadd = 0x63,
  isub = 0x64,
  lsub = 0x65,
  fsub = 0x66,
  dsub = 0x67,
  imul = 0x68,
  lmul = 0x69,
  fmul = 0x6a,
  dmul = 0x6b,
  idiv = 0x6c,
  ldiv = 0x6d,
  fdiv = 0x6e,
  ddiv = 0x6f,
  irem = 0x70,
  lrem = 0x71,
  frem = 0x72,
  drem = 0x73,
  ineg = 0x74,
  lneg = 0x75,
  fneg = 0x76,
  dneg = 0x77,
  ishl = 0x78,
  lshl = 0x79,
  ishr = 0x7a,
  lshr = 0x7b,
  iushr = 0x7c,
  lushr = 0x7d,
  iand = 0x7e,
  land = 0x7f,
  ior = 0x80,
  lor = 0x81,
  ixor = 0x82,
  lxor = 0x83,
  i2l = 0x85,
  i2f = 0x86,
  i2d = 0x87,
  l2i = 0x88,
  l2f = 0x89,
  l2d = 0x8a,
  f2i = 0x8b,
  f2l = 0x8c,
  f2d = 0x8d,
  d2i = 0x8e,
  d2l = 0x8f,
  d2f = 0x90,
  i2b = 0x91,
  i2c = 0x92,
  i2s = 0x93,
  lcmp = 0x94,
  fcmpl = 0x95,
  fcmpg = 0x96,
  dcmpl = 0x97,
  dcmpg = 0x98,
  ifeq = 0x99,
  ifne = 0x9a,
  iflt = 0x9b,
  ifge = 0x9c,
  ifgt = 0x9d,
  ifle = 0x9e,
  if_icmpeq = 0x9f,
  if_icmpne = 0xa0,
  if_icmplt = 0xa1,
  if_icmpge = 0xa2,
  if_icmpgt = 0xa3,
  if_icmple = 0xa4,
  if_acmpeq = 0xa5,
  if_acmpne = 0xa6,
  goto = 0xa7,
  tableswitch = 0xaa,
  lookupswitch = 0xab,
  ifnull = 0xc6,
  ifnonnull = 0xc7,
  ireturn = 0xac,
  lreturn = 0xad,
  freturn = 0xae,
  dreturn = 0xaf,
  areturn = 0xb0,
  return = 0xb1,
  getstatic = 0xb2,
  putstatic = 0xb3,
  getfield = 0xb4,
  putfield = 0xb5,
  invokevirtual = 0xb6,
  invokespecial = 0xb7,
  invokestatic = 0xb8,
  invokeinterface = 0xb9,
  new = 0xbb,
  newarray = 0xbc,
  anewarray = 0xbd,
  arraylength = 0xbe,
  athrow = 0xbf,
  checkcast = 0xc0,
  instanceof = 0xc1,
  multianewarray = 0xc5,
}

// The enum must agree with THE opcode table, name for name and number for number.
type MissingOps = Exclude<OpName, keyof typeof O>;
type ExtraOps = Exclude<keyof typeof O, OpName>;
const opsAgree: [MissingOps, ExtraOps] extends [never, never] ? true : never = true;
for (const o of OPCODES) {
  if ((O as unknown as Record<string, number>)[o.name] !== o.code || !opsAgree) {
    throw new Error(`interpreter: opcode ${o.name} disagrees with vm/bytecode/opcodes.ts`);
  }
}

/** Which invoke each invoke opcode is, for operand resolution. */
const INVOKE_KIND: Readonly<Record<number, InvokeKind>> = {
  [O.invokestatic]: 'static',
  [O.invokevirtual]: 'virtual',
  [O.invokespecial]: 'special',
  [O.invokeinterface]: 'interface',
};

/** The opcodes the interpreter implements (checked against the table by a coverage test). */
export const INTERPRETER_HANDLED: ReadonlySet<OpName> = new Set(
  Object.keys(O).filter((k) => Number.isNaN(Number(k))) as OpName[],
);

/** One activation. Below the top, `pc` is the instruction number of the pending invoke. */
export class Frame {
  pc = 0;
  sp = 0;
  /** Whether this frame has begun executing (init frames wait for their superclass's). */
  started = false;
  readonly locals: Value[];
  readonly stack: Value[];

  constructor(
    readonly method: RtMethod,
    readonly code: DecodedCode,
    /** For a <clinit> frame: the class whose initialization completes when it returns. */
    readonly initClass: RtClass | null,
  ) {
    this.locals = new Array<Value>(code.maxLocals);
    this.stack = new Array<Value>(code.maxStack);
  }
}


/** All frames together may hold this many slots (about what a 1 GB host heap affords). */
const MAX_STACK_SLOTS = 1 << 24;
/** How often (in allocations, or KB allocated in arrays) the host heap is looked at. */
const ALLOC_CHECK_INTERVAL = 1 << 14;
/** Largest single array, in bytes: beyond it OutOfMemoryError (no heap accounting yet). */
const MAX_ARRAY_BYTES = 1 << 28;
const ELEMENT_BYTES: Readonly<Record<string, number>> = { Z: 1, B: 1, C: 2, S: 2, I: 4, F: 4, J: 8, D: 8 };

const aioobe = (i: number, len: number): JavaThrow =>
  new JavaThrow('java/lang/ArrayIndexOutOfBoundsException', `Index ${i} out of bounds for length ${len}`);
const divByZero = (): JavaThrow => new JavaThrow('java/lang/ArithmeticException', '/ by zero');

export interface InterpreterLimits {
  /** Stop with BudgetExhausted after this many instructions (Infinity: no limit). */
  maxInstructions: number;
  /** Frames deeper than this raise StackOverflowError. */
  maxCallDepth: number;
  /** Host memory (JS heap + array storage, bytes) beyond which allocation raises OutOfMemoryError. */
  maxHostHeap: number;
}

export class Interpreter {
  readonly frames: Frame[] = [];
  /** Instructions executed so far (all runs). */
  instructions = 0;
  /** The value returned by the last frame that returned to a run's base. */
  private result: Value | undefined = undefined;

  constructor(
    private readonly vm: Vm,
    readonly limits: InterpreterLimits,
  ) {}

  // -------------------------------------------------------------------------------------
  // Entry points

  /** Calls `method` with `args` (receiver first) and runs it to completion; returns its value. */
  invoke(method: RtMethod, args: Value[]): Value | undefined {
    const base = this.frames.length;
    if (method.access & Access.NATIVE) return this.callNativeDirect(method, args);
    const frame = this.newFrame(method, null);
    for (let i = 0; i < args.length; i++) frame.locals[i] = args[i]!;
    this.pushFrame(frame);
    this.result = undefined;
    this.run(base);
    return this.result;
  }

  /** Initializes `cls` (JLS §12.4.2) and runs its initializers to completion. */
  initialize(cls: RtClass): void {
    const base = this.frames.length;
    if (!this.ensureInit(cls)) this.run(base);
  }

  // -------------------------------------------------------------------------------------
  // Static initialization (JLS §12.4.2), single-threaded

  /**
   * True when `cls` may be used now. Otherwise pushes the frames that initialize it (its
   * <clinit> below its superclass's, so the superclass runs first) and returns false: the
   * caller re-executes its instruction once those frames have returned.
   */
  ensureInit(cls: RtClass): boolean {
    const state = cls.state;
    // Step 4: a recursive request by the (only) thread initializing it completes at once.
    if (state === ClassState.Initialized || state === ClassState.Initializing) return true;
    if (state === ClassState.Erroneous && cls.failure?.kind === 'init') {
      throw new JavaThrow('java/lang/NoClassDefFoundError', `Could not initialize class ${cls.javaName}`, null, cls.failure.error);
    }
    this.vm.link(cls); // rethrows the linkage error of an Erroneous class
    // Step 6: mark in progress, then (step 7) initialize the superclass first. The frame is
    // pushed first so that a StackOverflowError leaves the class untouched (still Linked).
    this.pushFrame(this.newFrame(this.vm.clinitOf(cls), cls));
    cls.state = ClassState.Initializing;
    const sup = cls.isInterface ? null : cls.superClass;
    if (sup) {
      try {
        this.ensureInit(sup);
      } catch (e) {
        this.popFrame();
        this.failInit(cls, e instanceof JavaThrow ? this.vm.materialize(e) : null);
        throw e;
      }
    }
    return false;
  }

  /**
   * Marks `cls` Erroneous because `cause` escaped its initialization. Like JDK 17u, keeps
   * an ExceptionInInitializerError "Exception <class>: <message> [in thread "main"]" with
   * the cause's stack trace, to be the cause of later NoClassDefFoundErrors.
   */
  private failInit(cls: RtClass, cause: JObject | null): void {
    cls.state = ClassState.Erroneous;
    cls.failure = { kind: 'init', error: null };
    if (!cause) return;
    try {
      const detail = this.vm.getField(cause, 'detailMessage') as JObject | null;
      const what = detail === null ? `${cause.cls.javaName} ` : `${cause.cls.javaName}: ${this.vm.jsString(detail)} `;
      const saved = this.vm.newThrowable('java/lang/ExceptionInInitializerError', `Exception ${what}[in thread "main"]`);
      this.vm.setField(saved, 'stackTrace', this.vm.getField(cause, 'stackTrace'));
      cls.failure.error = saved;
    } catch {
      // A stdlib without these fields: later errors simply carry no cause.
    }
  }

  // -------------------------------------------------------------------------------------
  // Frames

  /** Local and stack slots of all frames on the stack (bounded by MAX_STACK_SLOTS). */
  private slotsInUse = 0;

  private popFrame(): void {
    const f = this.frames.pop()!;
    this.slotsInUse -= f.locals.length + f.stack.length;
  }

  private newFrame(method: RtMethod, initClass: RtClass | null): Frame {
    const code = method.decoded ?? this.decode(method);
    return new Frame(method, code, initClass);
  }

  private decode(method: RtMethod): DecodedCode {
    if (!method.code) throw new VmError(`method ${method.owner.javaName}.${method.name}${method.descriptor} has no code`);
    method.decoded = decodeCode(method.code);
    return method.decoded;
  }

  private pushFrame(frame: Frame): void {
    const size = frame.locals.length + frame.stack.length;
    // Depth alone does not bound memory: hostile code may declare 65535 locals per frame.
    if (this.frames.length >= this.limits.maxCallDepth || this.slotsInUse + size > MAX_STACK_SLOTS) {
      throw new JavaThrow('java/lang/StackOverflowError', null);
    }
    this.slotsInUse += size;
    this.frames.push(frame);
  }

  // -------------------------------------------------------------------------------------
  // The dispatch loop

  /**
   * Runs until the frame stack is back to `base` frames. An exception nobody below `base`
   * catches leaves as JavaThrow (with its object); exit, budget and VM errors pass through.
   */
  run(base: number): void {
    const vm = this.vm;
    const limit = this.limits.maxInstructions;
    let count = this.instructions;
    let frame = this.frames[this.frames.length - 1]!;
    let pc = 0;
    let sp = 0;
    try {
      dispatch: for (;;) {
        try {
          frame = this.frames[this.frames.length - 1]!;
          frame.started = true;
          pc = frame.pc;
          sp = frame.sp;
          const code = frame.code;
          const ops = code.ops;
          const A = code.a;
          const B = code.b;
          const stack = frame.stack;
          const locals = frame.locals;
          for (;;) {
            if (++count > limit) {
              count--;
              throw new BudgetExhausted(limit);
            }
            const op = ops[pc] as O;
            switch (op) {
              case O.nop:
                pc++;
                break;
              // ---- constants
              case O.aconst_null:
                stack[sp++] = null;
                pc++;
                break;
              case O.iconst_m1:
              case O.iconst_0:
              case O.iconst_1:
              case O.iconst_2:
              case O.iconst_3:
              case O.iconst_4:
              case O.iconst_5:
                stack[sp++] = op - O.iconst_0;
                pc++;
                break;
              case O.lconst_0:
                stack[sp++] = 0n;
                pc++;
                break;
              case O.lconst_1:
                stack[sp++] = 1n;
                pc++;
                break;
              case O.fconst_0:
              case O.dconst_0:
                stack[sp++] = 0;
                pc++;
                break;
              case O.fconst_1:
              case O.dconst_1:
                stack[sp++] = 1;
                pc++;
                break;
              case O.fconst_2:
                stack[sp++] = 2;
                pc++;
                break;
              case O.bipush:
              case O.sipush:
                stack[sp++] = A[pc]!;
                pc++;
                break;
              case O.ldc:
                stack[sp++] = ldcValue(this.vm, frame, pc);
                pc++;
                break;
              // ---- locals
              case O.iload:
              case O.lload:
              case O.fload:
              case O.dload:
              case O.aload:
                stack[sp++] = locals[A[pc]!]!;
                pc++;
                break;
              case O.istore:
              case O.lstore:
              case O.fstore:
              case O.dstore:
              case O.astore:
                locals[A[pc]!] = stack[--sp]!;
                pc++;
                break;
              case O.iinc: {
                const i = A[pc]!;
                locals[i] = ((locals[i] as number) + B[pc]!) | 0;
                pc++;
                break;
              }
              // ---- array loads: (arrayref, index) -> value
              case O.iaload:
              case O.laload:
              case O.faload:
              case O.daload:
              case O.aaload:
              case O.baload:
              case O.caload:
              case O.saload: {
                const index = stack[--sp] as number;
                const arr = stack[sp - 1] as JArray | null;
                if (arr === null) throw this.nullPointer(frame, pc, 1, `Cannot load from ${arrayKind(op)} array`);
                const data = arr.data;
                if (index < 0 || index >= data.length) throw aioobe(index, data.length);
                stack[sp - 1] = data[index]!;
                pc++;
                break;
              }
              // ---- array stores: (arrayref, index, value)
              case O.iastore:
              case O.lastore:
              case O.fastore:
              case O.dastore:
              case O.castore:
              case O.sastore: {
                const value = stack[--sp]!;
                const index = stack[--sp] as number;
                const arr = stack[--sp] as JArray | null;
                if (arr === null) throw this.nullPointer(frame, pc, 2, `Cannot store to ${arrayKind(op)} array`);
                const data = arr.data as unknown as Value[]; // typed storage: the type checks the value
                if (index < 0 || index >= data.length) throw aioobe(index, data.length);
                data[index] = value;
                pc++;
                break;
              }
              case O.bastore: {
                const value = stack[--sp] as number;
                const index = stack[--sp] as number;
                const arr = stack[--sp] as JArray | null;
                if (arr === null) throw this.nullPointer(frame, pc, 2, 'Cannot store to byte/boolean array');
                const data = arr.data as Int8Array;
                if (index < 0 || index >= data.length) throw aioobe(index, data.length);
                // JVMS §6.5 bastore: a boolean array stores value & 1.
                data[index] = arr.cls.name === '[Z' ? value & 1 : value;
                pc++;
                break;
              }
              case O.aastore: {
                const value = stack[--sp] as HeapObject | null;
                const index = stack[--sp] as number;
                const arr = stack[--sp] as JArray | null;
                if (arr === null) throw this.nullPointer(frame, pc, 2, 'Cannot store to object array');
                const data = arr.data as (HeapObject | null)[];
                if (index < 0 || index >= data.length) throw aioobe(index, data.length);
                if (value !== null && !isAssignable(value.cls, arr.cls.component!)) {
                  throw new JavaThrow('java/lang/ArrayStoreException', value.cls.javaName);
                }
                data[index] = value;
                pc++;
                break;
              }
              // ---- stack
              case O.pop:
                sp--;
                pc++;
                break;
              case O.dup:
                stack[sp] = stack[sp - 1]!;
                sp++;
                pc++;
                break;
              case O.dup_x1: {
                const v1 = stack[sp - 1]!;
                stack[sp] = v1;
                stack[sp - 1] = stack[sp - 2]!;
                stack[sp - 2] = v1;
                sp++;
                pc++;
                break;
              }
              case O.dup_x2: {
                const v1 = stack[sp - 1]!;
                stack[sp] = v1;
                stack[sp - 1] = stack[sp - 2]!;
                stack[sp - 2] = stack[sp - 3]!;
                stack[sp - 3] = v1;
                sp++;
                pc++;
                break;
              }
              case O.swap: {
                const v1 = stack[sp - 1]!;
                stack[sp - 1] = stack[sp - 2]!;
                stack[sp - 2] = v1;
                pc++;
                break;
              }
              // ---- int arithmetic (JLS §15.17, §15.18: two's-complement wraparound)
              case O.iadd:
                sp--;
                stack[sp - 1] = ((stack[sp - 1] as number) + (stack[sp] as number)) | 0;
                pc++;
                break;
              case O.isub:
                sp--;
                stack[sp - 1] = ((stack[sp - 1] as number) - (stack[sp] as number)) | 0;
                pc++;
                break;
              case O.imul:
                sp--;
                stack[sp - 1] = Math.imul(stack[sp - 1] as number, stack[sp] as number);
                pc++;
                break;
              case O.idiv: {
                const d = stack[--sp] as number;
                if (d === 0) throw divByZero();
                stack[sp - 1] = ((stack[sp - 1] as number) / d) | 0; // MIN_VALUE / -1 wraps
                pc++;
                break;
              }
              case O.irem: {
                const d = stack[--sp] as number;
                if (d === 0) throw divByZero();
                stack[sp - 1] = ((stack[sp - 1] as number) % d) | 0;
                pc++;
                break;
              }
              case O.ineg:
                stack[sp - 1] = -(stack[sp - 1] as number) | 0;
                pc++;
                break;
              case O.ishl:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) << (stack[sp] as number); // JS masks & 31
                pc++;
                break;
              case O.ishr:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) >> (stack[sp] as number);
                pc++;
                break;
              case O.iushr:
                sp--;
                stack[sp - 1] = ((stack[sp - 1] as number) >>> (stack[sp] as number)) | 0;
                pc++;
                break;
              case O.iand:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) & (stack[sp] as number);
                pc++;
                break;
              case O.ior:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) | (stack[sp] as number);
                pc++;
                break;
              case O.ixor:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) ^ (stack[sp] as number);
                pc++;
                break;
              // ---- long arithmetic (bigint, normalised to 64 bits)
              case O.ladd:
                sp--;
                stack[sp - 1] = BigInt.asIntN(64, (stack[sp - 1] as bigint) + (stack[sp] as bigint));
                pc++;
                break;
              case O.lsub:
                sp--;
                stack[sp - 1] = BigInt.asIntN(64, (stack[sp - 1] as bigint) - (stack[sp] as bigint));
                pc++;
                break;
              case O.lmul:
                sp--;
                stack[sp - 1] = BigInt.asIntN(64, (stack[sp - 1] as bigint) * (stack[sp] as bigint));
                pc++;
                break;
              case O.ldiv: {
                const d = stack[--sp] as bigint;
                if (d === 0n) throw divByZero();
                stack[sp - 1] = num.ldiv(stack[sp - 1] as bigint, d);
                pc++;
                break;
              }
              case O.lrem: {
                const d = stack[--sp] as bigint;
                if (d === 0n) throw divByZero();
                stack[sp - 1] = (stack[sp - 1] as bigint) % d;
                pc++;
                break;
              }
              case O.lneg:
                stack[sp - 1] = BigInt.asIntN(64, -(stack[sp - 1] as bigint));
                pc++;
                break;
              case O.lshl:
                sp--;
                stack[sp - 1] = num.lshl(stack[sp - 1] as bigint, stack[sp] as number);
                pc++;
                break;
              case O.lshr:
                sp--;
                stack[sp - 1] = num.lshr(stack[sp - 1] as bigint, stack[sp] as number);
                pc++;
                break;
              case O.lushr:
                sp--;
                stack[sp - 1] = num.lushr(stack[sp - 1] as bigint, stack[sp] as number);
                pc++;
                break;
              case O.land:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as bigint) & (stack[sp] as bigint);
                pc++;
                break;
              case O.lor:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as bigint) | (stack[sp] as bigint);
                pc++;
                break;
              case O.lxor:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as bigint) ^ (stack[sp] as bigint);
                pc++;
                break;
              // ---- float (binary32: every result rounded with Math.fround) and double
              case O.fadd:
                sp--;
                stack[sp - 1] = Math.fround((stack[sp - 1] as number) + (stack[sp] as number));
                pc++;
                break;
              case O.fsub:
                sp--;
                stack[sp - 1] = Math.fround((stack[sp - 1] as number) - (stack[sp] as number));
                pc++;
                break;
              case O.fmul:
                sp--;
                stack[sp - 1] = Math.fround((stack[sp - 1] as number) * (stack[sp] as number));
                pc++;
                break;
              case O.fdiv:
                sp--;
                stack[sp - 1] = Math.fround((stack[sp - 1] as number) / (stack[sp] as number));
                pc++;
                break;
              case O.frem: // JS % is C's fmod, which is Java's % on floating point (JLS §15.17.3)
                sp--;
                stack[sp - 1] = Math.fround((stack[sp - 1] as number) % (stack[sp] as number));
                pc++;
                break;
              case O.dadd:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) + (stack[sp] as number);
                pc++;
                break;
              case O.dsub:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) - (stack[sp] as number);
                pc++;
                break;
              case O.dmul:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) * (stack[sp] as number);
                pc++;
                break;
              case O.ddiv:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) / (stack[sp] as number);
                pc++;
                break;
              case O.drem:
                sp--;
                stack[sp - 1] = (stack[sp - 1] as number) % (stack[sp] as number);
                pc++;
                break;
              case O.fneg:
              case O.dneg:
                stack[sp - 1] = -(stack[sp - 1] as number);
                pc++;
                break;
              // ---- conversions (JLS §5.1.2, §5.1.3)
              case O.i2l:
                stack[sp - 1] = BigInt(stack[sp - 1] as number);
                pc++;
                break;
              case O.i2f:
                stack[sp - 1] = Math.fround(stack[sp - 1] as number);
                pc++;
                break;
              case O.i2d:
              case O.f2d:
                pc++;
                break;
              case O.l2i:
                stack[sp - 1] = Number(BigInt.asIntN(32, stack[sp - 1] as bigint));
                pc++;
                break;
              case O.l2f:
                stack[sp - 1] = num.longToFloat(stack[sp - 1] as bigint);
                pc++;
                break;
              case O.l2d:
                stack[sp - 1] = Number(stack[sp - 1] as bigint);
                pc++;
                break;
              case O.f2i:
              case O.d2i:
                stack[sp - 1] = num.toInt(stack[sp - 1] as number);
                pc++;
                break;
              case O.f2l:
              case O.d2l:
                stack[sp - 1] = num.toLong(stack[sp - 1] as number);
                pc++;
                break;
              case O.d2f:
                stack[sp - 1] = Math.fround(stack[sp - 1] as number);
                pc++;
                break;
              case O.i2b:
                stack[sp - 1] = ((stack[sp - 1] as number) << 24) >> 24;
                pc++;
                break;
              case O.i2c:
                stack[sp - 1] = (stack[sp - 1] as number) & 0xffff;
                pc++;
                break;
              case O.i2s:
                stack[sp - 1] = ((stack[sp - 1] as number) << 16) >> 16;
                pc++;
                break;
              // ---- comparisons
              case O.lcmp:
                sp--;
                stack[sp - 1] = num.lcmp(stack[sp - 1] as bigint, stack[sp] as bigint);
                pc++;
                break;
              case O.fcmpl:
              case O.dcmpl:
                sp--;
                stack[sp - 1] = num.fcmp(stack[sp - 1] as number, stack[sp] as number, -1);
                pc++;
                break;
              case O.fcmpg:
              case O.dcmpg:
                sp--;
                stack[sp - 1] = num.fcmp(stack[sp - 1] as number, stack[sp] as number, 1);
                pc++;
                break;
              // ---- branches (targets are instruction numbers)
              case O.ifeq:
                pc = (stack[--sp] as number) === 0 ? A[pc]! : pc + 1;
                break;
              case O.ifne:
                pc = (stack[--sp] as number) !== 0 ? A[pc]! : pc + 1;
                break;
              case O.iflt:
                pc = (stack[--sp] as number) < 0 ? A[pc]! : pc + 1;
                break;
              case O.ifge:
                pc = (stack[--sp] as number) >= 0 ? A[pc]! : pc + 1;
                break;
              case O.ifgt:
                pc = (stack[--sp] as number) > 0 ? A[pc]! : pc + 1;
                break;
              case O.ifle:
                pc = (stack[--sp] as number) <= 0 ? A[pc]! : pc + 1;
                break;
              case O.if_icmpeq:
                sp -= 2;
                pc = (stack[sp] as number) === (stack[sp + 1] as number) ? A[pc]! : pc + 1;
                break;
              case O.if_icmpne:
                sp -= 2;
                pc = (stack[sp] as number) !== (stack[sp + 1] as number) ? A[pc]! : pc + 1;
                break;
              case O.if_icmplt:
                sp -= 2;
                pc = (stack[sp] as number) < (stack[sp + 1] as number) ? A[pc]! : pc + 1;
                break;
              case O.if_icmpge:
                sp -= 2;
                pc = (stack[sp] as number) >= (stack[sp + 1] as number) ? A[pc]! : pc + 1;
                break;
              case O.if_icmpgt:
                sp -= 2;
                pc = (stack[sp] as number) > (stack[sp + 1] as number) ? A[pc]! : pc + 1;
                break;
              case O.if_icmple:
                sp -= 2;
                pc = (stack[sp] as number) <= (stack[sp + 1] as number) ? A[pc]! : pc + 1;
                break;
              case O.if_acmpeq:
                sp -= 2;
                pc = stack[sp] === stack[sp + 1] ? A[pc]! : pc + 1;
                break;
              case O.if_acmpne:
                sp -= 2;
                pc = stack[sp] !== stack[sp + 1] ? A[pc]! : pc + 1;
                break;
              case O.ifnull:
                pc = stack[--sp] === null ? A[pc]! : pc + 1;
                break;
              case O.ifnonnull:
                pc = stack[--sp] !== null ? A[pc]! : pc + 1;
                break;
              case O.goto:
                pc = A[pc]!;
                break;
              case O.tableswitch: {
                const sw = code.switches[pc]!;
                const i = (stack[--sp] as number) - sw.low;
                const table = sw.table!;
                pc = i >= 0 && i < table.length ? table[i]! : sw.defaultTarget;
                break;
              }
              case O.lookupswitch: {
                const sw = code.switches[pc]!;
                pc = sw.lookup!.get(stack[--sp] as number) ?? sw.defaultTarget;
                break;
              }
              // ---- returns
              case O.ireturn:
              case O.lreturn:
              case O.freturn:
              case O.dreturn:
              case O.areturn:
              case O.return: {
                const value = op === O.return ? undefined : stack[sp - 1];
                this.popFrame();
                if (frame.initClass) frame.initClass.state = ClassState.Initialized;
                if (this.frames.length <= base) {
                  this.result = value;
                  return;
                }
                const caller = this.frames[this.frames.length - 1]!;
                // An init frame's caller re-executes the instruction that triggered it.
                if (!frame.initClass) {
                  caller.pc++;
                  if (value !== undefined) caller.stack[caller.sp++] = value;
                }
                continue dispatch;
              }
              // ---- fields
              case O.getstatic: {
                const site = (code.cache[pc] as FieldSite | undefined) ?? fieldSite(this.vm, frame, pc, true, false);
                if (site.triggersInit && site.owner.state !== ClassState.Initialized && !this.ensureInit(site.owner)) {
                  count--; // re-executed once the initializers have run: count it once
                  frame.pc = pc;
                  frame.sp = sp;
                  continue dispatch;
                }
                stack[sp++] = site.owner.statics[site.slot]!;
                pc++;
                break;
              }
              case O.putstatic: {
                const site = (code.cache[pc] as FieldSite | undefined) ?? fieldSite(this.vm, frame, pc, true, true);
                if (site.triggersInit && site.owner.state !== ClassState.Initialized && !this.ensureInit(site.owner)) {
                  count--; // re-executed once the initializers have run: count it once
                  frame.pc = pc;
                  frame.sp = sp;
                  continue dispatch;
                }
                const v = stack[--sp]!;
                site.owner.statics[site.slot] = site.isBoolean ? (v as number) & 1 : v;
                pc++;
                break;
              }
              case O.getfield: {
                const site = (code.cache[pc] as FieldSite | undefined) ?? fieldSite(this.vm, frame, pc, false, false);
                const obj = stack[sp - 1] as JObject | null;
                if (obj === null) throw this.nullPointer(frame, pc, 0, `Cannot read field "${site.field.name}"`);
                stack[sp - 1] = obj.fields[site.slot]!;
                pc++;
                break;
              }
              case O.putfield: {
                const site = (code.cache[pc] as FieldSite | undefined) ?? fieldSite(this.vm, frame, pc, false, true);
                const v = stack[--sp]!;
                const obj = stack[--sp] as JObject | null;
                if (obj === null) throw this.nullPointer(frame, pc, 1, `Cannot assign field "${site.field.name}"`);
                obj.fields[site.slot] = site.isBoolean ? (v as number) & 1 : v;
                pc++;
                break;
              }
              // ---- invocations
              case O.invokestatic: {
                const site = (code.cache[pc] as InvokeSite | undefined) ?? invokeSite(this.vm, frame, pc, INVOKE_KIND[op as number]!);
                const m = site.method;
                if (m.owner.state !== ClassState.Initialized && !this.ensureInit(m.owner)) {
                  count--; // re-executed once the initializers have run: count it once
                  frame.pc = pc;
                  frame.sp = sp;
                  continue dispatch;
                }
                frame.pc = pc;
                frame.sp = sp;
                this.call(frame, m, site.argc);
                continue dispatch;
              }
              case O.invokevirtual:
              case O.invokeinterface: {
                const site = (code.cache[pc] as InvokeSite | undefined) ?? invokeSite(this.vm, frame, pc, INVOKE_KIND[op as number]!);
                const recv = stack[sp - site.argc] as HeapObject | null;
                if (recv === null) throw this.invokeOnNull(frame, pc, site.argc);
                let target: RtMethod;
                if (recv.cls === site.lastClass) target = site.lastTarget!;
                else {
                  target = this.select(site, recv);
                  site.lastClass = recv.cls;
                  site.lastTarget = target;
                }
                frame.pc = pc;
                frame.sp = sp;
                this.call(frame, target, site.argc);
                continue dispatch;
              }
              case O.invokespecial: {
                const site = (code.cache[pc] as InvokeSite | undefined) ?? invokeSite(this.vm, frame, pc, INVOKE_KIND[op as number]!);
                const recv = stack[sp - site.argc] as HeapObject | null;
                if (recv === null) throw this.invokeOnNull(frame, pc, site.argc);
                frame.pc = pc;
                frame.sp = sp;
                this.call(frame, site.lastTarget!, site.argc);
                continue dispatch;
              }
              // ---- objects and arrays
              case O.new: {
                const cls = (code.cache[pc] as RtClass | undefined) ?? newSite(frame, pc);
                if (cls.state !== ClassState.Initialized && !this.ensureInit(cls)) {
                  count--; // re-executed once the initializers have run: count it once
                  frame.pc = pc;
                  frame.sp = sp;
                  continue dispatch;
                }
                if (--this.allocTick <= 0) this.checkHostHeap();
                stack[sp++] = new JObject(cls, cls.instanceTemplate.slice());
                pc++;
                break;
              }
              case O.newarray:
              case O.anewarray: {
                const cls = (code.cache[pc] as RtClass | undefined) ?? arraySite(frame, pc, op === O.newarray ? 'newarray' : 'anewarray');
                const n = stack[sp - 1] as number;
                stack[sp - 1] = this.allocArray(cls, n);
                pc++;
                break;
              }
              case O.multianewarray: {
                const cls = (code.cache[pc] as RtClass | undefined) ?? arraySite(frame, pc, 'multianewarray');
                const dims = B[pc]!;
                const counts: number[] = [];
                for (let i = 0; i < dims; i++) counts.push(stack[sp - dims + i] as number);
                for (const c of counts) if (c < 0) throw new JavaThrow('java/lang/NegativeArraySizeException', String(c));
                sp -= dims;
                stack[sp++] = this.allocMulti(cls, counts, 0);
                pc++;
                break;
              }
              case O.arraylength: {
                const arr = stack[sp - 1] as JArray | null;
                if (arr === null) throw this.nullPointer(frame, pc, 0, 'Cannot read the array length');
                stack[sp - 1] = arr.data.length;
                pc++;
                break;
              }
              case O.athrow: {
                const t = stack[sp - 1] as JObject | null;
                if (t === null) throw this.nullPointer(frame, pc, 0, 'Cannot throw exception');
                throw JavaThrow.of(t);
              }
              case O.checkcast: {
                const cls = (code.cache[pc] as RtClass | undefined) ?? classSite(frame, pc);
                const obj = stack[sp - 1] as HeapObject | null;
                if (obj !== null && obj.cls !== cls && !isAssignable(obj.cls, cls)) {
                  throw new JavaThrow('java/lang/ClassCastException', castMessage(obj.cls, cls));
                }
                pc++;
                break;
              }
              case O.instanceof: {
                const cls = (code.cache[pc] as RtClass | undefined) ?? classSite(frame, pc);
                const obj = stack[sp - 1] as HeapObject | null;
                stack[sp - 1] = obj !== null && (obj.cls === cls || isAssignable(obj.cls, cls)) ? 1 : 0;
                pc++;
                break;
              }
              default: {
                const never: never = op;
                throw new VmError(`unknown opcode ${String(never)}`);
              }
            }
          }
        } catch (e) {
          frame.pc = pc;
          frame.sp = sp;
          this.instructions = count;
          this.handleThrow(e, base);
        }
      }
    } finally {
      this.instructions = count;
    }
  }

  // -------------------------------------------------------------------------------------
  // Calls

  private call(caller: Frame, m: RtMethod, argc: number): void {
    if (m.access & Access.NATIVE) {
      this.callNative(caller, m, argc);
      return;
    }
    if (m.code === null) {
      throw new JavaThrow('java/lang/AbstractMethodError', methodDisplay(m.owner.name, m.name, m.descriptor, true));
    }
    const callee = this.newFrame(m, null);
    const stack = caller.stack;
    const from = caller.sp - argc;
    const locals = callee.locals;
    for (let i = 0; i < argc; i++) locals[i] = stack[from + i]!;
    this.pushFrame(callee);
    caller.sp = from;
  }

  /** The native currently running (shown as a "(Native Method)" frame in stack traces). */
  currentNative: RtMethod | null = null;

  private callNative(caller: Frame, m: RtMethod, argc: number): void {
    const args = caller.stack.slice(caller.sp - argc, caller.sp);
    const r = this.runNative(m, args);
    caller.sp -= argc;
    if (!m.returnsVoid) caller.stack[caller.sp++] = r;
    caller.pc++;
  }

  private callNativeDirect(m: RtMethod, args: Value[]): Value | undefined {
    const r = this.runNative(m, args);
    return m.returnsVoid ? undefined : r;
  }

  private runNative(m: RtMethod, args: Value[]): Value {
    const fn = m.native === undefined ? this.vm.bindNative(m) : m.native;
    if (fn === null) throw new JavaThrow('java/lang/UnsatisfiedLinkError', methodDisplay(m.owner.name, m.name, m.descriptor));
    const outer = this.currentNative;
    this.currentNative = m;
    try {
      const r = fn(this.vm.nativeContext, args);
      return r === undefined ? 0 : r;
    } catch (e) {
      if (e instanceof JavaThrow || e instanceof VmExit || e instanceof BudgetExhausted || e instanceof VmError) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      throw new VmError(`native method ${m.owner.javaName}.${m.name}${m.descriptor} failed: ${msg}`);
    } finally {
      this.currentNative = outer;
    }
  }

  /** Method selection for invokevirtual/invokeinterface on a receiver of class recv.cls. */
  private select(site: InvokeSite, recv: HeapObject): RtMethod {
    const m = site.method;
    if (site.itf && !isAssignable(recv.cls, site.itf)) {
      throw new JavaThrow(
        'java/lang/IncompatibleClassChangeError',
        `Class ${recv.cls.javaName} does not implement the requested interface ${site.itf.javaName}`,
      );
    }
    if (recv instanceof JArray && m.name === 'clone' && m.descriptor === '()Ljava/lang/Object;') return this.vm.arrayCloneMethod();
    const target = selectMethod(recv.cls, m);
    if (site.itf && (target.access & Access.PUBLIC) === 0) {
      throw new JavaThrow('java/lang/IllegalAccessError', `${methodDisplay(target.owner.name, target.name, target.descriptor)} is not public`);
    }
    return target;
  }

  allocArray(cls: RtClass, n: number): JArray {
    if (n < 0) throw new JavaThrow('java/lang/NegativeArraySizeException', String(n));
    const bytes = n * (ELEMENT_BYTES[cls.name.charAt(1)] ?? 8);
    if (bytes > MAX_ARRAY_BYTES) throw new JavaThrow('java/lang/OutOfMemoryError', 'Java heap space');
    this.allocTick -= 1 + (bytes >> 10);
    if (this.allocTick <= 0) this.checkHostHeap();
    return new JArray(cls, newArrayData(cls.name.substring(1), n));
  }

  /** Allocations (objects, or KB of arrays) until the next look at the host's heap. */
  private allocTick = ALLOC_CHECK_INTERVAL;

  private checkHostHeap(): void {
    this.allocTick = ALLOC_CHECK_INTERVAL;
    if (hostHeapExhausted(this.limits.maxHostHeap)) throw new JavaThrow('java/lang/OutOfMemoryError', 'Java heap space');
  }

  private allocMulti(cls: RtClass, counts: readonly number[], d: number): JArray {
    const arr = this.allocArray(cls, counts[d]!);
    if (d + 1 < counts.length) {
      const data = arr.data as (HeapObject | null)[];
      for (let i = 0; i < data.length; i++) data[i] = this.allocMulti(cls.component!, counts, d + 1);
    }
    return arr;
  }

  // -------------------------------------------------------------------------------------
  // Exceptions

  /** A NullPointerException with HotSpot's helpful message (npe-message.ts). */
  private nullPointer(frame: Frame, pc: number, depth: number, action: string): JavaThrow {
    return new JavaThrow('java/lang/NullPointerException', npeMessage(frame.method, frame.code, pc, depth, action));
  }

  private invokeOnNull(frame: Frame, pc: number, argc: number): JavaThrow {
    const ref = memberRefAt(current(frame).cp, frame.code.a[pc]!);
    return this.nullPointer(frame, pc, argc - 1, `Cannot invoke "${methodForMessage(ref.owner, ref.name, ref.descriptor)}"`);
  }

  /** Handles what the dispatch loop caught: a Java exception is dispatched, the rest rethrown. */
  private handleThrow(e: unknown, base: number): void {
    let t: JavaThrow;
    if (e instanceof JavaThrow) t = e;
    else if (e instanceof VmExit || e instanceof BudgetExhausted || e instanceof VmError) throw e;
    else if (e instanceof RangeError && /array length|allocation failed|Array buffer/i.test(e.message)) {
      t = new JavaThrow('java/lang/OutOfMemoryError', 'Java heap space');
    } else if (e instanceof Error && e.name === 'ClassFormatError') {
      t = new JavaThrow('java/lang/ClassFormatError', e.message);
    } else {
      throw new VmError(`internal error in ${this.where()}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const exc = t.object ?? this.vm.materialize(t);
    const uncaught = this.unwind(exc, base);
    if (uncaught) throw JavaThrow.of(uncaught);
  }

  /** "pkg.Cls.method(desc) at offset N" for the top frame, for VM error messages. */
  where(): string {
    const f = this.frames[this.frames.length - 1];
    if (!f) return 'the launcher';
    const m = f.method;
    return `${m.owner.javaName}.${m.name}${m.descriptor} at offset ${f.code.bytePc[f.pc] ?? '?'}`;
  }

  /**
   * Finds a handler for `exc`, popping frames (JVMS §2.10). Returns null when a handler
   * took it (its frame is on top, ready), or the exception that escaped below `base`.
   * Leaving a <clinit> frame marks its class Erroneous (JLS §12.4.2 steps 7, 11, 12).
   */
  private unwind(exc: JObject, base: number): JObject | null {
    for (;;) {
      const f = this.frames[this.frames.length - 1]!;
      if (f.started) {
        const h = this.findHandler(f, exc);
        if (h >= 0) {
          f.pc = h;
          f.stack[0] = exc;
          f.sp = 1;
          return null;
        }
      }
      this.popFrame();
      if (f.initClass) {
        this.failInit(f.initClass, exc);
        // Step 11: an exception from the initializer itself (not from the superclass's
        // initialization) is wrapped unless it is an Error.
        if (f.started && !this.vm.isError(exc)) exc = this.vm.materialize(new JavaThrow('java/lang/ExceptionInInitializerError', null, null, exc));
      }
      if (this.frames.length <= base) return exc;
    }
  }

  private findHandler(f: Frame, exc: JObject): number {
    const pc = f.pc;
    for (const h of f.code.handlers) {
      if (pc < h.start || pc >= h.end) continue;
      if (h.catchType === 0) return h.handler;
      if (!h.resolved) {
        try {
          const { cls, cp } = current(f);
          h.resolved = resolveClass(cls, classNameAt(cp, h.catchType));
        } catch {
          continue; // an unloadable catch type catches nothing
        }
      }
      if (isAssignable(exc.cls, h.resolved)) return h.handler;
    }
    return -1;
  }
}


function arrayKind(op: O): string {
  switch (op) {
    case O.iaload:
    case O.iastore:
      return 'int';
    case O.laload:
    case O.lastore:
      return 'long';
    case O.faload:
    case O.fastore:
      return 'float';
    case O.daload:
    case O.dastore:
      return 'double';
    case O.baload:
      return 'byte/boolean';
    case O.caload:
    case O.castore:
      return 'char';
    case O.saload:
    case O.sastore:
      return 'short';
    default:
      return 'object';
  }
}

