// The contract between the runtime and native methods (stdlib/<package>/natives.ts).
// A native is a plain function over Java values; everything else it needs (strings, arrays,
// exceptions, class objects, stack traces, the outside world) it gets from its NativeContext.
//
// Values (see heap.ts):
//   int, short, byte, char, boolean -> number (int32; boolean 0/1; char 0..65535)
//   long                            -> bigint, always BigInt.asIntN(64)-normalised
//   float                           -> number, Math.fround'ed;  double -> number
//   reference                       -> HeapObject (JObject | JArray) or null
// A native returns the value for its descriptor's return type, or undefined for void.
// Returned values must obey the same rules (the runtime does not re-normalise them).
//
// Arrays hold typed storage (JArray.data): Int32Array for int, Int8Array byte/boolean,
// Uint16Array char, Int16Array short, Float32Array float, Float64Array double,
// BigInt64Array long, (HeapObject | null)[] for references.
//
// Rules for natives:
//  * natives never call back into Java code (no constructors, no toString); they raise
//    exceptions with ctx.throwNew, which does not return;
//  * the outside world is reached ONLY through ctx.syscall (vm/os/syscalls.ts numbering);
//  * host errors thrown by a native (a TypeError, a bug) become a VM error naming the
//    native, never a host stack trace for the user.
//
// Contract with the stdlib's Java sources (the runtime reads/writes these fields directly):
//   java/lang/String:            private final char[] value; private int hash;
//   java/lang/Throwable:         private String detailMessage; private Throwable cause = this;
//                                private StackTraceElement[] stackTrace;
//   java/lang/StackTraceElement: String declaringClass, methodName, fileName; int lineNumber
//                                (lineNumber -1: unknown source, -2: native method)
//   java/lang/Class:             instances are created by the runtime, one per loaded class.

import type { SyscallArg } from '../os/syscalls.ts';
import type { HeapObject, JArray, JObject, Value } from './heap.ts';

export type { HeapObject, JArray, JObject, Value } from './heap.ts';
export type { SyscallArg } from '../os/syscalls.ts';

/**
 * A native method. For instance natives args[0] is `this` (never null), followed by the
 * declared parameters in order; for static natives just the parameters.
 */
export type NativeMethod = (ctx: NativeContext, args: Value[]) => Value | undefined;

/**
 * Natives keyed by "owner.name(descriptor)" with the owner in internal form, e.g.
 * "java/lang/Math.sqrt(D)D", "java/lang/Object.hashCode()I". A method declared `native`
 * without an entry raises UnsatisfiedLinkError when called (as the JVM does).
 */
export type NativeTable = Record<string, NativeMethod>;

/** The capabilities the runtime lends a native for the duration of one call. */
export interface NativeContext {
  // ---- strings
  /** Java String -> JS string (UTF-16 units copied from String.value). Null -> "null". */
  jsString(ref: HeapObject | null): string;
  /** JS string -> new java/lang/String (not interned). */
  newString(js: string): JObject;
  /** The canonical (interned) String equal to `ref`; literals (ldc) are interned too. */
  intern(ref: JObject): JObject;

  // ---- arrays and fields
  /**
   * A new zero-filled array. elementDescriptor: "I", "C", "J", "Ljava/lang/String;",
   * "[I" (for an int[][])... Raises NegativeArraySizeException for a negative length.
   */
  newArray(elementDescriptor: string, length: number): JArray;
  /** The typed storage of an array (see the header); raises NullPointerException for null. */
  arrayData(ref: HeapObject | null): JArray['data'];
  /**
   * Reads/writes an instance field by name, looking from the object's class up to Object
   * (the most-derived declaration wins). Unknown field: a VM error (a stdlib bug).
   */
  getField(obj: JObject, name: string): Value;
  setField(obj: JObject, name: string, value: Value): void;
  /**
   * Whether `obj` is an instance of the class or array type named in checkcast form:
   * an internal name ("java/lang/Number") or an array descriptor ("[I", "[Ljava/lang/Object;").
   * Used e.g. by System.arraycopy for ArrayStoreException checks.
   */
  isInstance(obj: HeapObject, classOrArrayName: string): boolean;

  // ---- exceptions
  /**
   * Raises a new exception of class `className` (internal or dotted name) with the given
   * detail message and a stack trace captured at the native's caller. Never returns.
   */
  throwNew(className: string, message?: string): never;
  /**
   * The current Java stack as java/lang/StackTraceElement[], innermost first, omitting the
   * frames of fillInStackTrace (and its natives) and of the constructors of `throwable`'s
   * class chain, as HotSpot does. Natives use it to fill Throwable.stackTrace.
   */
  captureStackTrace(throwable: JObject): JArray;

  // ---- identity and classes
  /** System.identityHashCode / default Object.hashCode: stable per object, never changes. */
  identityHashCode(obj: HeapObject): number;
  /** The java/lang/Class instance of the object's class (Object.getClass()). */
  classObjectOf(obj: HeapObject): JObject;
  /** Class.getName(): "pkg.Cls", "[I", "[Ljava.lang.String;". Arg is a Class instance. */
  className(classObject: JObject): string;
  /** Class.getSimpleName(): "Cls", "int[]", "String[][]". Arg is a Class instance. */
  simpleName(classObject: JObject): string;
  /** Class.isInterface(). Arg is a Class instance. */
  isInterfaceClass(classObject: JObject): boolean;

  // ---- the outside world and the process
  /** The ONLY way out of the VM: Linux-riscv32 numbered syscalls, -errno on failure. */
  syscall(nr: number, args: readonly SyscallArg[]): number;
  /** System.exit(status): stops the program with that status. Never returns. */
  exit(status: number): never;
}
