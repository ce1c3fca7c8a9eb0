// The constant pool (JVMS §4.4): a deduplicating builder the compiler and assembler use to
// make one, and validating readers the loader, verifier, interpreter and disassembler use to
// read one. Readers throw ClassFormatError naming the index and what was expected there.

import { ClassFormatError, CpTag, type CpEntry } from './classfile.ts';

/** Bit pattern of a float (after rounding to binary32), as stored in a Float entry. */
export function floatToBits(v: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, v);
  return view.getUint32(0);
}

/** The float value of a Float entry's bit pattern. */
export function bitsToFloat(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits >>> 0);
  return view.getFloat32(0);
}

/** A key that tells -0.0 from 0.0 and keeps NaN equal to itself (binary64 bits in hex). */
function doubleKey(v: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return view.getBigUint64(0).toString(16);
}

/**
 * Builds a constant pool, returning the index of each entry and reusing an equal entry
 * when one exists. Index 0 is unused, as in the JVM; every entry takes one index.
 */
export class ConstantPoolBuilder {
  private readonly pool: (CpEntry | null)[] = [null];
  private readonly index = new Map<string, number>();

  /** Starts from an existing pool (e.g. to add entries to a decoded class). */
  static from(entries: readonly (CpEntry | null)[]): ConstantPoolBuilder {
    const b = new ConstantPoolBuilder();
    for (let i = 1; i < entries.length; i++) {
      const e = entries[i];
      if (!e) throw new ClassFormatError(`constant pool #${i}: empty slot`);
      b.pool.push(e);
      const key = entryKey(e);
      if (!b.index.has(key)) b.index.set(key, i);
    }
    return b;
  }

  get size(): number {
    return this.pool.length;
  }

  utf8(s: string): number {
    return this.intern({ tag: CpTag.Utf8, value: s });
  }

  integer(v: number): number {
    return this.intern({ tag: CpTag.Integer, value: v | 0 });
  }

  /** A Float entry for v rounded to binary32 (Math.fround). */
  float(v: number): number {
    return this.floatBits(floatToBits(v));
  }

  /** A Float entry with exactly these IEEE-754 bits (keeps NaN payloads). */
  floatBits(bits: number): number {
    return this.intern({ tag: CpTag.Float, bits: bits >>> 0 });
  }

  long(v: bigint): number {
    return this.intern({ tag: CpTag.Long, value: BigInt.asIntN(64, v) });
  }

  double(v: number): number {
    return this.intern({ tag: CpTag.Double, value: v });
  }

  /** A Class entry; array classes are named by their descriptor ("[I"), as in the JVM. */
  classRef(internalName: string): number {
    return this.intern({ tag: CpTag.Class, nameIndex: this.utf8(internalName) });
  }

  string(s: string): number {
    return this.intern({ tag: CpTag.String, utf8Index: this.utf8(s) });
  }

  nameAndType(name: string, desc: string): number {
    return this.intern({ tag: CpTag.NameAndType, nameIndex: this.utf8(name), descriptorIndex: this.utf8(desc) });
  }

  fieldRef(owner: string, name: string, desc: string): number {
    return this.memberRef(CpTag.Fieldref, owner, name, desc);
  }

  methodRef(owner: string, name: string, desc: string): number {
    return this.memberRef(CpTag.Methodref, owner, name, desc);
  }

  interfaceMethodRef(owner: string, name: string, desc: string): number {
    return this.memberRef(CpTag.InterfaceMethodref, owner, name, desc);
  }

  /** The pool built so far; index 0 is null. A copy, so later additions do not leak in. */
  entries(): (CpEntry | null)[] {
    return this.pool.slice();
  }

  private memberRef(tag: MemberTag, owner: string, name: string, desc: string): number {
    const classIndex = this.classRef(owner);
    const nameAndTypeIndex = this.nameAndType(name, desc);
    return this.intern({ tag, classIndex, nameAndTypeIndex });
  }

  private intern(e: CpEntry): number {
    const key = entryKey(e);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    if (this.pool.length > 0xffff) throw new ClassFormatError('constant pool: more than 65535 entries');
    this.pool.push(e);
    this.index.set(key, this.pool.length - 1);
    return this.pool.length - 1;
  }
}

type MemberTag = typeof CpTag.Fieldref | typeof CpTag.Methodref | typeof CpTag.InterfaceMethodref;

/** A string that is equal for two entries exactly when they are interchangeable. */
function entryKey(e: CpEntry): string {
  switch (e.tag) {
    case CpTag.Utf8:
      return `u:${e.value}`;
    case CpTag.Integer:
      return `i:${e.value}`;
    case CpTag.Float:
      return `f:${e.bits}`;
    case CpTag.Long:
      return `j:${e.value}`;
    case CpTag.Double:
      return `d:${doubleKey(e.value)}`;
    case CpTag.Class:
      return `c:${e.nameIndex}`;
    case CpTag.String:
      return `s:${e.utf8Index}`;
    case CpTag.NameAndType:
      return `n:${e.nameIndex}:${e.descriptorIndex}`;
    case CpTag.Fieldref:
    case CpTag.Methodref:
    case CpTag.InterfaceMethodref:
      return `${e.tag}:${e.classIndex}:${e.nameAndTypeIndex}`;
  }
}

