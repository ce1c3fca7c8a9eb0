// Natives of java.lang, keyed "owner.name(descriptor)" (contract: vm/runtime/native-api.ts).
// Each is the smallest piece the Java sources cannot express: identity, class names, stack
// capture, time and exit (through ctx.syscall/ctx.exit only), array copying with the JDK's
// exception messages, host math, number formatting (stdlib/floating) and Unicode tables.
// Hands on: langNatives.

import { Clock, Sys } from '../../../vm/os/syscalls.ts';
import { JArray, JObject } from '../../../vm/runtime/heap.ts';
import type { HeapObject, NativeContext, NativeMethod, NativeTable, Value } from '../../../vm/runtime/native-api.ts';
import { JavaNumberFormatError, javaParseDouble, javaParseFloat } from '../../floating/parse.ts';
import { javaPow } from '../../floating/pow.ts';
import { javaDoubleToString, javaFloatToString } from '../../floating/to-string.ts';
import { RegexError, javaMatches, javaReplace, javaSplit } from './regex.ts';
import * as uc from './unicode.ts';

const ref = (v: Value | undefined): HeapObject | null => (v === undefined || typeof v === 'number' || typeof v === 'bigint' ? null : v);
const num = (v: Value | undefined): number => (typeof v === 'number' ? v : 0);
const bool = (b: boolean): number => (b ? 1 : 0);

/** The receiver of an instance native (never null by contract). */
const self = (args: Value[]): JObject => args[0] as JObject;

/** A String argument that must not be null: NPE otherwise, as the JDK's code would raise. */
function str(ctx: NativeContext, v: Value | undefined): string {
  const r = ref(v);
  if (r === null) return ctx.throwNew('java/lang/NullPointerException');
  return ctx.jsString(r);
}

// ---------------------------------------------------------------- Object and Class

/** Object.clone: arrays always; other objects only if Cloneable (JDK: else the class name). */
function cloneObject(ctx: NativeContext, obj: JObject | JArray): HeapObject {
  if (obj instanceof JArray) {
    const copy = ctx.newArray(obj.elementDescriptor, obj.length);
    const from = obj.data;
    const to = ctx.arrayData(copy);
    for (let i = 0; i < from.length; i++) (to as unknown[])[i] = (from as unknown[])[i];
    return copy;
  }
  if (!ctx.isInstance(obj, 'java/lang/Cloneable')) {
    return ctx.throwNew('java/lang/CloneNotSupportedException', ctx.className(ctx.classObjectOf(obj)));
  }
  return new JObject(obj.cls, obj.fields.slice());
}

const objectNatives: NativeTable = {
  'java/lang/Object.getClass()Ljava/lang/Class;': (ctx, a) => ctx.classObjectOf(self(a)),
  'java/lang/Object.hashCode()I': (ctx, a) => ctx.identityHashCode(self(a)),
  'java/lang/Object.clone()Ljava/lang/Object;': (ctx, a) => cloneObject(ctx, a[0] as JObject | JArray),
  'java/lang/Class.getName()Ljava/lang/String;': (ctx, a) => ctx.newString(ctx.className(self(a))),
  'java/lang/Class.getSimpleName()Ljava/lang/String;': (ctx, a) => ctx.newString(ctx.simpleName(self(a))),
  'java/lang/Class.isInterface()Z': (ctx, a) => bool(ctx.isInterfaceClass(self(a))),
  'java/lang/Throwable.fillInStackTrace0()V': (ctx, a) => {
    ctx.setField(self(a), 'stackTrace', ctx.captureStackTrace(self(a)));
    return undefined;
  },
};

// ---------------------------------------------------------------- String

/** Returns `this` itself when the mapping changes nothing, as the JDK does. */
const mapCase = (upper: boolean): NativeMethod => (ctx, a) => {
  const s = ctx.jsString(self(a));
  const mapped = upper ? s.toUpperCase() : uc.javaLowerCase(s);
  return mapped === s ? self(a) : ctx.newString(mapped);
};

/** Runs a regex operation, turning a bad pattern into the Java exception it stands for. */
function withRegex<T>(ctx: NativeContext, op: () => T): T {
  try {
    return op();
  } catch (e) {
    if (e instanceof RegexError) return ctx.throwNew(e.javaClass, e.message);
    throw e;
  }
}

