// The checker's model of Java types (JLS §4) and the conversions between them (JLS §5):
// subtyping, assignment compatibility, primitive widening/narrowing, numeric promotion,
// descriptors and javac-style spelling. Handed on to the checker and the code generator.

import type { PrimitiveName } from './ast.ts';
import type { ClassSymbol } from './symbols.ts';

// ---------------------------------------------------------------- the Type union

export interface PrimitiveType {
  readonly kind: 'primitive';
  readonly name: PrimitiveName;
}
/** A class or interface type; the symbol says which. */
export interface ClassType {
  readonly kind: 'class';
  readonly symbol: ClassSymbol;
}
export interface ArrayType {
  readonly kind: 'array';
  readonly element: Type;
}
/** The type of `null` (JLS §4.1): a subtype of every reference type. */
export interface NullType {
  readonly kind: 'null';
}
/** Only as a method's return type or the type of a void method call expression. */
export interface VoidType {
  readonly kind: 'void';
}
/**
 * Stands for a type the checker could not determine after reporting an error; it is
 * compatible with everything so one mistake yields one diagnostic. Never reaches codegen
 * (a program with errors is not generated).
 */
export interface ErrorType {
  readonly kind: 'error';
}

export type Type = PrimitiveType | ClassType | ArrayType | NullType | VoidType | ErrorType;
export type ReferenceType = ClassType | ArrayType | NullType;

const prim = (name: PrimitiveName): PrimitiveType => ({ kind: 'primitive', name });

/** Shared singletons; compare primitives by `.name`, not identity, to be safe. */
export const T = {
  boolean: prim('boolean'),
  byte: prim('byte'),
  short: prim('short'),
  char: prim('char'),
  int: prim('int'),
  long: prim('long'),
  float: prim('float'),
  double: prim('double'),
  null: { kind: 'null' } as NullType,
  void: { kind: 'void' } as VoidType,
  error: { kind: 'error' } as ErrorType,
} as const;

export const primitive = (name: PrimitiveName): PrimitiveType => T[name];
export const classType = (symbol: ClassSymbol): ClassType => ({ kind: 'class', symbol });
export const arrayOf = (element: Type): ArrayType => ({ kind: 'array', element });

// ---------------------------------------------------------------- compile-time constants

/**
 * A compile-time constant value (JLS §15.29), tagged by its type. int/short/byte/char hold
 * a JS number already in range (char as its UTF-16 code unit); long a bigint in signed
 * 64-bit range; float a number already rounded with Math.fround; double a number.
 */
export type Constant =
  | { readonly type: 'int' | 'short' | 'byte' | 'char'; readonly value: number }
  | { readonly type: 'long'; readonly value: bigint }
  | { readonly type: 'float' | 'double'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'String'; readonly value: string };

// ---------------------------------------------------------------- predicates

export const isPrimitive = (t: Type): t is PrimitiveType => t.kind === 'primitive';
export const isReference = (t: Type): t is ReferenceType =>
  t.kind === 'class' || t.kind === 'array' || t.kind === 'null';
export const isPrim = (t: Type, name: PrimitiveName): boolean => t.kind === 'primitive' && t.name === name;
export const isBoolean = (t: Type): boolean => isPrim(t, 'boolean');
export const isNumeric = (t: Type): t is PrimitiveType => t.kind === 'primitive' && t.name !== 'boolean';
/** JLS §4.2.1: byte, short, int, long, char. */
export const isIntegral = (t: Type): t is PrimitiveType =>
  t.kind === 'primitive' && (t.name === 'byte' || t.name === 'short' || t.name === 'int' || t.name === 'long' || t.name === 'char');
export const isClassNamed = (t: Type, internalName: string): boolean =>
  t.kind === 'class' && t.symbol.internalName === internalName;
export const isString = (t: Type): boolean => isClassNamed(t, 'java/lang/String');

