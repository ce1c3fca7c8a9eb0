// One running Java program: its loaders (bootstrap + one per classpath entry), interpreter,
// natives and kernel, and the runtime services shared by them: linking, strings, Class
// objects, runtime-created exceptions and stack traces. Created by launcher.ts.

import { Access, type CodeAttribute } from '../bytecode/classfile.ts';
import type { Kernel } from '../os/kernel.ts';
import type { ClassSource } from './class-source.ts';
import { lineAt } from './decoded-code.ts';
import { JavaThrow, VmError } from './errors.ts';
import { JArray, JObject, type HeapObject, type Value } from './heap.ts';
import { HOST_HEAP_LIMIT } from './host-heap.ts';
import { Interpreter } from './interpreter.ts';
import { linkClass } from './linker.ts';
import { Loader } from './loader.ts';
import type { NativeContext, NativeMethod, NativeTable } from './native-api.ts';
import { makeNativeContext } from './native-context.ts';
import { findFieldByName, isAssignable } from './resolve.ts';
import type { RtClass, RtMethod } from './rt-class.ts';

export interface VmOptions {
  boot: ClassSource;
  classPath: readonly ClassSource[];
  natives: NativeTable;
  kernel: Kernel;
  maxInstructions?: number;
  maxCallDepth?: number;
  /** See host-heap.ts; default HOST_HEAP_LIMIT. */
  maxHostHeap?: number;
  /** Run the verifier on every class (default true). */
  verify?: boolean;
}

/** HotSpot prints at most this many frames of a stack trace (MaxJavaStackTraceDepth). */
const MAX_TRACE_DEPTH = 1024;
// About what java reaches with its default 1 MB thread stack for small frames (~19k), with margin.
export const DEFAULT_MAX_CALL_DEPTH = 24_000;

export class Vm {
  // ---- set once at construction
  readonly bootLoader: Loader;
  /** One loader per classpath entry; entry i delegates to entry i-1, entry 0 to boot. */
  readonly entryLoaders: readonly Loader[];
  readonly interp: Interpreter;
  readonly nativeContext: NativeContext;
  readonly kernel: Kernel;
  private readonly natives: NativeTable;
  private readonly verify: boolean;

  // ---- runtime-created objects
  private readonly interned = new Map<string, JObject>();
  private readonly mirrors = new Map<JObject, RtClass>();
  private readonly synthetic = new Map<string, RtMethod>();
  private readonly fieldSlots = new Map<RtClass, Map<string, number>>();

  constructor(o: VmOptions) {
    this.bootLoader = new Loader('boot', o.boot, null, null);
    const entries: Loader[] = [];
    for (const src of o.classPath) {
      entries.push(new Loader(src.location, src, entries[entries.length - 1] ?? this.bootLoader, this.bootLoader));
    }
    this.entryLoaders = entries;
    this.natives = o.natives;
    this.kernel = o.kernel;
    this.verify = o.verify ?? true;
    this.interp = new Interpreter(this, {
      maxInstructions: o.maxInstructions ?? Infinity,
      maxCallDepth: o.maxCallDepth ?? DEFAULT_MAX_CALL_DEPTH,
      maxHostHeap: o.maxHostHeap ?? HOST_HEAP_LIMIT,
    });
    this.nativeContext = makeNativeContext(this);
  }

  /** The loader that sees every classpath entry (the last one), or boot when there is none. */
  get appLoader(): Loader {
    return this.entryLoaders[this.entryLoaders.length - 1] ?? this.bootLoader;
  }

  link(cls: RtClass): void {
    linkClass(cls, { internString: (s) => this.intern(s), verify: this.verify });
  }

  /** A boot class, loaded and linked (not initialized). */
  bootClass(name: string): RtClass {
    const cls = this.bootLoader.load(name);
    this.link(cls);
    return cls;
  }

  // -------------------------------------------------------------------------------------
  // Methods the runtime makes up

  /** The class's <clinit>, or a synthetic empty one so every initialization has a frame. */
  clinitOf(cls: RtClass): RtMethod {
    const own = cls.methodByKey.get('<clinit>()V');
    if (own && own.code && own.access & Access.STATIC) return own;
    return this.syntheticMethod(cls, '<clinit>', '()V', Access.STATIC, { code: Uint8Array.of(0xb1), maxStack: 0, maxLocals: 0 });
  }

