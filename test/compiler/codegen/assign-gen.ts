// A generator of random assignment programs: =, every compound operator and ++/-- (pre and
// post, value used or not) on locals, static fields, instance fields reached through a
// counting call, and array elements indexed by a side-effecting expression, over byte,
// short, char, int, long, float and double. Prints each result so Ringfence's implicit
// narrowing, evaluate-once addressing and dup forms can be compared with java.

import { rng } from './control-gen.ts';

const TYPES = ['byte', 'short', 'char', 'int', 'long', 'float', 'double'] as const;
type T = (typeof TYPES)[number];
const INTEGRAL = new Set<T>(['byte', 'short', 'char', 'int', 'long']);

/** One variable of type t in each storage class, as source text. */
function targets(t: T): string[] {
  return [`l_${t}`, `s_${t}`, `obj().f_${t}`, `a_${t}[k++ % 3]`];
}

/** A readable (side-effect free) variable of type t. */
const reads = (t: T): string[] => [`l_${t}`, `s_${t}`, `o.f_${t}`, `a_${t}[1]`];

const LITERALS: Record<T, string[]> = {
  byte: ['(byte) -7', '(byte) 100'],
  short: ['(short) 300', '(short) -2'],
  char: ["'a'", "'\\uffff'", "'0'"],
  int: ['3', '-1', '0', '65', '2147483647', '-100000'],
  long: ['2L', '-3L', '0L', '9000000000L'],
  float: ['1.5f', '-0.0f', '3e9f'],
  double: ['0.1', '-2.5', '1e20'],
};

export function assignmentProgram(seed: number, steps: number): string {
  const rand = rng(seed);
  const pick = <X>(xs: readonly X[]): X => xs[Math.floor(rand() * xs.length)]!;
  const operand = (integralOnly: boolean): string => {
    const t = pick(integralOnly ? TYPES.filter((x) => INTEGRAL.has(x)) : TYPES);
    return rand() < 0.5 ? pick(LITERALS[t]) : pick(reads(t));
  };
  const lines: string[] = [];
  for (let i = 0; i < steps; i++) {
    const t = pick(TYPES);
    const target = pick(targets(t));
    const integral = INTEGRAL.has(t);
    const ops = ['=', '+=', '-=', '*=', '/=', '%=', '++pre', '--pre', '++post', '--post', ...(integral ? ['<<=', '>>=', '>>>=', '&=', '|=', '^='] : [])];
    const op = pick(ops);
    let expr: string;
    if (op.endsWith('pre')) expr = `${op.slice(0, 2)}${target}`;
    else if (op.endsWith('post')) expr = `${target}${op.slice(0, 2)}`;
    else if (op === '=') expr = `${target} = (${t}) (${operand(false)})`;
    else {
      const needsIntegral = ['<<=', '>>=', '>>>=', '&=', '|=', '^='].includes(op);
      expr = `${target} ${op} ${operand(needsIntegral)}`;
    }
    const used = rand() < 0.5;
    // chars print as numbers so a char like '\n' cannot split an output line
    const show = (e: string): string => (t === 'char' ? `(int) (${e})` : e);
    const stmt = used ? `out.append(${show(expr)}).append(' ');` : `${expr};`;
    lines.push(`try { ${stmt} } catch (ArithmeticException e) { out.append("AE "); }`);
    const state = [reads(t)[0]!, `s_${t}`, `o.f_${t}`, `a_${t}[0]`, `a_${t}[1]`, `a_${t}[2]`].map((e) => `.append(${show(e)}).append(' ')`).join('');
    lines.push(`out${state}.append("k=").append(k).append(" n=").append(calls);`);
    lines.push(`System.out.println(out); out.setLength(0);`);
  }
  const decl = (f: (t: T) => string): string[] => TYPES.map(f);
  return [
    'class Main {',
    ...decl((t) => `  static ${t} s_${t} = (${t}) 5;`),
    ...decl((t) => `  ${t} f_${t} = (${t}) 6;`),
    ...decl((t) => `  static ${t}[] a_${t} = { (${t}) 1, (${t}) 2, (${t}) 3 };`),
    '  static Main o = new Main();',
    '  static int k, calls;',
    '  static Main obj() { calls++; return o; }',
    '  public static void main(String[] args) {',
    '    StringBuilder out = new StringBuilder();',
    ...decl((t) => `    ${t} l_${t} = (${t}) 7;`),
    ...lines.map((l) => `    ${l}`),
    '  }',
    '}',
    '',
  ].join('\n');
}