/** Structural equality (class types by symbol identity of their internal name). */
export function sameType(a: Type, b: Type): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'primitive':
      return a.name === (b as PrimitiveType).name;
    case 'class':
      return a.symbol.internalName === (b as ClassType).symbol.internalName;
    case 'array':
      return sameType(a.element, (b as ArrayType).element);
    default:
      return true;
  }
}

// ---------------------------------------------------------------- primitive conversions

/** JLS §5.1.2 widening primitive conversions: from -> the set of wider targets. */
export const WIDENING: Readonly<Record<PrimitiveName, readonly PrimitiveName[]>> = {
  boolean: [],
  byte: ['short', 'int', 'long', 'float', 'double'],
  short: ['int', 'long', 'float', 'double'],
  char: ['int', 'long', 'float', 'double'],
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
  double: [],
};

/** JLS §5.1.3 narrowing primitive conversions (and §5.1.4 byte->char widening+narrowing). */
export const NARROWING: Readonly<Record<PrimitiveName, readonly PrimitiveName[]>> = {
  boolean: [],
  byte: ['char'],
  short: ['byte', 'char'],
  char: ['byte', 'short'],
  int: ['byte', 'short', 'char'],
  long: ['byte', 'short', 'char', 'int'],
  float: ['byte', 'short', 'char', 'int', 'long'],
  double: ['byte', 'short', 'char', 'int', 'long', 'float'],
};

export const isWideningPrimitive = (from: PrimitiveName, to: PrimitiveName): boolean => WIDENING[from].includes(to);
export const isNarrowingPrimitive = (from: PrimitiveName, to: PrimitiveName): boolean => NARROWING[from].includes(to);

/** JLS §5.6.1 unary numeric promotion: byte/short/char -> int, others unchanged. */
export function unaryPromote(t: PrimitiveType): PrimitiveType {
  return t.name === 'byte' || t.name === 'short' || t.name === 'char' ? T.int : t;
}

/** JLS §5.6.2 binary numeric promotion of two numeric types. */
export function binaryPromote(a: PrimitiveType, b: PrimitiveType): PrimitiveType {
  if (a.name === 'double' || b.name === 'double') return T.double;
  if (a.name === 'float' || b.name === 'float') return T.float;
  if (a.name === 'long' || b.name === 'long') return T.long;
  return T.int;
}

// ---------------------------------------------------------------- subtyping (JLS §4.10)

/** Every class and interface reachable upward from `sym`, including `sym` itself. */
export function supertypesOf(sym: ClassSymbol): ClassSymbol[] {
  const seen = new Set<string>();
  const out: ClassSymbol[] = [];
  const visit = (s: ClassSymbol | null): void => {
    if (!s || seen.has(s.internalName)) return;
    seen.add(s.internalName);
    out.push(s);
    visit(s.superclass);
    for (const i of s.interfaces) visit(i);
  };
  visit(sym);
  return out;
}

export function isSubclassSymbol(sub: ClassSymbol, sup: ClassSymbol): boolean {
  if (sup.internalName === 'java/lang/Object') return true;
  return supertypesOf(sub).some((s) => s.internalName === sup.internalName);
}

/** JLS §4.10: is `sub` a subtype of `sup` (reflexive)? Primitives only to themselves. */
export function isSubtype(sub: Type, sup: Type): boolean {
  if (sub.kind === 'error' || sup.kind === 'error') return true;
  if (sub.kind === 'primitive' || sup.kind === 'primitive') return sameType(sub, sup);
  if (sub.kind === 'void' || sup.kind === 'void') return false;
  if (sub.kind === 'null') return true; // null <: every reference type, incl. null
  if (sup.kind === 'null') return false;
  if (sub.kind === 'class') return sup.kind === 'class' && isSubclassSymbol(sub.symbol, sup.symbol);
  // sub is an array (JLS §4.10.3)
  if (sup.kind === 'class') {
    const n = sup.symbol.internalName;
    return n === 'java/lang/Object' || n === 'java/lang/Cloneable' || n === 'java/io/Serializable';
  }
  if (sub.element.kind === 'primitive' || sup.element.kind === 'primitive') return sameType(sub.element, sup.element);
  return isSubtype(sub.element, sup.element);
}