  /** clone() on an array (JLS §10.7): a shallow copy, public, never throws. */
  arrayCloneMethod(): RtMethod {
    const m = this.syntheticMethod(this.bootClass('java/lang/Object'), 'clone', '()Ljava/lang/Object;', Access.PUBLIC | Access.NATIVE, null);
    m.native ??= (_ctx, args) => {
      const a = args[0] as JArray;
      return new JArray(a.cls, a.data.slice());
    };
    return m;
  }

  private syntheticMethod(
    owner: RtClass,
    name: string,
    descriptor: string,
    access: number,
    code: Pick<CodeAttribute, 'code' | 'maxStack' | 'maxLocals'> | null,
  ): RtMethod {
    const key = `${owner.name}.${name}${descriptor}`;
    let m = this.synthetic.get(key);
    if (!m) {
      m = {
        owner,
        name,
        descriptor,
        access,
        code: code && { ...code, exceptionTable: [], lineNumbers: [] },
        argCount: 0,
        returnsVoid: descriptor.endsWith('V'),
        key: name + descriptor,
        decoded: null,
        native: code ? null : undefined,
      };
      this.synthetic.set(key, m);
    }
    return m;
  }

  /** Binds a native method to its implementation in the natives table (null: none). */
  bindNative(m: RtMethod): NativeMethod | null {
    const key = `${m.owner.name}.${m.name}${m.descriptor}`;
    m.native = Object.hasOwn(this.natives, key) ? this.natives[key]! : null;
    return m.native;
  }

  // -------------------------------------------------------------------------------------
  // Objects, fields, strings, Class objects

  newObject(cls: RtClass): JObject {
    return new JObject(cls, cls.instanceTemplate.slice());
  }

  newArray(elementDescriptor: string, length: number): JArray {
    const loader = elementDescriptor.length === 1 ? this.bootLoader : this.appLoader;
    return this.interp.allocArray(loader.load(`[${elementDescriptor}`), length);
  }

  /** Slot of instance field `name` of `cls` (most-derived declaration); VmError if none. */
  slotOf(cls: RtClass, name: string): number {
    let byName = this.fieldSlots.get(cls);
    if (!byName) this.fieldSlots.set(cls, (byName = new Map()));
    let slot = byName.get(name);
    if (slot === undefined) {
      this.link(cls);
      const f = findFieldByName(cls, name);
      if (!f) throw new VmError(`class ${cls.javaName} has no field '${name}' (stdlib contract)`);
      slot = f.slot;
      byName.set(name, slot);
    }
    return slot;
  }

  getField(obj: JObject, name: string): Value {
    return obj.fields[this.slotOf(obj.cls, name)]!;
  }

  setField(obj: JObject, name: string, value: Value): void {
    obj.fields[this.slotOf(obj.cls, name)] = value;
  }

  newString(js: string): JObject {
    const chars = new Uint16Array(js.length);
    for (let i = 0; i < js.length; i++) chars[i] = js.charCodeAt(i);
    const s = this.newObject(this.bootClass('java/lang/String'));
    this.setField(s, 'value', new JArray(this.bootLoader.load('[C'), chars));
    return s;
  }

  /** The canonical String for a literal (JLS §3.10.5: equal literals are the same object). */
  intern(js: string): JObject {
    let s = this.interned.get(js);
    if (!s) {
      s = this.newString(js);
      this.interned.set(js, s);
    }
    return s;
  }

  jsString(ref: HeapObject | null): string {
    if (ref === null) return 'null';
    if (!(ref instanceof JObject)) throw new VmError(`jsString: ${ref.cls.javaName} is not a String`);
    const value = this.getField(ref, 'value') as JArray | null;
    if (!value) return '';
    const chars = value.data as Uint16Array;
    let out = '';
    for (let i = 0; i < chars.length; i += 8192) out += String.fromCharCode(...chars.subarray(i, i + 8192));
    return out;
  }

