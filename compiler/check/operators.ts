// Typing rules of Java's operators on already-typed operands (JLS §15.15-15.25, §5.5):
// unary and binary operators, conditional ?:, casting legality and the least upper bound
// of two reference types. Records operandTypes and stringConcat; reports bad operands.

import type { Binary, PrimitiveName, Span, UnaryOp } from '../ast.ts';
import type { ClassSymbol } from '../symbols.ts';
import {
  T,
  binaryPromote,
  classType,
  isAssignable,
  isBoolean,
  isIntegral,
  isNumeric,
  isPrim,
  isReference,
  isString,
  isSubclassSymbol,
  isSubtype,
  sameType,
  supertypesOf,
  typeToString,
  unaryPromote,
  type Constant,
  type Type,
} from '../types.ts';
import type { Checker } from './context.ts';

const isErr = (t: Type): boolean => t.kind === 'error';

const UNBOXED: Readonly<Record<string, PrimitiveName>> = {
  'java/lang/Boolean': 'boolean',
  'java/lang/Byte': 'byte',
  'java/lang/Short': 'short',
  'java/lang/Character': 'char',
  'java/lang/Integer': 'int',
  'java/lang/Long': 'long',
  'java/lang/Float': 'float',
  'java/lang/Double': 'double',
};

/** The primitive a box class unboxes to (JLS §5.1.8), or null. */
export function unboxedOf(t: Type): PrimitiveName | null {
  return t.kind === 'class' ? UNBOXED[t.symbol.internalName] ?? null : null;
}

/**
 * When an operator got a box-class operand that javac would have unboxed, says so
 * (autoboxing is outside the subset) and returns true.
 */
function reportUnboxing(chk: Checker, span: Span, ...operands: Type[]): boolean {
  const boxed = operands.find((t) => unboxedOf(t) !== null);
  if (!boxed) return false;
  chk.report('BoxingNotSupported', span, typeToString(boxed), unboxedOf(boxed)!);
  return true;
}

/** Types of unary operators (JLS §15.15); reports a bad operand and returns T.error. */
export function unaryType(chk: Checker, op: UnaryOp, t: Type, span: Span): Type {
  if (isErr(t)) return T.error;
  const ok =
    op === '!' ? isBoolean(t) : op === '~' ? isIntegral(t) : isNumeric(t);
  if (!ok) {
    if (!reportUnboxing(chk, span, t)) chk.report('BadOperandTypeUnary', span, op.replace(/pre|post/, ''), typeToString(t));
    return T.error;
  }
  if (op === '!') return T.boolean;
  if (op === 'pre++' || op === 'pre--' || op === 'post++' || op === 'post--') return t;
  return unaryPromote(t as Extract<Type, { kind: 'primitive' }>);
}

/**
 * Type of `l op r` (JLS §15.17-15.24). Records the operation type in operandTypes, or the
 * node in stringConcat for string +. Returns T.error after reporting bad operands.
 */
export function binaryType(chk: Checker, e: Binary, l: Type, r: Type): Type {
  if (isErr(l) || isErr(r)) return T.error;
  const op = e.op;
  const bad = (): Type => {
    if (!reportUnboxing(chk, e.span, l, r)) chk.report('BadOperandTypesBinary', e.span, op, typeToString(l), typeToString(r));
    return T.error;
  };
  if (l.kind === 'void' || r.kind === 'void') {
    chk.report('VoidNotAllowed', l.kind === 'void' ? e.left.span : e.right.span);
    return T.error;
  }
  if (op === '+' && (isString(l) || isString(r))) {
    chk.out.stringConcat.add(e);
    return chk.stringType;
  }
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%': {
      if (!isNumeric(l) || !isNumeric(r)) return bad();
      const p = binaryPromote(l, r);
      chk.out.operandTypes.set(e, p);
      return p;
    }
    case '<<':
    case '>>':
    case '>>>': {
      if (!isIntegral(l) || !isIntegral(r)) return bad();
      const p = unaryPromote(l);
      chk.out.operandTypes.set(e, p);
      return p;
    }
    case '<':
    case '>':
    case '<=':
    case '>=':
      if (!isNumeric(l) || !isNumeric(r)) return bad();
      chk.out.operandTypes.set(e, binaryPromote(l, r));
      return T.boolean;
    case '==':
    case '!=':
      return equalityType(chk, e, l, r);
    case '&':
    case '|':
    case '^':
      if (isBoolean(l) && isBoolean(r)) {
        chk.out.operandTypes.set(e, T.boolean);
        return T.boolean;
      }
      if (isIntegral(l) && isIntegral(r)) {
        const p = binaryPromote(l, r);
        chk.out.operandTypes.set(e, p);
        return p;
      }
      return bad();
    case '&&':
    case '||':
      if (!isBoolean(l) || !isBoolean(r)) return bad();
      chk.out.operandTypes.set(e, T.boolean);
      return T.boolean;
  }
}

