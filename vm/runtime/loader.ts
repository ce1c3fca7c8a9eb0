// Class loading (JVMS §5.3): the bootstrap loader over the stdlib and one loader per classpath
// entry, each entry one code source. Delegation goes to the parent first (entry N -> entry
// N-1 -> ... -> boot), so the stdlib can never be shadowed. Hands on RtClass objects in state
// Loaded (superclass and interfaces loaded, members listed); linking is lazy (linker.ts).

import { Access, ClassFormatError, type ClassFile } from '../bytecode/classfile.ts';
import { decodeClass } from '../bytecode/codec.ts';
import { classNameAt, utf8At } from '../bytecode/constant-pool.ts';
import { isValidFieldDescriptor, parseMethodDescriptor } from '../bytecode/descriptors.ts';
import type { ClassSource } from './class-source.ts';
import { JavaThrow } from './errors.ts';
import { ClassState, RtClass, type RtField, type RtMethod } from './rt-class.ts';

const OBJECT = 'java/lang/Object';

export class Loader {
  /** Classes this loader defined (including array classes whose element it defined). */
  readonly defined = new Map<string, RtClass>();
  /** Every class this loader has been asked for and found (its own or its parent's). */
  private readonly found = new Map<string, RtClass>();
  /** Classes whose loading is in progress, to detect circular superclass chains. */
  private readonly loading = new Set<string>();

  constructor(
    /** "boot" for the bootstrap loader, else the classpath entry's location. */
    readonly location: string,
    private readonly source: ClassSource,
    readonly parent: Loader | null,
    /** The bootstrap loader (itself, for the bootstrap loader). */
    boot: Loader | null,
  ) {
    this.boot = boot ?? this;
  }

  readonly boot: Loader;

  get isBoot(): boolean {
    return this.boot === this;
  }

  /** Whether `name` passed verification before (boot classes only: see verifiedBootClasses). */
  wasVerified(name: string): boolean {
    return this.isBoot && (verifiedBootClasses.get(this.source)?.has(name) ?? false);
  }

  markVerified(name: string): void {
    if (!this.isBoot) return;
    let set = verifiedBootClasses.get(this.source);
    if (!set) verifiedBootClasses.set(this.source, (set = new Set()));
    set.add(name);
  }

  /** Loads (or finds) a class or array class; throws JavaThrow(NoClassDefFoundError...) if absent. */
  load(name: string): RtClass {
    const cls = this.tryLoad(name);
    if (!cls) throw new JavaThrow('java/lang/NoClassDefFoundError', name);
    return cls;
  }

