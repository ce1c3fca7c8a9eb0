// What a memory-mapped platform device (UART, CLINT, PLIC, virtio, finisher) offers the
// physical bus, and the two things devices are handed: interrupt lines into a hart and a
// deterministic clock. Also the small validation helpers every device's restore() uses, so
// hostile snapshot input can only ever produce a one-line SnapshotError.

import type { BusFault, Width } from './memory.ts';
import { SnapshotError } from './snapshot-error.ts';

export { SnapshotError };

/** JSON-safe device state: numbers, strings, arrays, plain objects (byte arrays as base64). */
export type DeviceState = { readonly [k: string]: unknown };

/** A memory-mapped device occupying [base, base+size) of the physical address space. */
export interface Device {
  readonly name: string;
  readonly base: number;
  readonly size: number;
  /** offset = addr - base; the zero-extended value, or BUS_FAULT (becomes an access fault). */
  read(offset: number, width: Width): number | BusFault;
  write(offset: number, width: Width, value: number): BusFault | undefined;
  /** All device state as JSON-safe plain data. */
  save(): DeviceState;
  /** Replaces the state from save() output; throws only SnapshotError on bad input. */
  restore(state: unknown): void;
}

/** One interrupt input of a hart (sets/clears one mip bit). Level-sensitive. */
export interface InterruptLine {
  set(level: boolean): void;
}

/** Deterministic time: mtime ticks (10 MHz) derived from simulated cycles, never host time. */
export interface Clock {
  now(): number;
}

/** An interrupt line that goes nowhere (unused slots, tests). */
export const NO_LINE: InterruptLine = Object.freeze({ set(): void {} });

// ---- restore() validation helpers: each throws SnapshotError naming `where` ----

/** `state` as a plain object, or SnapshotError. */
export function expectObject(state: unknown, where: string): Record<string, unknown> {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    throw new SnapshotError(`${where}: expected an object`);
  }
  return state as Record<string, unknown>;
}

/** An integer field in [min, max]. */
export function expectInt(obj: Record<string, unknown>, field: string, min: number, max: number, where: string): number {
  const v = Object.prototype.hasOwnProperty.call(obj, field) ? obj[field] : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new SnapshotError(`${where}: field ${field} must be an integer in [${min}, ${max}]`);
  }
  return v;
}

/** A 32-bit unsigned field. */
export function expectU32(obj: Record<string, unknown>, field: string, where: string): number {
  return expectInt(obj, field, 0, 0xffffffff, where);
}

/** A boolean field. */
export function expectBool(obj: Record<string, unknown>, field: string, where: string): boolean {
  const v = Object.prototype.hasOwnProperty.call(obj, field) ? obj[field] : undefined;
  if (typeof v !== 'boolean') throw new SnapshotError(`${where}: field ${field} must be a boolean`);
  return v;
}

/** An array field of exactly `length` integers each in [min, max]. */
export function expectIntArray(
  obj: Record<string, unknown>, field: string, length: number, min: number, max: number, where: string,
): number[] {
  const v = Object.prototype.hasOwnProperty.call(obj, field) ? obj[field] : undefined;
  if (!Array.isArray(v) || v.length !== length) {
    throw new SnapshotError(`${where}: field ${field} must be an array of ${length} integers`);
  }
  for (const x of v) {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
      throw new SnapshotError(`${where}: field ${field} must hold integers in [${min}, ${max}]`);
    }
  }
  return v as number[];
}

/** A base64 string field decoding to at most `maxBytes` bytes. */
export function expectBytes(obj: Record<string, unknown>, field: string, maxBytes: number, where: string): Uint8Array {
  const v = Object.prototype.hasOwnProperty.call(obj, field) ? obj[field] : undefined;
  if (typeof v !== 'string' || v.length > Math.ceil(maxBytes / 3) * 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) {
    throw new SnapshotError(`${where}: field ${field} must be base64 of at most ${maxBytes} bytes`);
  }
  const bytes = new Uint8Array(Buffer.from(v, 'base64'));
  if (bytes.length > maxBytes) throw new SnapshotError(`${where}: field ${field} holds more than ${maxBytes} bytes`);
  return bytes;
}

/** Bytes as the base64 string save() stores. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