function splitNative(ctx: NativeContext, a: Value[]): Value {
  const s = ctx.jsString(self(a));
  const parts = withRegex(ctx, () => javaSplit(s, str(ctx, a[1]), num(a[2])));
  const arr = ctx.newArray('Ljava/lang/String;', parts === null ? 1 : parts.length);
  const data = ctx.arrayData(arr) as (HeapObject | null)[];
  if (parts === null) data[0] = self(a);
  else parts.forEach((p, i) => (data[i] = ctx.newString(p)));
  return arr;
}

const replaceNative = (all: boolean): NativeMethod => (ctx, a) => {
  const s = ctx.jsString(self(a));
  const out = withRegex(ctx, () => javaReplace(s, str(ctx, a[1]), str(ctx, a[2]), all));
  return out === null ? self(a) : ctx.newString(out);
};

const stringNatives: NativeTable = {
  'java/lang/String.toUpperCase()Ljava/lang/String;': mapCase(true),
  'java/lang/String.toLowerCase()Ljava/lang/String;': mapCase(false),
  'java/lang/String.intern()Ljava/lang/String;': (ctx, a) => ctx.intern(self(a)),
  'java/lang/String.split(Ljava/lang/String;I)[Ljava/lang/String;': splitNative,
  'java/lang/String.matches(Ljava/lang/String;)Z': (ctx, a) =>
    bool(withRegex(ctx, () => javaMatches(ctx.jsString(self(a)), str(ctx, a[1])))),
  'java/lang/String.replaceAll(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;': replaceNative(true),
  'java/lang/String.replaceFirst(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;': replaceNative(false),
};

// ---------------------------------------------------------------- System

/** clock_gettime(clock) in nanoseconds; a failing clock is a VM-level error. */
function clockNanos(ctx: NativeContext, clock: number): bigint {
  const ts = new Uint8Array(16);
  const r = ctx.syscall(Sys.clock_gettime, [clock, ts]);
  if (r < 0) return ctx.throwNew('java/lang/InternalError', `clock_gettime failed: errno ${-r}`);
  const view = new DataView(ts.buffer);
  return view.getBigInt64(0, true) * 1_000_000_000n + view.getBigInt64(8, true);
}

/** Java's name for an array type in arraycopy messages: "int[]" or "object array[]". */
function arrayKind(arr: JArray): string {
  const PRIMS: Record<string, string> = { Z: 'boolean', B: 'byte', C: 'char', S: 'short', I: 'int', J: 'long', F: 'float', D: 'double' };
  return PRIMS[arr.elementDescriptor] ?? 'object array';
}

