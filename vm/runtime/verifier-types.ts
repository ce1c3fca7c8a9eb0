// Verification types (JVMS §4.10.1.2, simplified to one slot per value) and the lattice the
// data-flow pass works in: descriptors -> types, assignability, and merging at joins.
// Hands verifier-structure.ts and verifier-flow.ts `VType`, `TypeContext` and `Reject`.

import { isValidMethodDescriptor, parseMethodDescriptor } from '../bytecode/descriptors.ts';

// Name and descriptor syntax (JVMS §4.2.1, §4.3) comes from the bytecode layer, so the
// verifier accepts exactly what the codec and assembler consider well formed.
export {
  isValidBinaryName,
  isValidClassEntryName as isValidClassConstantName,
  isValidFieldDescriptor,
} from '../bytecode/descriptors.ts';

/**
 * A verification type, encoded as a string so frames compare with `===`:
 *   'T' top (unusable: unset, or two incompatible values merged)
 *   'I' int (also boolean, byte, char, short), 'J' long, 'F' float, 'D' double
 *   'N' the null type
 *   'U' uninitializedThis (the receiver of a constructor before its super/this <init> call)
 *   'U<pc>' uninitialized(pc): the object made by the `new` at offset pc, e.g. 'U12'
 *   references as field descriptors: 'Ljava/lang/String;', '[I', '[[Ljava/lang/Object;'
 */
export type VType = string;

export const TOP: VType = 'T';
export const NULL: VType = 'N';
export const UNINIT_THIS: VType = 'U';
export const OBJECT = 'java/lang/Object';
export const OBJECT_T: VType = 'Ljava/lang/Object;';
export const THROWABLE_T: VType = 'Ljava/lang/Throwable;';
export const STRING_T: VType = 'Ljava/lang/String;';
export const CLASS_T: VType = 'Ljava/lang/Class;';

/** A verification failure found inside the verifier; verifier.ts turns it into a VerifyFailure. */
export class Reject extends Error {
  constructor(
    readonly reason: string,
    readonly pc: number | null = null,
  ) {
    super(reason);
  }
}

/**
 * A cap on the verifier's work for one class, counted in frame slots copied or merged (plus
 * a fixed charge per merge), so a hostile class (65535 locals at thousands of branch
 * targets, thousands of overlapping handlers) is rejected quickly instead of exhausting
 * memory or time. Real classes use a tiny fraction: the largest standard-library class
 * needs about 10 000.
 */
export class Budget {
  private used = 0;
  constructor(readonly limit: number) {}

  spend(n: number): void {
    this.used += n;
    if (this.used > this.limit) throw new Reject(`too complex to verify (more than ${this.limit} frame-slot operations)`);
  }
}

export const CLASS_BUDGET = 2_000_000;
/** What one frame merge or copy costs on top of its slots. */
export const MERGE_COST = 8;

/** An initialized reference or null (what most reference-consuming instructions accept). */
export function isRef(t: VType): boolean {
  const c = t.charCodeAt(0);
  return c === 76 /* L */ || c === 91 /* [ */ || t === NULL;
}

export function isUninit(t: VType): boolean {
  return t.charCodeAt(0) === 85; /* U */
}

export function isArray(t: VType): boolean {
  return t.charCodeAt(0) === 91;
}

/** A human-readable name for a type in failure messages. */
export function describe(t: VType): string {
  switch (t) {
    case TOP:
      return 'an unusable value (unset or merged from incompatible types)';
    case 'I':
      return 'int';
    case 'J':
      return 'long';
    case 'F':
      return 'float';
    case 'D':
      return 'double';
    case NULL:
      return 'null';
    case UNINIT_THIS:
      return 'uninitializedThis';
  }
  if (isUninit(t)) return `uninitialized(${t.slice(1)})`;
  return t.startsWith('L') ? t.slice(1, -1) : t; // class types by internal name, arrays by descriptor
}

// ---------------------------------------------------------------------------------------
// Names and descriptors (JVMS §4.2, §4.3)

/** An unqualified name (JVMS §4.2.2): non-empty, none of . ; [ / (and no < > for methods). */
export function isValidUnqualifiedName(name: string, forMethod: boolean): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '.' || c === ';' || c === '[' || c === '/') return false;
    if (forMethod && (c === '<' || c === '>')) return false;
  }
  return true;
}

export function isValidMethodName(name: string): boolean {
  return name === '<init>' || name === '<clinit>' || isValidUnqualifiedName(name, true);
}

export interface MethodSignature {
  /** Parameter descriptors, one slot each. */
  readonly params: readonly string[];
  /** Return descriptor, or 'V'. */
  readonly ret: string;
}

/** Parses a method descriptor (JVMS §4.3.3), or returns null if it is malformed. */
export function parseMethodSignature(d: string): MethodSignature | null {
  return isValidMethodDescriptor(d) ? parseMethodDescriptor(d) : null;
}

/** The verification type of a value of a field descriptor (Z, B, C, S widen to I). */
export function typeOfDescriptor(desc: string): VType {
  switch (desc) {
    case 'Z':
    case 'B':
    case 'C':
    case 'S':
      return 'I';
  }
  return desc;
}

/** The verification type of an instance of the class named in a Class constant. */
export function typeOfClassName(name: string): VType {
  return name.startsWith('[') ? name : `L${name};`;
}

/** The number of leading '[' of an array type. */
export function arrayDims(t: VType): number {
  let n = 0;
  while (t.charCodeAt(n) === 91) n++;
  return n;
}

// ---------------------------------------------------------------------------------------
// The class hierarchy as the verifier sees it