// ---------------------------------------------------------------------------------------
// Validating readers

export const TAG_NAMES: Readonly<Record<number, string>> = {
  [CpTag.Utf8]: 'Utf8',
  [CpTag.Integer]: 'Integer',
  [CpTag.Float]: 'Float',
  [CpTag.Long]: 'Long',
  [CpTag.Double]: 'Double',
  [CpTag.Class]: 'Class',
  [CpTag.String]: 'String',
  [CpTag.Fieldref]: 'Fieldref',
  [CpTag.Methodref]: 'Methodref',
  [CpTag.InterfaceMethodref]: 'InterfaceMethodref',
  [CpTag.NameAndType]: 'NameAndType',
};

type Pool = readonly (CpEntry | null)[];

/** The entry at i, which must exist (i in 1..size-1) and have one of the given tags. */
export function entryAt<T extends CpEntry['tag']>(
  cp: Pool,
  i: number,
  tags: readonly T[],
  expected: string,
): Extract<CpEntry, { tag: T }> {
  if (!Number.isInteger(i) || i <= 0 || i >= cp.length) {
    throw new ClassFormatError(`constant pool index #${i} out of range (pool size ${cp.length}), expected ${expected}`);
  }
  const e = cp[i];
  if (!e) throw new ClassFormatError(`constant pool #${i} is empty, expected ${expected}`);
  if (!(tags as readonly number[]).includes(e.tag)) {
    throw new ClassFormatError(`constant pool #${i} is ${TAG_NAMES[e.tag] ?? `tag ${e.tag}`}, expected ${expected}`);
  }
  return e as Extract<CpEntry, { tag: T }>;
}

export function utf8At(cp: Pool, i: number): string {
  return entryAt(cp, i, [CpTag.Utf8], 'Utf8').value;
}

/** The internal name (or array descriptor) of the Class entry at i. */
export function classNameAt(cp: Pool, i: number): string {
  return utf8At(cp, entryAt(cp, i, [CpTag.Class], 'Class').nameIndex);
}

export function stringAt(cp: Pool, i: number): string {
  return utf8At(cp, entryAt(cp, i, [CpTag.String], 'String').utf8Index);
}

export function nameAndTypeAt(cp: Pool, i: number): { name: string; descriptor: string } {
  const nt = entryAt(cp, i, [CpTag.NameAndType], 'NameAndType');
  return { name: utf8At(cp, nt.nameIndex), descriptor: utf8At(cp, nt.descriptorIndex) };
}

export interface MemberRef {
  owner: string;
  name: string;
  descriptor: string;
  tag: MemberTag;
}

/** A Fieldref, Methodref or InterfaceMethodref, resolved to names. */
export function memberRefAt(cp: Pool, i: number): MemberRef {
  const e = entryAt(
    cp,
    i,
    [CpTag.Fieldref, CpTag.Methodref, CpTag.InterfaceMethodref],
    'Fieldref, Methodref or InterfaceMethodref',
  );
  const { name, descriptor } = nameAndTypeAt(cp, e.nameAndTypeIndex);
  return { owner: classNameAt(cp, e.classIndex), name, descriptor, tag: e.tag };
}

/** What ldc pushes (JVMS §6.5 ldc). Floats are given as their value (bits via floatBits). */
export type LoadableConstant =
  | { type: 'I'; value: number }
  | { type: 'F'; value: number; bits: number }
  | { type: 'J'; value: bigint }
  | { type: 'D'; value: number }
  | { type: 'String'; value: string }
  | { type: 'Class'; value: string };

export function constantAt(cp: Pool, i: number): LoadableConstant {
  const e = entryAt(
    cp,
    i,
    [CpTag.Integer, CpTag.Float, CpTag.Long, CpTag.Double, CpTag.String, CpTag.Class],
    'a loadable constant (Integer, Float, Long, Double, String or Class)',
  );
  switch (e.tag) {
    case CpTag.Integer:
      return { type: 'I', value: e.value };
    case CpTag.Float:
      return { type: 'F', value: bitsToFloat(e.bits), bits: e.bits };
    case CpTag.Long:
      return { type: 'J', value: e.value };
    case CpTag.Double:
      return { type: 'D', value: e.value };
    case CpTag.String:
      return { type: 'String', value: utf8At(cp, e.utf8Index) };
    case CpTag.Class:
      return { type: 'Class', value: utf8At(cp, e.nameIndex) };
  }
}