/** "Ljava/lang/String;" -> "java.lang.String"; "[I" stays as Class.getName spells it. */
function descriptorToJavaName(desc: string): string {
  if (desc.startsWith('L')) return desc.slice(1, -1).replace(/\//g, '.');
  return desc.replace(/\//g, '.');
}

/** External name of an array class for messages: "java.lang.Object[]", "int[][]". */
function arrayTypeName(arr: JArray): string {
  let d = arr.cls.name;
  let dims = 0;
  while (d[dims] === '[') dims++;
  d = d.substring(dims);
  const PRIMS: Record<string, string> = { Z: 'boolean', B: 'byte', C: 'char', S: 'short', I: 'int', J: 'long', F: 'float', D: 'double' };
  const base = PRIMS[d] ?? descriptorToJavaName(d);
  return base + '[]'.repeat(dims);
}

function arraycopy(ctx: NativeContext, a: Value[]): undefined {
  const src = ref(a[0]);
  const dest = ref(a[2]);
  const srcPos = num(a[1]);
  const destPos = num(a[3]);
  const length = num(a[4]);
  if (src === null || dest === null) return ctx.throwNew('java/lang/NullPointerException');
  const typeName = (o: HeapObject): string => ctx.className(ctx.classObjectOf(o));
  if (!(src instanceof JArray)) return ctx.throwNew('java/lang/ArrayStoreException', `arraycopy: source type ${typeName(src)} is not an array`);
  if (!(dest instanceof JArray)) return ctx.throwNew('java/lang/ArrayStoreException', `arraycopy: destination type ${typeName(dest)} is not an array`);
  const sd = src.elementDescriptor;
  const dd = dest.elementDescriptor;
  const srcRefs = sd.length > 1;
  const destRefs = dd.length > 1;
  if (srcRefs !== destRefs || (!srcRefs && sd !== dd)) {
    return ctx.throwNew('java/lang/ArrayStoreException', `arraycopy: type mismatch: can not copy ${arrayKind(src)}[] into ${arrayKind(dest)}[]`);
  }
  const oob = (msg: string): never => ctx.throwNew('java/lang/ArrayIndexOutOfBoundsException', `arraycopy: ${msg}`);
  if (srcPos < 0) oob(`source index ${srcPos} out of bounds for ${arrayKind(src)}[${src.length}]`);
  if (destPos < 0) oob(`destination index ${destPos} out of bounds for ${arrayKind(dest)}[${dest.length}]`);
  if (length < 0) oob(`length ${length} is negative`);
  if (srcPos + length > src.length) oob(`last source index ${srcPos + length} out of bounds for ${arrayKind(src)}[${src.length}]`);
  if (destPos + length > dest.length) oob(`last destination index ${destPos + length} out of bounds for ${arrayKind(dest)}[${dest.length}]`);
  if (length === 0) return undefined;
  if (!srcRefs) {
    const from = src.data as Int32Array;
    (dest.data as Int32Array).set(from.subarray(srcPos, srcPos + length), destPos);
    return undefined;
  }
  copyReferences(ctx, src, srcPos, dest, destPos, length);
  return undefined;
}

/** Reference arrays: element-by-element store checks unless the element types are equal. */
function copyReferences(ctx: NativeContext, src: JArray, srcPos: number, dest: JArray, destPos: number, length: number): void {
  const from = (src.data as (HeapObject | null)[]).slice(srcPos, srcPos + length);
  const to = dest.data as (HeapObject | null)[];
  const check = src.elementDescriptor !== dest.elementDescriptor && dest.elementDescriptor !== 'Ljava/lang/Object;';
  const target = dest.elementDescriptor.startsWith('L') ? dest.elementDescriptor.slice(1, -1) : dest.elementDescriptor;
  for (let i = 0; i < length; i++) {
    const e = from[i]!;
    if (check && e !== null && !ctx.isInstance(e, target)) {
      // HotSpot (ObjArrayKlass::do_copy) copies up to the failing element, then blames the
      // array types when the destination's element type is not a subtype of the source's.
      const related = ctx.isInstance(dest, `[${src.elementDescriptor}`);
      ctx.throwNew(
        'java/lang/ArrayStoreException',
        related
          ? `arraycopy: element type mismatch: can not cast one of the elements of ${arrayTypeName(src)} to the type of the destination array, ${descriptorToJavaName(dest.elementDescriptor)}`
          : `arraycopy: type mismatch: can not copy ${descriptorToJavaName(src.elementDescriptor)}[] into ${descriptorToJavaName(dest.elementDescriptor)}[]`,
      );
    }
    to[destPos + i] = e;
  }
}

const systemNatives: NativeTable = {
  'java/lang/System.currentTimeMillis()J': (ctx) => clockNanos(ctx, Clock.REALTIME) / 1_000_000n,
  'java/lang/System.nanoTime()J': (ctx) => BigInt.asIntN(64, clockNanos(ctx, Clock.MONOTONIC)),
  'java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V': arraycopy,
  'java/lang/System.identityHashCode(Ljava/lang/Object;)I': (ctx, a) => {
    const o = ref(a[0]);
    return o === null ? 0 : ctx.identityHashCode(o);
  },
  'java/lang/System.exit(I)V': (ctx, a) => ctx.exit(num(a[0])),
};

// ---------------------------------------------------------------- Math

const unary = (f: (x: number) => number): NativeMethod => (_ctx, a) => f(num(a[0]));
const binary = (f: (x: number, y: number) => number): NativeMethod => (_ctx, a) => f(num(a[0]), num(a[1]));

/** Round half to even, keeping -0.0 and the sign of small negatives (Math.rint). */
function rint(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const r = Math.round(x); // half up
  const adjusted = r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  return adjusted === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : adjusted;
}

const mathNatives: NativeTable = {
  'java/lang/Math.sin(D)D': unary(Math.sin),
  'java/lang/Math.cos(D)D': unary(Math.cos),
  'java/lang/Math.tan(D)D': unary(Math.tan),
  'java/lang/Math.asin(D)D': unary(Math.asin),
  'java/lang/Math.acos(D)D': unary(Math.acos),
  'java/lang/Math.atan(D)D': unary(Math.atan),
  'java/lang/Math.atan2(DD)D': binary(Math.atan2),
  'java/lang/Math.sinh(D)D': unary(Math.sinh),
  'java/lang/Math.cosh(D)D': unary(Math.cosh),
  'java/lang/Math.tanh(D)D': unary(Math.tanh),
  'java/lang/Math.exp(D)D': unary(Math.exp),
  'java/lang/Math.expm1(D)D': unary(Math.expm1),
  'java/lang/Math.log(D)D': unary(Math.log),
  'java/lang/Math.log10(D)D': unary(Math.log10),
  'java/lang/Math.log1p(D)D': unary(Math.log1p),
  'java/lang/Math.sqrt(D)D': unary(Math.sqrt),
  'java/lang/Math.cbrt(D)D': unary(Math.cbrt),
  'java/lang/Math.pow(DD)D': binary(javaPow),
  'java/lang/Math.hypot(DD)D': binary(Math.hypot),
  'java/lang/Math.floor(D)D': unary(Math.floor),
  'java/lang/Math.ceil(D)D': unary(Math.ceil),
  'java/lang/Math.rint(D)D': unary(rint),
};

// ---------------------------------------------------------------- Double and Float

const bits = new DataView(new ArrayBuffer(8));

/** Runs a parse, turning a malformed number into NumberFormatException with the JDK message. */
function parseNumber(ctx: NativeContext, v: Value | undefined, parse: (s: string) => number): number {
  const r = ref(v);
  if (r === null) return ctx.throwNew('java/lang/NullPointerException', 'Cannot invoke "String.trim()" because "in" is null');
  try {
    return parse(ctx.jsString(r));
  } catch (e) {
    if (e instanceof JavaNumberFormatError) return ctx.throwNew('java/lang/NumberFormatException', e.message);
    throw e;
  }
}

const floatingNatives: NativeTable = {
  'java/lang/Double.toString(D)Ljava/lang/String;': (ctx, a) => ctx.newString(javaDoubleToString(num(a[0]))),
  'java/lang/Double.parseDouble(Ljava/lang/String;)D': (ctx, a) => parseNumber(ctx, a[0], javaParseDouble),
  'java/lang/Double.doubleToRawLongBits(D)J': (_ctx, a) => {
    bits.setFloat64(0, num(a[0]));
    return bits.getBigInt64(0);
  },
  'java/lang/Double.longBitsToDouble(J)D': (_ctx, a) => {
    bits.setBigInt64(0, typeof a[0] === 'bigint' ? a[0] : 0n);
    return bits.getFloat64(0);
  },
  'java/lang/Float.toString(F)Ljava/lang/String;': (ctx, a) => ctx.newString(javaFloatToString(num(a[0]))),
  'java/lang/Float.parseFloat(Ljava/lang/String;)F': (ctx, a) => parseNumber(ctx, a[0], javaParseFloat),
  'java/lang/Float.floatToRawIntBits(F)I': (_ctx, a) => {
    bits.setFloat32(0, num(a[0]));
    return bits.getInt32(0);
  },
  'java/lang/Float.intBitsToFloat(I)F': (_ctx, a) => {
    bits.setInt32(0, num(a[0]));
    return bits.getFloat32(0);
  },
};

// ---------------------------------------------------------------- Character

const characterNatives: NativeTable = {
  'java/lang/Character.getType0(I)I': unary(uc.generalCategory),
  'java/lang/Character.isUpperCase0(I)Z': (_ctx, a) => bool(uc.isUpper(num(a[0]))),
  'java/lang/Character.isLowerCase0(I)Z': (_ctx, a) => bool(uc.isLower(num(a[0]))),
  'java/lang/Character.isAlphabetic0(I)Z': (_ctx, a) => bool(uc.isAlphabetic(num(a[0]))),
  'java/lang/Character.toUpperCase0(I)I': unary(uc.upperCase),
  'java/lang/Character.toLowerCase0(I)I': unary(uc.lowerCase),
  'java/lang/Character.digit0(I)I': unary(uc.digitValue),
  'java/lang/Character.getNumericValue0(I)I': unary(uc.numericValue),
};

export const langNatives: NativeTable = {
  ...objectNatives,
  ...stringNatives,
  ...systemNatives,
  ...mathNatives,
  ...floatingNatives,
  ...characterNatives,
};
