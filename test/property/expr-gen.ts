// fast-check generators for random, well-typed Java arithmetic: expressions over int, long,
// float, double and char (literals incl. edge values, variables, every arithmetic, bitwise and
// shift operator, casts, comparisons, ternaries), compound-assignment / ++ -- statements,
// conditions in branch position, and string concatenation of the results.
// Hands on `batchProgram`, which turns a batch into one Java program printing one line per item.

import fc from 'fast-check';

export type NumType = 'int' | 'long' | 'float' | 'double' | 'char';
type ExprType = NumType | 'boolean';
const NUM_TYPES: readonly NumType[] = ['int', 'long', 'float', 'double', 'char'];

/** One generated line: Java statements that print exactly one line. */
export interface Item {
  /** The Java source of the statement(s), wrapped by the program in a try/catch. */
  code: string;
}

// ---------------------------------------------------------------- literals

const INT_EDGES = [0, 1, -1, 2, 7, 31, 32, 33, 63, 64, 255, 256, 65535, 65536, 0x7fffffff, -0x80000000, 46341, -46341];
const LONG_EDGES = [0n, 1n, -1n, 63n, 64n, 0x7fffffffn, -0x80000000n, 0x100000000n, 0x7fffffffffffffffn, -0x8000000000000000n, 3037000500n];
const DOUBLE_EDGES = [0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1e10, 1e-10, 2147483647.5, 2147483648, -2147483649, 9.3e18, 1e20,
  Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, 16777217, 9007199254740993];
const CHAR_EDGES = [0, 1, 48, 65, 97, 127, 128, 255, 0x7fff, 0x8000, 0xffff];

const intLiteral = fc.oneof(fc.constantFrom(...INT_EDGES), fc.integer({ min: -1000, max: 1000 }), fc.integer()).map(javaInt);
const longLiteral = fc.oneof(fc.constantFrom(...LONG_EDGES), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })).map(javaLong);
const doubleLiteral = fc.oneof(fc.constantFrom(...DOUBLE_EDGES), fc.double(), fc.integer({ min: -100, max: 100 }).map((n) => n / 8)).map(javaDouble);
const floatLiteral = fc.oneof(fc.constantFrom(...DOUBLE_EDGES), fc.float(), fc.integer({ min: -100, max: 100 }).map((n) => n / 8)).map(javaFloat);
const charLiteral = fc.oneof(fc.constantFrom(...CHAR_EDGES), fc.integer({ min: 0, max: 0xffff })).map((c) => `((char) ${c})`);

export function javaInt(n: number): string {
  return n < 0 ? `(${n})` : `${n}`;
}
export function javaLong(n: bigint): string {
  return n < 0n ? `(${n}L)` : `${n}L`;
}
export function javaDouble(x: number): string {
  if (Number.isNaN(x)) return 'Double.NaN';
  if (x === Infinity) return 'Double.POSITIVE_INFINITY';
  if (x === -Infinity) return 'Double.NEGATIVE_INFINITY';
  if (Object.is(x, -0)) return '(-0.0)';
  return x < 0 ? `(-${String(-x)}d)` : `${String(x)}d`;
}
export function javaFloat(x: number): string {
  const f = Math.fround(x);
  if (Number.isNaN(f)) return 'Float.NaN';
  if (f === Infinity) return 'Float.POSITIVE_INFINITY';
  if (f === -Infinity) return 'Float.NEGATIVE_INFINITY';
  if (Object.is(f, -0)) return '(-0.0f)';
  // The double spelling of a float value rounds back to exactly that float.
  return f < 0 ? `(-${String(-f)}f)` : `${String(f)}f`;
}

// ---------------------------------------------------------------- variables

/** Static fields the program declares: three of each type, initialized from edge-ish values. */
export const VARIABLES: Record<NumType, readonly string[]> = {
  int: ['i0', 'i1', 'i2'],
  long: ['l0', 'l1', 'l2'],
  float: ['f0', 'f1', 'f2'],
  double: ['d0', 'd1', 'd2'],
  char: ['c0', 'c1', 'c2'],
};

export const variableInits = fc.record({
  i0: intLiteral, i1: intLiteral, i2: intLiteral, l0: longLiteral, l1: longLiteral, l2: longLiteral,
  f0: floatLiteral, f1: floatLiteral, f2: floatLiteral, d0: doubleLiteral, d1: doubleLiteral, d2: doubleLiteral,
  c0: charLiteral, c1: charLiteral, c2: charLiteral,
});