/** Does an int constant fit in the target type (JLS §5.2 constant narrowing)? */
function constantFits(c: Constant, to: PrimitiveName): boolean {
  if (c.type !== 'int' && c.type !== 'short' && c.type !== 'char' && c.type !== 'byte') return false;
  const v = c.value;
  switch (to) {
    case 'byte':
      return v >= -128 && v <= 127;
    case 'short':
      return v >= -32768 && v <= 32767;
    case 'char':
      return v >= 0 && v <= 0xffff;
    default:
      return false;
  }
}

/**
 * JLS §5.2 assignment contexts without boxing: identity, widening primitive, widening
 * reference, and narrowing of an int/short/char/byte constant to byte/short/char when the
 * value fits. `constant` is the value's compile-time constant, if it has one.
 */
export function isAssignable(from: Type, to: Type, constant?: Constant | null): boolean {
  if (from.kind === 'error' || to.kind === 'error') return true;
  if (from.kind === 'primitive' && to.kind === 'primitive') {
    if (from.name === to.name || isWideningPrimitive(from.name, to.name)) return true;
    return constant != null && constantFits(constant, to.name);
  }
  if (from.kind === 'void' || to.kind === 'void') return false;
  if (from.kind === 'primitive' || to.kind === 'primitive') return false;
  return isSubtype(from, to);
}

/** JLS §5.3 strict/loose invocation contexts without boxing or constants. */
export function isMethodInvocationConvertible(from: Type, to: Type): boolean {
  return isAssignable(from, to, null);
}

// ---------------------------------------------------------------- descriptors and spelling

const PRIMITIVE_DESCRIPTOR: Readonly<Record<PrimitiveName, string>> = {
  boolean: 'Z',
  byte: 'B',
  short: 'S',
  char: 'C',
  int: 'I',
  long: 'J',
  float: 'F',
  double: 'D',
};
export const DESCRIPTOR_PRIMITIVE: Readonly<Record<string, PrimitiveName>> = Object.fromEntries(
  Object.entries(PRIMITIVE_DESCRIPTOR).map(([k, v]) => [v, k as PrimitiveName]),
);

/** JVMS §4.3.2 field descriptor: I, J, Ljava/lang/String;, [[I, V for void. */
export function descriptorOf(t: Type): string {
  switch (t.kind) {
    case 'primitive':
      return PRIMITIVE_DESCRIPTOR[t.name];
    case 'class':
      return `L${t.symbol.internalName};`;
    case 'array':
      return `[${descriptorOf(t.element)}`;
    case 'void':
      return 'V';
    case 'null':
    case 'error':
      return 'Ljava/lang/Object;';
  }
}

/** JVMS §4.3.3 method descriptor. */
export function methodDescriptor(params: readonly Type[], ret: Type): string {
  return `(${params.map(descriptorOf).join('')})${descriptorOf(ret)}`;
}

/**
 * The class-entry name for a reference type: the internal name for a class, the
 * descriptor for an array (as checkcast/anewarray/instanceof expect, JVMS §4.4.1).
 */
export function classEntryName(t: Type): string {
  if (t.kind === 'class') return t.symbol.internalName;
  return descriptorOf(t);
}

/** How javac spells a type in messages: int, int[], String, java.util.Foo -> Foo, <null>. */
export function typeToString(t: Type): string {
  switch (t.kind) {
    case 'primitive':
      return t.name;
    case 'class':
      return t.symbol.name;
    case 'array':
      return `${typeToString(t.element)}[]`;
    case 'null':
      return '<null>';
    case 'void':
      return 'void';
    case 'error':
      return '<any>';
  }
}
