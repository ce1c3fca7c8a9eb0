// Heap values: the shapes of Java objects and arrays as the interpreter and natives see them,
// and the Value union every operand-stack slot, local and field holds. Handed on to the
// interpreter, the loader (field layout) and the natives (via native-api.ts).

import type { RtClass } from './rt-class.ts';

/**
 * One Java value. int/short/byte/char/boolean: number (int32, boolean 0/1); long: bigint
 * (always BigInt.asIntN(64)); float: number (Math.fround'ed); double: number;
 * reference: HeapObject or null.
 */
export type Value = number | bigint | HeapObject | null;

/** Element storage of an array, by element descriptor. */
export type ArrayData =
  | Int32Array // I
  | Int8Array // B and Z (boolean stored 0/1)
  | Uint16Array // C
  | Int16Array // S
  | Float32Array // F
  | Float64Array // D
  | BigInt64Array // J
  | (HeapObject | null)[]; // L...; and [...

/**
 * Identity hash codes, one generator per VM so that the same program gives the same hashes
 * on every run (deterministic simulation): a scrambled counter, 31 bits, never 0.
 */
export class IdentityHashes {
  private seed = 0x2545f491;

  next(): number {
    this.seed = (Math.imul(this.seed ^ (this.seed >>> 15), 0x2c1b3c6d) + 0x6b43a9b5) | 0;
    const h = (this.seed ^ (this.seed >>> 13)) & 0x7fffffff;
    return h === 0 ? 1 : h;
  }
}

/** A plain (non-array) object. `fields` is indexed by the slot the loader assigned. */
export class JObject {
  /** Identity hash, assigned lazily (0 = not yet). */
  hash = 0;
  constructor(
    readonly cls: RtClass,
    readonly fields: Value[],
  ) {}
}

/** An array. `cls` is the array class (name like "[I" or "[Ljava/lang/String;"). */
export class JArray {
  hash = 0;
  constructor(
    readonly cls: RtClass,
    readonly data: ArrayData,
  ) {}

  get length(): number {
    return this.data.length;
  }

  /** Element descriptor: "I", "Ljava/lang/String;", "[I"... (the array class name minus '['). */
  get elementDescriptor(): string {
    return this.cls.name.substring(1);
  }
}

export type HeapObject = JObject | JArray;

/** Allocates zeroed storage for `length` elements of `elementDescriptor`. */
export function newArrayData(elementDescriptor: string, length: number): ArrayData {
  switch (elementDescriptor) {
    case 'I':
      return new Int32Array(length);
    case 'B':
    case 'Z':
      return new Int8Array(length);
    case 'C':
      return new Uint16Array(length);
    case 'S':
      return new Int16Array(length);
    case 'F':
      return new Float32Array(length);
    case 'D':
      return new Float64Array(length);
    case 'J':
      return new BigInt64Array(length);
    default:
      return new Array<HeapObject | null>(length).fill(null);
  }
}

/** The default (zero) value of a field of the given descriptor (JLS §4.12.5). */
export function defaultValue(descriptor: string): Value {
  switch (descriptor.charCodeAt(0)) {
    case 0x4a: // J
      return 0n;
    case 0x4c: // L
    case 0x5b: // [
      return null;
    default:
      return 0;
  }
}