  /** Like load, but null when no loader in the delegation chain has the class. */
  tryLoad(name: string): RtClass | null {
    const hit = this.found.get(name);
    if (hit) return hit;
    if (name.charCodeAt(0) === 0x5b) return this.arrayClass(name);
    const fromParent = this.parent?.tryLoad(name) ?? null;
    if (fromParent) {
      this.found.set(name, fromParent);
      return fromParent;
    }
    if (this.loading.has(name)) throw new JavaThrow('java/lang/ClassCircularityError', name.replace(/\//g, '.'));
    const bytes = this.source.find(name);
    if (!bytes) return null;
    this.loading.add(name);
    try {
      const cls = this.define(name, bytes);
      this.found.set(name, cls);
      return cls;
    } finally {
      this.loading.delete(name);
    }
  }

  /**
   * The array class named by descriptor `name` ("[I", "[[Ljava/lang/String;"). JVMS §5.3.3:
   * primitive arrays belong to the bootstrap loader, others to the element class's loader.
   */
  private arrayClass(name: string): RtClass | null {
    if (!isValidFieldDescriptor(name)) throw new JavaThrow('java/lang/NoClassDefFoundError', name);
    const elem = name.substring(1);
    let component: RtClass | null = null;
    let owner: Loader = this.boot;
    if (elem.length > 1) {
      component = this.tryLoad(elem[0] === 'L' ? elem.slice(1, -1) : elem);
      if (!component) return null;
      owner = component.loader;
    }
    const existing = owner.defined.get(name);
    if (existing) return existing;
    const cls = owner.makeArrayClass(name, component);
    this.found.set(name, cls);
    return cls;
  }

  private makeArrayClass(name: string, component: RtClass | null): RtClass {
    // JLS §10.8: an array is public iff its element type is (primitive elements: public).
    const access = Access.FINAL | Access.ABSTRACT | (component ? component.access & Access.PUBLIC : Access.PUBLIC);
    const cls = new RtClass(name, this, null, access, null);
    cls.component = component;
    cls.superClass = this.boot.load(OBJECT);
    // JLS §10.8: arrays implement Cloneable and Serializable (when the stdlib has them).
    cls.interfaces = ['java/lang/Cloneable', 'java/io/Serializable']
      .map((n) => this.boot.tryLoad(n))
      .filter((c): c is RtClass => c !== null);
    cls.state = ClassState.Initialized;
    this.defined.set(name, cls);
    return cls;
  }

  /** Defines a class from its bytes (JVMS §5.3.5): decode, check the name, load supertypes. */
  private define(name: string, bytes: Uint8Array): RtClass {
    const cf = decode(name, bytes);
    const actual = classNameAt(cf.constantPool, cf.thisClass);
    if (actual !== name) throw new JavaThrow('java/lang/NoClassDefFoundError', `${name} (wrong name: ${actual})`);
    if (!this.isBoot && (name.startsWith('java/') || name === 'java')) {
      const pkg = name.substring(0, name.lastIndexOf('/')).replace(/\//g, '.');
      throw new JavaThrow('java/lang/SecurityException', `Prohibited package name: ${pkg}`);
    }
    const sourceFile = cf.sourceFile ? utf8At(cf.constantPool, cf.sourceFile) : null;
    const cls = new RtClass(name, this, cf, cf.access, sourceFile);
    cls.superClass = this.loadSuper(cls, cf);
    cls.interfaces = cf.interfaces.map((i) => this.loadInterface(cls, classNameAt(cf.constantPool, i)));
    cls.fields = cf.fields.map((f) => makeField(cls, cf, f));
    cls.methods = cf.methods.map((m) => makeMethod(cls, cf, m));
    for (const m of cls.methods) cls.methodByKey.set(m.key, m);
    this.defined.set(name, cls);
    return cls;
  }

  private loadSuper(cls: RtClass, cf: ClassFile): RtClass | null {
    if (cf.superClass === 0) {
      if (cls.name === OBJECT) return null;
      throw new JavaThrow('java/lang/ClassFormatError', `class ${cls.javaName} has no superclass`);
    }
    const superName = classNameAt(cf.constantPool, cf.superClass);
    if (cls.name === OBJECT) throw new JavaThrow('java/lang/ClassFormatError', 'java.lang.Object has a superclass');
    const sup = this.load(superName);
    if (cls.isInterface ? sup.name !== OBJECT : sup.isInterface) {
      throw new JavaThrow(
        'java/lang/IncompatibleClassChangeError',
        `class ${cls.javaName} has interface ${sup.javaName} as super class`,
      );
    }
    if ((sup.access & Access.FINAL) !== 0 || sup.isArray) {
      throw new JavaThrow('java/lang/VerifyError', `Cannot inherit from final class ${sup.javaName} (in class ${cls.javaName})`);
    }
    return sup;
  }

  private loadInterface(cls: RtClass, name: string): RtClass {
    const itf = this.load(name);
    if (!itf.isInterface) {
      throw new JavaThrow(
        'java/lang/IncompatibleClassChangeError',
        `class ${cls.javaName} can not implement ${itf.javaName}, because it is not an interface`,
      );
    }
    return itf;
  }
}

/**
 * Decoded class files by their bytes: the stdlib's bytes are shared by every VM in a process
 * (tests run hundreds), and a ClassFile is never modified after decoding.
 */
const decodedCache = new WeakMap<Uint8Array, ClassFile>();

/**
 * Boot classes already verified, per boot class source. Verifying a boot class consults only
 * boot classes, so the verdict is the same for every VM over the same source.
 */
const verifiedBootClasses = new WeakMap<ClassSource, Set<string>>();

function decode(name: string, bytes: Uint8Array): ClassFile {
  const hit = decodedCache.get(bytes);
  if (hit) return hit;
  try {
    const cf = decodeClass(bytes, `${name}.class`);
    decodedCache.set(bytes, cf);
    return cf;
  } catch (e) {
    if (e instanceof ClassFormatError) throw new JavaThrow('java/lang/ClassFormatError', `${e.message} (class ${name})`);
    throw e;
  }
}

function makeField(owner: RtClass, cf: ClassFile, f: ClassFile['fields'][number]): RtField {
  const descriptor = utf8At(cf.constantPool, f.descriptorIndex);
  if (!isValidFieldDescriptor(descriptor)) {
    throw new JavaThrow('java/lang/ClassFormatError', `field in class ${owner.javaName} has invalid descriptor ${descriptor}`);
  }
  return {
    owner,
    name: utf8At(cf.constantPool, f.nameIndex),
    descriptor,
    access: f.access,
    slot: -1,
    constantValueIndex: f.constantValueIndex,
  };
}

function makeMethod(owner: RtClass, cf: ClassFile, m: ClassFile['methods'][number]): RtMethod {
  const name = utf8At(cf.constantPool, m.nameIndex);
  const descriptor = utf8At(cf.constantPool, m.descriptorIndex);
  let md;
  try {
    md = parseMethodDescriptor(descriptor);
  } catch {
    throw new JavaThrow('java/lang/ClassFormatError', `method ${name} in class ${owner.javaName} has invalid descriptor ${descriptor}`);
  }
  return {
    owner,
    name,
    descriptor,
    access: m.access,
    code: m.code,
    argCount: md.params.length,
    returnsVoid: md.ret === 'V',
    key: `${name}${descriptor}`,
    decoded: null,
    native: undefined,
  };
}

/** The runtime package of a class (JVMS §5.3): its package name together with its loader. */
export function samePackage(a: RtClass, b: RtClass): boolean {
  if (a.loader !== b.loader) return false;
  const pa = a.name.lastIndexOf('/');
  const pb = b.name.lastIndexOf('/');
  return pa === pb && (pa < 0 || a.name.startsWith(b.name.substring(0, pb + 1)));
}
