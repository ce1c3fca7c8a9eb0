// The runtime class model: a loaded class (RtClass) with its fields and methods, and the
// explicit class lifecycle. Created by the loader, linked by linker.ts, initialized by the
// interpreter (JLS §12.4.2); read by the interpreter and (name only) by natives.
//
// Class states and their transitions (JVMS §5, JLS §12.4.2):
//
//   Loaded ──link (verify, prepare)──> Linked ──first active use──> Initializing ──> Initialized
//     │                                  │                              │
//     └──── verify/link failure ─────────┴────── <clinit> throws ───────┴──> Erroneous
//
// Linking is lazy: a class is linked just before its initialization or first instantiation
// (array classes are born Initialized). Erroneous is final: a class that failed to link
// rethrows its linkage error, one whose initializer failed raises NoClassDefFoundError.

import type { ClassFile, CodeAttribute } from '../bytecode/classfile.ts';
import type { DecodedCode } from './decoded-code.ts';
import type { JObject, Value } from './heap.ts';
import type { Loader } from './loader.ts';
import type { NativeMethod } from './native-api.ts';

export enum ClassState {
  Loaded = 'loaded',
  Linked = 'linked',
  Initializing = 'initializing',
  Initialized = 'initialized',
  Erroneous = 'erroneous',
}

export interface RtField {
  readonly owner: RtClass;
  readonly name: string;
  readonly descriptor: string;
  readonly access: number;
  /** Instance fields: index into JObject.fields. Static fields: index into owner.statics. */
  slot: number;
  /** Constant-pool index of a ConstantValue (static final constants), 0 = none. */
  readonly constantValueIndex: number;
}

export interface RtMethod {
  readonly owner: RtClass;
  readonly name: string;
  readonly descriptor: string;
  readonly access: number;
  readonly code: CodeAttribute | null;
  /** Parameter count (excluding `this`) and whether the return is void; set at load time. */
  readonly argCount: number;
  readonly returnsVoid: boolean;
  /** "name(descriptor)", the key for overriding and natives. */
  readonly key: string;
  /** Pre-decoded code, built lazily by the interpreter on the first call. */
  decoded: DecodedCode | null;
  /** Native methods: the bound implementation (undefined: not looked up yet). */
  native: NativeMethod | null | undefined;
}

export class RtClass {
  // ---- set once at load time
  /** Internal name: "pkg/Cls", "[I", "[Ljava/lang/String;". */
  readonly name: string;
  readonly loader: Loader;
  readonly file: ClassFile | null; // null for array classes
  readonly access: number;
  superClass: RtClass | null = null;
  interfaces: readonly RtClass[] = [];
  /** Array classes: the element class (for primitive elements, null) and descriptor. */
  component: RtClass | null = null;
  readonly sourceFile: string | null;
  fields: RtField[] = [];
  methods: RtMethod[] = [];

  // ---- lifecycle (guarded by the loader/linker/initializer)
  state: ClassState = ClassState.Loaded;
  /**
   * Why the class is Erroneous: a linkage error to rethrow (class name and message), or a
   * failed static initializer; later uses then get NoClassDefFoundError, whose cause is
   * `error` (an ExceptionInInitializerError describing the original exception, as JDK 17u).
   */
  failure: { kind: 'link'; className: string; message: string } | { kind: 'init'; error: JObject | null } | null = null;

  // ---- set at link time (prepare)
  instanceFieldCount = 0;
  /** Default field values of a fresh instance, copied by `new`. */
  instanceTemplate: Value[] = [];
  statics: Value[] = [];
  /** Method selection cache: resolved method -> method selected for this class (JVMS §5.4.6). */
  readonly vtable = new Map<RtMethod, RtMethod>();
  /** Memoised answers of "is this class assignable to that one". */
  readonly assignableCache = new Map<RtClass, boolean>();
  /** Methods by "name(descriptor)" declared here (not inherited). */
  readonly methodByKey = new Map<string, RtMethod>();

  // ---- runtime-created objects
  classObject: JObject | null = null;

  constructor(name: string, loader: Loader, file: ClassFile | null, access: number, sourceFile: string | null) {
    this.name = name;
    this.loader = loader;
    this.file = file;
    this.access = access;
    this.sourceFile = sourceFile;
  }

  get isArray(): boolean {
    return this.name.charCodeAt(0) === 0x5b; // '['
  }

  get isAbstract(): boolean {
    return (this.access & 0x0400) !== 0;
  }

  get isInterface(): boolean {
    return (this.access & 0x0200) !== 0;
  }

  /** Dotted binary name as Class.getName() prints it. */
  get javaName(): string {
    return this.name.replace(/\//g, '.');
  }

  toString(): string {
    return this.javaName;
  }
}
