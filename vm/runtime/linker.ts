// Linking (JVMS §5.4): verification (vm/runtime/verifier.ts) and preparation (field slots,
// default and constant static values) of a loaded class, lazily, superclass first.
// Moves a class Loaded -> Linked, or -> Erroneous with the linkage error it will rethrow.

import { bitsToFloat } from '../bytecode/constant-pool.ts';
import { CpTag } from '../bytecode/classfile.ts';
import { JavaThrow } from './errors.ts';
import { defaultValue, type JObject, type Value } from './heap.ts';
import { ClassState, type RtClass } from './rt-class.ts';
import { verifyClass } from './verifier.ts';
import type { ClassHierarchy } from './verifier-types.ts';

export interface LinkOptions {
  /** Turns a string constant into its interned java/lang/String (ConstantValue fields). */
  internString(s: string): JObject;
  /** Whether to run the verifier (always true outside the verifier's own unit tests). */
  verify: boolean;
}

/** Links `cls` if it is not linked yet; throws JavaThrow with the linkage error otherwise. */
export function linkClass(cls: RtClass, opts: LinkOptions): void {
  if (cls.state !== ClassState.Loaded) {
    if (cls.state === ClassState.Erroneous && cls.failure?.kind === 'link') {
      throw new JavaThrow(cls.failure.className, cls.failure.message);
    }
    return;
  }
  try {
    if (cls.superClass) linkClass(cls.superClass, opts);
    for (const itf of cls.interfaces) linkClass(itf, opts);
    if (opts.verify && !cls.loader.wasVerified(cls.name)) {
      verify(cls);
      cls.loader.markVerified(cls.name);
    }
    prepare(cls, opts);
    cls.state = ClassState.Linked;
  } catch (e) {
    if (e instanceof JavaThrow) {
      cls.state = ClassState.Erroneous;
      cls.failure = { kind: 'link', className: e.className, message: e.detail ?? '' };
    }
    throw e;
  }
}

/** Runs the verifier; any failure becomes a java.lang.VerifyError naming class, method, offset. */
function verify(cls: RtClass): void {
  if (!cls.file) return;
  try {
    verifyClass(cls.file, hierarchyFor(cls));
  } catch (e) {
    if (e instanceof JavaThrow) throw e;
    // The verifier's one-line message names class, method and offset; drop its own prefix.
    const msg = e instanceof Error ? e.message.replace(/^VerifyError: /, '') : String(e);
    throw new JavaThrow('java/lang/VerifyError', msg);
  }
}

/** The class hierarchy as seen from `cls`'s loader, loading classes as the verifier asks. */
export function hierarchyFor(cls: RtClass): ClassHierarchy {
  const find = (name: string): RtClass | undefined => {
    if (name === cls.name) return cls;
    try {
      return cls.loader.tryLoad(name) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    superclassOf: (n) => {
      const c = find(n);
      return c === undefined ? undefined : (c.superClass?.name ?? null);
    },
    isInterface: (n) => find(n)?.isInterface,
    classAccess: (n) => find(n)?.access,
    methodAccess: (n, name, desc) => find(n)?.methodByKey.get(name + desc)?.access,
    fieldAccess: (n, name, desc) => find(n)?.fields.find((f) => f.name === name && f.descriptor === desc)?.access,
  };
}

/** JVMS §5.4.2: lays out instance fields after the superclass's and sets static defaults. */
function prepare(cls: RtClass, opts: LinkOptions): void {
  const sup = cls.superClass;
  const template: Value[] = sup ? sup.instanceTemplate.slice() : [];
  const statics: Value[] = [];
  for (const f of cls.fields) {
    if ((f.access & 0x0008) !== 0) {
      f.slot = statics.length;
      statics.push(f.constantValueIndex ? constantValue(cls, f.constantValueIndex, f.descriptor, opts) : defaultValue(f.descriptor));
    } else {
      f.slot = template.length;
      template.push(defaultValue(f.descriptor));
    }
  }
  cls.instanceTemplate = template;
  cls.instanceFieldCount = template.length;
  cls.statics = statics;
}

/** The value of a ConstantValue attribute (JVMS §4.7.2), checked against the field type. */
function constantValue(cls: RtClass, index: number, desc: string, opts: LinkOptions): Value {
  const e = cls.file?.constantPool[index];
  const bad = (): never => {
    throw new JavaThrow('java/lang/ClassFormatError', `bad ConstantValue #${index} for a field of type ${desc} in class ${cls.javaName}`);
  };
  if (!e) return bad();
  switch (desc) {
    case 'I':
    case 'S':
    case 'C':
    case 'B':
    case 'Z':
      return e.tag === CpTag.Integer ? narrowInt(e.value, desc) : bad();
    case 'J':
      return e.tag === CpTag.Long ? e.value : bad();
    case 'F':
      return e.tag === CpTag.Float ? bitsToFloat(e.bits) : bad();
    case 'D':
      return e.tag === CpTag.Double ? e.value : bad();
    case 'Ljava/lang/String;': {
      if (e.tag !== CpTag.String) return bad();
      const s = cls.file?.constantPool[e.utf8Index];
      return s && s.tag === CpTag.Utf8 ? opts.internString(s.value) : bad();
    }
    default:
      return bad();
  }
}

function narrowInt(v: number, desc: string): number {
  switch (desc) {
    case 'S':
      return (v << 16) >> 16;
    case 'C':
      return v & 0xffff;
    case 'B':
      return (v << 24) >> 24;
    case 'Z':
      return v & 1;
    default:
      return v | 0;
  }
}