/** JLS §15.21: numeric, boolean or reference equality; no unboxing. */
function equalityType(chk: Checker, e: Binary, l: Type, r: Type): Type {
  if (isNumeric(l) && isNumeric(r)) {
    chk.out.operandTypes.set(e, binaryPromote(l, r));
    return T.boolean;
  }
  if (isBoolean(l) && isBoolean(r)) {
    chk.out.operandTypes.set(e, T.boolean);
    return T.boolean;
  }
  if (isReference(l) && isReference(r)) {
    if (!isCastable(l, r) && !isCastable(r, l)) {
      chk.report('IncomparableTypes', e.span, typeToString(l), typeToString(r));
      return T.error;
    }
    chk.out.operandTypes.set(e, l.kind === 'null' ? r : l);
    return T.boolean;
  }
  if (l.kind === 'primitive' && r.kind === 'primitive') chk.report('IncomparableTypes', e.span, typeToString(l), typeToString(r));
  else if ((l.kind === 'primitive' || r.kind === 'primitive') && reportUnboxing(chk, e.span, l, r)) return T.error;
  else chk.report('BadOperandTypesBinary', e.span, e.op, typeToString(l), typeToString(r));
  return T.error;
}

// ---------------------------------------------------------------- casts (JLS §5.5)

const isObjectLike = (s: ClassSymbol): boolean =>
  s.internalName === 'java/lang/Object' || s.internalName === 'java/lang/Cloneable' || s.internalName === 'java/io/Serializable';

/** Is a cast from `s` to `t` legal at compile time (JLS §5.5, no boxing)? */
export function isCastable(s: Type, t: Type): boolean {
  if (isErr(s) || isErr(t)) return true;
  if (s.kind === 'void' || t.kind === 'void') return false;
  if (s.kind === 'primitive' || t.kind === 'primitive') {
    if (s.kind !== 'primitive' || t.kind !== 'primitive') return false;
    return isBoolean(s) === isBoolean(t);
  }
  if (s.kind === 'null') return true;
  if (t.kind === 'null') return false;
  if (s.kind === 'class' && t.kind === 'class') return classesCastable(s.symbol, t.symbol);
  if (s.kind === 'array' && t.kind === 'array') {
    const a = s.element;
    const b = t.element;
    if (a.kind === 'primitive' || b.kind === 'primitive') return sameType(a, b);
    return isCastable(a, b);
  }
  if (s.kind === 'array' && t.kind === 'class') return isObjectLike(t.symbol);
  if (s.kind === 'class' && t.kind === 'array') return isObjectLike(s.symbol);
  return false;
}

function classesCastable(s: ClassSymbol, t: ClassSymbol): boolean {
  if (isSubclassSymbol(s, t) || isSubclassSymbol(t, s)) return true;
  const finalFlag = 0x0010;
  if (s.isInterface && t.isInterface) return true;
  if (s.isInterface) return (t.access & finalFlag) === 0;
  if (t.isInterface) return (s.access & finalFlag) === 0;
  return false;
}

// ---------------------------------------------------------------- conditional ?: (JLS §15.25)

/** Least upper bound of two class/array types, erased to one class type (JLS §4.10.4). */
export function lub(chk: Checker, a: Type, b: Type): Type {
  if (isSubtype(a, b)) return b;
  if (isSubtype(b, a)) return a;
  const object = chk.typeOf('java/lang/Object');
  if (a.kind !== 'class' || b.kind !== 'class') return object;
  const common = supertypesOf(a.symbol).filter((s) => isSubclassSymbol(b.symbol, s) && s.internalName !== 'java/lang/Object');
  // minimal elements: no other common supertype is below them
  const minimal = common.filter((s) => !common.some((o) => o !== s && isSubclassSymbol(o, s)));
  const cls = minimal.find((s) => !s.isInterface) ?? minimal[0];
  return cls ? classType(cls) : object;
}

/**
 * Type of `c ? x : y` given the branch types and constants (JLS §15.25 tables, without
 * boxing). Returns null when the branches do not fit together (caller reports).
 */
export function conditionalType(chk: Checker, x: Type, y: Type, cx: Constant | null, cy: Constant | null): Type | null {
  if (isErr(x) || isErr(y)) return T.error;
  if (x.kind === 'void' || y.kind === 'void') return null;
  if (sameType(x, y)) return x;
  if (isBoolean(x) || isBoolean(y)) return null;
  if (isNumeric(x) && isNumeric(y)) {
    if ((isPrim(x, 'byte') && isPrim(y, 'short')) || (isPrim(x, 'short') && isPrim(y, 'byte'))) return T.short;
    for (const [small, other, c] of [[x, y, cy], [y, x, cx]] as const) {
      const narrow = isPrim(small, 'byte') || isPrim(small, 'short') || isPrim(small, 'char');
      if (narrow && isPrim(other, 'int') && c && isAssignable(other, small, c)) return small;
    }
    return binaryPromote(x, y);
  }
  if (isReference(x) && isReference(y)) {
    if (x.kind === 'null') return y;
    if (y.kind === 'null') return x;
    return lub(chk, x, y);
  }
  return null; // primitive vs reference would need boxing
}