  /** The java/lang/Class instance of `cls`, made once. */
  classObject(cls: RtClass): JObject {
    if (!cls.classObject) {
      const mirror = this.newObject(this.bootClass('java/lang/Class'));
      this.mirrors.set(mirror, cls);
      cls.classObject = mirror;
    }
    return cls.classObject;
  }

  classOfMirror(mirror: JObject): RtClass {
    const cls = this.mirrors.get(mirror);
    if (!cls) throw new VmError('not a java.lang.Class object made by the runtime');
    return cls;
  }

  // -------------------------------------------------------------------------------------
  // Exceptions and stack traces

  /** Creates the object for a JavaThrow raised by the runtime, with the current stack trace. */
  materialize(t: JavaThrow): JObject {
    if (t.object) return t.object;
    t.object = this.newThrowable(t.className, t.detail, t.causeObject);
    return t.object;
  }

  /**
   * Allocates a throwable WITHOUT running a constructor (the runtime raises exceptions from
   * places where Java code cannot run): detailMessage, cause and stackTrace set directly.
   */
  newThrowable(className: string, message: string | null, cause: JObject | null = null): JObject {
    const internal = className.replace(/\./g, '/');
    let cls = this.tryBootClass(internal);
    let detail = message;
    if (!cls) {
      // The stdlib lacks this class: use the nearest general one, keeping the real name.
      cls = this.tryBootClass(internal.endsWith('Error') ? 'java/lang/Error' : 'java/lang/RuntimeException');
      if (!cls) throw new VmError(`cannot create ${className}: the standard library has no Throwable classes`);
      detail = message === null ? internal.replace(/\//g, '.') : `${internal.replace(/\//g, '.')}: ${message}`;
    }
    const obj = this.newObject(cls);
    this.setField(obj, 'detailMessage', detail === null ? null : this.newString(detail));
    this.setField(obj, 'cause', cause ?? obj);
    this.setField(obj, 'stackTrace', this.captureStackTrace(null));
    return obj;
  }

  private tryBootClass(name: string): RtClass | null {
    try {
      const cls = this.bootLoader.tryLoad(name);
      if (cls) this.link(cls);
      return cls;
    } catch {
      return null;
    }
  }

  isError(obj: JObject): boolean {
    const error = this.tryBootClass('java/lang/Error');
    return error !== null && isAssignable(obj.cls, error);
  }

  /**
   * The current stack as StackTraceElement[], innermost first. For `throwable` (a native
   * filling in a Throwable made by Java code) the frames of fillInStackTrace and of the
   * constructors of the throwable's class chain are left out, as HotSpot does.
   */
  captureStackTrace(throwable: JObject | null): JArray {
    const frames = this.interp.frames;
    const out: JObject[] = [];
    let i = frames.length - 1;
    const native = this.interp.currentNative;
    const isOwn = (m: RtMethod): boolean => throwable !== null && isAssignable(throwable.cls, m.owner);
    if (native && !(throwable && native.name.startsWith('fillInStackTrace'))) out.push(this.stackTraceElement(native, -2));
    if (throwable) {
      while (i >= 0 && frames[i]!.method.name.startsWith('fillInStackTrace') && isOwn(frames[i]!.method)) i--;
      while (i >= 0 && frames[i]!.method.name === '<init>' && isOwn(frames[i]!.method)) i--;
    }
    for (; i >= 0 && out.length < MAX_TRACE_DEPTH; i--) {
      const f = frames[i]!;
      if (!f.started) continue;
      const code = f.method.code;
      out.push(this.stackTraceElement(f.method, code ? lineAt(code, f.code.bytePc[f.pc] ?? 0) : -1));
    }
    const steArray = this.bootLoader.load('[Ljava/lang/StackTraceElement;');
    return new JArray(steArray, out);
  }

  private stackTraceElement(m: RtMethod, line: number): JObject {
    const e = this.newObject(this.bootClass('java/lang/StackTraceElement'));
    this.setField(e, 'declaringClass', this.newString(m.owner.javaName));
    this.setField(e, 'methodName', this.newString(m.name));
    this.setField(e, 'fileName', m.owner.sourceFile === null ? null : this.newString(m.owner.sourceFile));
    this.setField(e, 'lineNumber', line);
    return e;
  }
}