// ---------------------------------------------------------------- expressions

const INTEGRAL_OPS = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '>>>'] as const;
const FLOATING_OPS = ['+', '-', '*', '/', '%'] as const;
const COMPARISONS = ['<', '<=', '>', '>=', '==', '!='] as const;
const SHIFTS: readonly string[] = ['<<', '>>', '>>>'];

/** Binary numeric promotion (JLS 5.6.2) of two operand types. */
function promote(a: NumType, b: NumType): NumType {
  if (a === 'double' || b === 'double') return 'double';
  if (a === 'float' || b === 'float') return 'float';
  if (a === 'long' || b === 'long') return 'long';
  return 'int';
}

function literal(t: NumType): fc.Arbitrary<string> {
  return { int: intLiteral, long: longLiteral, float: floatLiteral, double: doubleLiteral, char: charLiteral }[t];
}

/** An expression whose static type is exactly `t`, at most `depth` operators deep. */
export function expr(t: ExprType, depth: number): fc.Arbitrary<string> {
  if (t === 'boolean') return boolExpr(depth);
  const leaf = fc.oneof({ weight: 3, arbitrary: literal(t) }, { weight: 2, arbitrary: fc.constantFrom(...VARIABLES[t]) });
  if (depth <= 0) return leaf;
  const sub = (u: ExprType) => expr(u, depth - 1);
  const anyNum = fc.constantFrom(...NUM_TYPES);
  const options: fc.Arbitrary<string>[] = [leaf, leaf];
  // A cast from any numeric type.
  options.push(anyNum.chain((u) => sub(u)).map((e) => `((${t}) ${e})`));
  // A ternary with both arms of type t.
  options.push(fc.tuple(sub('boolean'), sub(t), sub(t)).map(([c, a, b]) => `(${c} ? ${a} : ${b})`));
  if (t === 'char') return fc.oneof(...options);
  // Binary operators whose promoted type is t: pick operand types that promote to t.
  const operandPairs = NUM_TYPES.flatMap((a) => NUM_TYPES.map((b) => [a, b] as const)).filter(([a, b]) => promote(a, b) === t);
  const floating = t === 'float' || t === 'double';
  const ops = (floating ? FLOATING_OPS : INTEGRAL_OPS).filter((op) => !SHIFTS.includes(op));
  options.push(
    fc.tuple(fc.constantFrom(...operandPairs), fc.constantFrom(...ops)).chain(([[a, b], op]) =>
      fc.tuple(sub(a), sub(b)).map(([x, y]) => `(${x} ${op} ${y})`),
    ),
  );
  if (!floating) {
    // Shifts: the result type is the promoted LEFT operand alone (JLS 15.19); the distance may be
    // int, long or char and is masked to 5 or 6 bits.
    const left = fc.constantFrom<NumType>(...(t === 'long' ? (['long'] as const) : (['int', 'char'] as const)));
    const right = fc.constantFrom<NumType>('int', 'long', 'char');
    options.push(
      fc.tuple(left, right, fc.constantFrom(...SHIFTS)).chain(([l, r, op]) =>
        fc.tuple(sub(l), sub(r)).map(([x, y]) => `(${x} ${op} ${y})`),
      ),
    );
  }
  options.push(sub(t).map((e) => `(-${e})`));
  if (!floating) options.push(sub(t).map((e) => `(~${e})`));
  return fc.oneof(...options);
}

function boolExpr(depth: number): fc.Arbitrary<string> {
  const cmp = fc
    .tuple(fc.constantFrom(...NUM_TYPES), fc.constantFrom(...NUM_TYPES), fc.constantFrom(...COMPARISONS))
    .chain(([a, b, op]) => fc.tuple(expr(a, Math.max(0, depth - 1)), expr(b, Math.max(0, depth - 1))).map(([x, y]) => `(${x} ${op} ${y})`));
  if (depth <= 1) return fc.oneof(cmp, fc.constantFrom('true', 'false'));
  const sub = boolExpr(depth - 1);
  return fc.oneof(
    cmp,
    cmp,
    fc.tuple(sub, sub, fc.constantFrom('&&', '||', '&', '|', '^', '==', '!=')).map(([a, b, op]) => `(${a} ${op} ${b})`),
    sub.map((e) => `(!${e})`),
  );
}

