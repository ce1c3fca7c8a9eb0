// Field and method descriptors (JVMS §4.3): parsing, validation, the verification slot type
// of a value, and Java source names for messages and the disassembler. Used by the compiler,
// the verifier, the interpreter and the tools; invalid input throws ClassFormatError.

import { ClassFormatError } from './classfile.ts';
import type { SlotType } from './opcodes.ts';

export type PrimitiveDescriptor = 'Z' | 'B' | 'C' | 'S' | 'I' | 'J' | 'F' | 'D';

/** A parsed field descriptor. `desc` is always the descriptor text itself. */
export type FieldType =
  | { kind: 'primitive'; desc: PrimitiveDescriptor }
  | { kind: 'class'; desc: string; name: string } // name in internal form
  | { kind: 'array'; desc: string; component: FieldType; dims: number };

export interface MethodDescriptor {
  /** One field descriptor per parameter (every value takes one local slot). */
  params: string[];
  /** A field descriptor, or 'V' for void. */
  ret: string;
}

const PRIMITIVES = 'ZBCSIJFD';
/** JVMS §4.4.1: an array type has at most 255 dimensions. */
const MAX_DIMS = 255;

/**
 * Reads one field descriptor of `s` starting at `pos`; returns the index just after it, or
 * -1 if no valid field descriptor starts there. Class names must be non-empty segments
 * separated by '/', without '.', ';' or '[' (JVMS §4.2.1, §4.2.2).
 */
export function scanFieldDescriptor(s: string, pos: number): number {
  let i = pos;
  while (s[i] === '[') i++;
  if (i - pos > MAX_DIMS) return -1;
  const c = s[i];
  if (c === undefined) return -1;
  if (PRIMITIVES.includes(c)) return i + 1;
  if (c !== 'L') return -1;
  const end = s.indexOf(';', i + 1);
  if (end < 0 || !isValidBinaryName(s.slice(i + 1, end))) return -1;
  return end + 1;
}

/** An internal class name: '/'-separated non-empty segments without '.', ';', '['. */
export function isValidBinaryName(name: string): boolean {
  if (name.length === 0) return false;
  return name.split('/').every((seg) => seg.length > 0 && !/[.;[]/.test(seg));
}

/** A name usable in a Class entry: an internal class name or an array descriptor. */
export function isValidClassEntryName(name: string): boolean {
  return name.startsWith('[') ? isValidFieldDescriptor(name) : isValidBinaryName(name);
}

export function isValidFieldDescriptor(desc: string): boolean {
  return desc.length > 0 && scanFieldDescriptor(desc, 0) === desc.length;
}

export function parseFieldDescriptor(desc: string): FieldType {
  if (!isValidFieldDescriptor(desc)) throw new ClassFormatError(`invalid field descriptor '${desc}'`);
  return toFieldType(desc);
}

function toFieldType(desc: string): FieldType {
  if (desc.startsWith('[')) {
    const component = toFieldType(desc.slice(1));
    return { kind: 'array', desc, component, dims: component.kind === 'array' ? component.dims + 1 : 1 };
  }
  if (desc.startsWith('L')) return { kind: 'class', desc, name: desc.slice(1, -1) };
  return { kind: 'primitive', desc: desc as PrimitiveDescriptor };
}

export function isValidMethodDescriptor(desc: string): boolean {
  return tryParseMethodDescriptor(desc) !== null;
}

export function parseMethodDescriptor(desc: string): MethodDescriptor {
  const md = tryParseMethodDescriptor(desc);
  if (!md) throw new ClassFormatError(`invalid method descriptor '${desc}'`);
  return md;
}

function tryParseMethodDescriptor(desc: string): MethodDescriptor | null {
  if (desc[0] !== '(') return null;
  const params: string[] = [];
  let i = 1;
  while (i < desc.length && desc[i] !== ')') {
    const end = scanFieldDescriptor(desc, i);
    if (end < 0) return null;
    params.push(desc.slice(i, end));
    i = end;
  }
  if (desc[i] !== ')') return null;
  const ret = desc.slice(i + 1);
  if (ret !== 'V' && !isValidFieldDescriptor(ret)) return null;
  // JVMS §4.3.3: at most 255 parameter slots (including `this`, checked by the verifier).
  if (params.length > 255) return null;
  return { params, ret };
}

/** The verification type of a value with this field descriptor (JVMS §4.10.1.2). */
export function slotTypeOf(desc: string): SlotType {
  switch (desc[0]) {
    case 'Z':
    case 'B':
    case 'C':
    case 'S':
    case 'I':
      return 'I';
    case 'J':
      return 'J';
    case 'F':
      return 'F';
    case 'D':
      return 'D';
    case 'L':
    case '[':
      return 'A';
    default:
      throw new ClassFormatError(`descriptor '${desc}' has no value slot type`);
  }
}

/** Primitive descriptor characters -> Java keywords (JLS §4.2), `V` -> void. */
export const JAVA_PRIMITIVE_NAMES: Readonly<Record<string, string>> = {
  Z: 'boolean',
  B: 'byte',
  C: 'char',
  S: 'short',
  I: 'int',
  J: 'long',
  F: 'float',
  D: 'double',
  V: 'void',
};

/** "[Ljava/lang/String;" -> "java.lang.String[]", "I" -> "int", "V" -> "void". */
export function descriptorToJavaName(desc: string): string {
  let dims = 0;
  while (desc[dims] === '[') dims++;
  const base = desc.slice(dims);
  const name =
    JAVA_PRIMITIVE_NAMES[base] ??
    (base.startsWith('L') && base.endsWith(';') ? base.slice(1, -1).replaceAll('/', '.') : base);
  return name + '[]'.repeat(dims);
}

/** "java/lang/String" -> "java.lang.String"; array Class-entry names become Java names too. */
export function internalToJavaName(name: string): string {
  return name.startsWith('[') ? descriptorToJavaName(name) : name.replaceAll('/', '.');
}

/** The descriptor of a class named in internal form ("java/lang/String" -> "Ljava/lang/String;"). */
export function classDescriptor(internalName: string): string {
  return internalName.startsWith('[') ? internalName : `L${internalName};`;
}