/** What the verifier needs to know about other classes (implemented by the runtime's loader). */
export interface ClassHierarchy {
  /** The superclass's internal name, null for java/lang/Object, undefined: class not found. */
  superclassOf(internalName: string): string | null | undefined;
  /** Whether the class is an interface; undefined: class not found. */
  isInterface(internalName: string): boolean | undefined;
  /** Optional: the class's access flags (for "final class subclassed"); undefined: not found. */
  classAccess?(internalName: string): number | undefined;
  /** Optional: access flags of a method DECLARED in that class, undefined if it declares none. */
  methodAccess?(internalName: string, name: string, descriptor: string): number | undefined;
  /** Optional: access flags of a field DECLARED in that class, undefined if it declares none. */
  fieldAccess?(internalName: string, name: string, descriptor: string): number | undefined;
}

const MAX_HIERARCHY_DEPTH = 1000; // a longer chain can only be a cycle in hostile input

/**
 * Answers subclass, assignability and merge questions for one class being verified, caching
 * superclass chains. The class being verified answers for itself (it is not linked yet).
 */
export class TypeContext {
  private readonly chains = new Map<string, readonly string[]>();
  private readonly interfaces = new Map<string, boolean>();

  constructor(
    private readonly hierarchy: ClassHierarchy,
    private readonly self: { name: string; superName: string | null; isInterface: boolean },
  ) {}

  isInterface(name: string): boolean {
    if (name === this.self.name) return this.self.isInterface;
    let r = this.interfaces.get(name);
    if (r === undefined) {
      const answer = this.hierarchy.isInterface(name);
      if (answer === undefined) throw new Reject(`class ${name} not found`);
      r = answer;
      this.interfaces.set(name, r);
    }
    return r;
  }

  /** The class and all its superclasses, nearest first. */
  chain(name: string): readonly string[] {
    const cached = this.chains.get(name);
    if (cached) return cached;
    const out: string[] = [];
    let cur: string | null = name;
    while (cur !== null) {
      if (out.length > MAX_HIERARCHY_DEPTH || out.includes(cur)) {
        throw new Reject(`class hierarchy of ${name} is circular`);
      }
      out.push(cur);
      cur = this.superOf(cur);
    }
    this.chains.set(name, out);
    return out;
  }

  superOf(name: string): string | null {
    if (name === this.self.name) return this.self.superName;
    const s = this.hierarchy.superclassOf(name);
    if (s === undefined) throw new Reject(`class ${name} not found`);
    return s;
  }

  /**
   * Where a member named by a reference to `owner` is declared and its flags: the first of
   * owner and its superclasses that declares it (JVMS §5.4.3.2, §5.4.3.3, without
   * superinterfaces), or undefined when the hierarchy cannot tell (checked at link time).
   */
  declaredMember(kind: 'field' | 'method', owner: string, name: string, descriptor: string): { owner: string; access: number } | undefined {
    const lookup = kind === 'field' ? this.hierarchy.fieldAccess : this.hierarchy.methodAccess;
    if (!lookup) return undefined;
    for (const c of this.chain(owner)) {
      const access = c === this.self.name && this.selfMembers ? this.selfMembers(kind, name, descriptor) : lookup.call(this.hierarchy, c, name, descriptor);
      if (access !== undefined) return { owner: c, access };
    }
    return undefined;
  }

  /** Members the class being verified declares (it answers for itself, not the hierarchy). */
  selfMembers?: (kind: 'field' | 'method', name: string, descriptor: string) => number | undefined;

  isSubclassOf(sub: string, sup: string): boolean {
    if (sub === sup || sup === OBJECT) return true;
    return this.chain(sub).includes(sup);
  }

  /** Whether a value of type `from` may be stored where `to` is expected (JVMS §4.10.1.2). */
  isAssignable(from: VType, to: VType): boolean {
    if (from === to || to === TOP) return true;
    if (!isRef(to) || !isRef(from)) return false; // primitives and uninitialized: only equal
    if (from === NULL || to === OBJECT_T) return true;
    if (to === NULL) return false;
    if (isArray(to)) {
      if (!isArray(from)) return false;
      const te = to.slice(1);
      const fe = from.slice(1);
      if (!isRef(te) || !isRef(fe)) return false; // primitive elements: only equal
      return this.isAssignable(fe, te);
    }
    const toName = to.slice(1, -1);
    // As the JVM's verifier does, any reference is assignable to an interface type; the
    // interpreter checks the real class at invokeinterface (IncompatibleClassChangeError).
    if (this.isInterface(toName)) return true;
    if (isArray(from)) return false;
    return this.isSubclassOf(from.slice(1, -1), toName);
  }

  /** The type of a slot reached with `a` on one path and `b` on another; TOP if they conflict. */
  merge(a: VType, b: VType): VType {
    if (a === b) return a;
    if (!isRef(a) || !isRef(b)) return TOP;
    if (a === NULL) return b;
    if (b === NULL) return a;
    return this.mergeRefs(a, b);
  }

  private mergeRefs(a: VType, b: VType): VType {
    if (a === b) return a;
    if (isArray(a) && isArray(b)) {
      const ae = a.slice(1);
      const be = b.slice(1);
      if (isRef(ae) && isRef(be)) return `[${this.mergeRefs(ae, be)}`;
      return OBJECT_T;
    }
    if (isArray(a) || isArray(b)) return OBJECT_T;
    const an = a.slice(1, -1);
    const bn = b.slice(1, -1);
    // Interfaces merge to Object, as in the JVM's inference verifier.
    if (this.isInterface(an) || this.isInterface(bn)) return OBJECT_T;
    const ac = this.chain(an);
    for (const c of this.chain(bn)) if (ac.includes(c)) return `L${c};`;
    return OBJECT_T;
  }
}