/** Prints an expression's value; chars are printed as their code so no encoding is involved. */
function printItem(t: ExprType, e: string): Item {
  return { code: t === 'char' ? `System.out.println((int) ${e});` : `System.out.println(${e});` };
}

const COMPOUND_OPS = ['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '>>>='] as const;

/** A compound assignment (implicit narrowing, JLS 15.26.2) or ++/-- on a copy of a variable. */
function compoundItem(depth: number): fc.Arbitrary<Item> {
  return fc.tuple(fc.constantFrom(...NUM_TYPES), fc.constantFrom(...NUM_TYPES)).chain(([target, source]) => {
    const floatingInvolved = ['float', 'double'].includes(target) || ['float', 'double'].includes(source);
    const ops = floatingInvolved ? COMPOUND_OPS.slice(0, 5) : COMPOUND_OPS;
    const shown = target === 'char' ? '(int) t' : 't';
    return fc
      .tuple(fc.constantFrom(...VARIABLES[target]), fc.constantFrom(...ops, '++pre', 'post--'), expr(source, depth))
      .map(([v, op, e]) => {
        const update = op === '++pre' ? `System.out.print(${target === 'char' ? '(int) ' : ''}(++t) + " ");`
          : op === 'post--' ? `System.out.print(${target === 'char' ? '(int) ' : ''}(t--) + " ");`
          : `t ${op} ${e};`;
        return { code: `{ ${target} t = ${v}; ${update} System.out.println(${shown}); }` };
      });
  });
}

/**
 * A condition used in branch position (if, negated if, while, ternary), where compilers emit
 * conditional jumps instead of materializing a boolean, so branch polarity bugs show up.
 */
function branchItem(depth: number): fc.Arbitrary<Item> {
  return boolExpr(depth).map((c) => ({
    code: `{ int n = 0; if (${c}) n |= 1; if (!${c}) n |= 2; int k = 0; while (k < 3 && ${c}) k++; ` +
      `System.out.println(n + " " + k + " " + (${c} ? 'y' : 'n')); }`,
  }));
}

/** String concatenation of two values (chars excluded so no encoding is involved). */
function concatItem(depth: number): fc.Arbitrary<Item> {
  const t = fc.constantFrom<ExprType>('int', 'long', 'float', 'double', 'boolean');
  return fc.tuple(t, t).chain(([a, b]) =>
    fc.tuple(expr(a, depth - 1), expr(b, depth - 1)).map(([x, y]) => ({ code: `System.out.println("" + ${x} + "," + ${y});` })),
  );
}

/** One line of output: mostly expressions of every type, plus compound assignments, branches and concatenation. */
export function item(depth: number): fc.Arbitrary<Item> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom<ExprType>(...NUM_TYPES, 'boolean').chain((t) => expr(t, depth).map((e) => printItem(t, e))) },
    { weight: 2, arbitrary: compoundItem(depth) },
    { weight: 2, arbitrary: branchItem(depth) },
    { weight: 1, arbitrary: concatItem(depth) },
  );
}

/**
 * A whole program: the variables as static fields (so nothing is constant-folded unless it is
 * built from literals only), and the items split over several methods (each kept small), each
 * statement guarded so an ArithmeticException prints "AE <message>" instead of ending the run.
 */
export function batchProgram(inits: Record<string, string>, items: readonly Item[], perMethod = 40): string {
  const fields = Object.entries(VARIABLES).flatMap(([t, names]) => names.map((n) => `    static ${t} ${n} = ${inits[n]};`));
  const methods: string[] = [];
  for (let m = 0; m * perMethod < items.length; m++) {
    const body = items
      .slice(m * perMethod, (m + 1) * perMethod)
      .map((it) => `        try { ${it.code} } catch (ArithmeticException e) { System.out.println("AE " + e.getMessage()); }`);
    methods.push(`    static void part${m}() {\n${body.join('\n')}\n    }`);
  }
  const calls = methods.map((_, m) => `        part${m}();`).join('\n');
  return `class Main {\n${fields.join('\n')}\n${methods.join('\n')}\n    public static void main(String[] args) {\n${calls}\n    }\n}\n`;
}
