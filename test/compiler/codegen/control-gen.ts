// A generator of random but valid Java methods built from loops (for, do-while, labeled),
// switch with fallthrough, try/catch/finally, and break/continue/return/throw — each jump
// guarded by an `if` so nothing is unreachable (JLS §14.22). Every method logs what runs, so
// Ringfence and java must print the same trace. Deterministic for a seed.

/** mulberry32: a small seeded PRNG, so a seed names one program exactly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scope {
  /** Enclosing loop labels, innermost last (every loop gets a label). */
  loops: string[];
  /** Whether an unlabeled break has a target (a loop or switch encloses). */
  breakable: boolean;
  depth: number;
}

class MethodGen {
  private n = 0;
  constructor(private readonly rand: () => number) {}

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }
  private chance(p: number): boolean {
    return this.rand() < p;
  }
  private fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
  /** A condition that varies with the run's state, so guarded jumps sometimes fire. */
  private cond(): string {
    const k = 2 + Math.floor(this.rand() * 4);
    return this.pick([`(c++ % ${k} == p % ${k})`, `(c > ${k * 3})`, `((c ^ p) % ${k} == 0)`, `(p > ${k})`]);
  }

  block(s: Scope, count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(...this.statement(s));
    return out;
  }

  private statement(s: Scope): string[] {
    const simple = ['log', 'log', 'add', 'local'];
    const jumps = ['return', 'throw', ...(s.breakable ? ['break'] : []), ...(s.loops.length ? ['continue', 'breakLabel', 'continueLabel'] : [])];
    const nested = s.depth < 3 ? ['for', 'do', 'try', 'tryFinally', 'switch', 'stringSwitch', 'if'] : [];
    const kind = this.pick([...simple, ...jumps, ...nested, ...nested]);
    const tag = this.fresh('t');
    const deeper: Scope = { ...s, depth: s.depth + 1 };
    switch (kind) {
      case 'log':
        return [`log.append("${tag}").append(c).append(' ');`];
      case 'add':
        return [`c += ${1 + Math.floor(this.rand() * 5)};`];
      case 'local': {
        // Locals of several types, so slots are reused with different types across blocks.
        const v = this.fresh('v');
        return this.pick([
          [`long ${v} = c * 3L + p;`, `log.append(${v}).append(' ');`],
          [`String ${v} = "s" + c;`, `log.append(${v}.length()).append(' ');`],
          [`double ${v} = c / 2.0;`, `log.append(${v} > 1 ? "big " : "small ");`],
        ]);
      }
      case 'stringSwitch': {
        const inner: Scope = { ...s, breakable: true, depth: s.depth + 1 };
        return [
          `switch (c % 3 == 0 ? "Aa" : c % 3 == 1 ? "BB" : "z" + p) {`,
          `case "Aa": log.append("Aa ");`,
          ...this.block(inner, 1),
          `case "BB": log.append("BB "); break;`,
          `case "z1": log.append("z1 ");`,
          ...this.block(inner, 1),
          `default: log.append("other ");`,
          `}`,
        ];
      }
      case 'return':
        return [`if ${this.cond()} return log.append("R${tag}").toString();`];
      case 'throw':
        return [`if ${this.cond()} throw new RuntimeException("E${tag}:" + c);`];
      case 'break':
        return [`if ${this.cond()} { log.append("B${tag} "); break; }`];
      case 'continue':
        return [`if ${this.cond()} { log.append("C${tag} "); continue; }`];
      case 'breakLabel':
        return [`if ${this.cond()} { log.append("BL${tag} "); break ${this.pick(s.loops)}; }`];
      case 'continueLabel':
        return [`if ${this.cond()} { log.append("CL${tag} "); continue ${this.pick(s.loops)}; }`];
      case 'if':
        return [`if ${this.cond()} {`, ...this.block(deeper, 2), `} else {`, ...this.block(deeper, 1), `}`];
      case 'for': {
        const label = this.fresh('L');
        const i = this.fresh('i');
        const inner: Scope = { loops: [...s.loops, label], breakable: true, depth: s.depth + 1 };
        return [`${label}: for (int ${i} = 0; ${i} < 3; ${i}++) {`, `log.append("${label}:").append(${i}).append(' ');`, ...this.block(inner, 3), `}`];
      }
      case 'do': {
        const label = this.fresh('D');
        const d = this.fresh('d');
        const inner: Scope = { loops: [...s.loops, label], breakable: true, depth: s.depth + 1 };
        return [`int ${d} = 0;`, `${label}: do {`, ...this.block(inner, 3), `} while (++${d} < 2);`];
      }
      case 'switch': {
        const inner: Scope = { ...s, breakable: true, depth: s.depth + 1 };
        return [
          `switch ((c + p) % 4) {`,
          `case 0: log.append("s0 ");`,
          ...this.block(inner, 1),
          `case 1: log.append("s1 "); break;`,
          `default: log.append("sd ");`,
          ...this.block(inner, 1),
          `case 3: log.append("s3 ");`,
          `}`,
        ];
      }
      case 'try':
      case 'tryFinally': {
        const e = this.fresh('e');
        const lines = [`try {`, ...this.block(deeper, 3), `} catch (RuntimeException ${e}) {`, `log.append("catch ").append(${e}.getMessage()).append(' ');`];
        if (this.chance(0.5)) lines.push(...this.block(deeper, 1));
        if (kind === 'tryFinally') lines.push(`} finally {`, `log.append("F${tag} ");`, ...this.block(deeper, this.chance(0.5) ? 2 : 0));
        lines.push(`}`);
        return lines;
      }
    }
    throw new Error(`unknown statement kind ${kind}`);
  }
}

/** A complete program: `methods` random methods, each called with a few arguments from main. */
export function controlFlowProgram(seed: number, methods: number): string {
  const rand = rng(seed);
  const out = ['class Main {'];
  for (let m = 0; m < methods; m++) {
    const body = new MethodGen(rand).block({ loops: [], breakable: false, depth: 0 }, 4);
    out.push(
      `  @SuppressWarnings("finally")`,
      `  static String m${m}(int p) {`,
      `    StringBuilder log = new StringBuilder();`,
      `    int c = 0;`,
      ...body.map((l) => `    ${l}`),
      `    return log.append("end ").append(c).toString();`,
      `  }`,
    );
  }
  out.push('  public static void main(String[] args) {');
  out.push(`    for (int m = 0; m < ${methods}; m++) {`);
  out.push('      for (int p = 0; p < 4; p++) {');
  out.push('        try {');
  out.push('          String r;');
  out.push('          switch (m) {');
  for (let m = 0; m < methods; m++) out.push(`            case ${m}: r = m${m}(p); break;`);
  out.push('            default: r = "?";');
  out.push('          }');
  out.push('          System.out.println(m + "/" + p + " " + r);');
  out.push('        } catch (RuntimeException e) {');
  out.push('          System.out.println(m + "/" + p + " threw " + e.getMessage());');
  out.push('        }');
  out.push('      }');
  out.push('    }');
  out.push('  }');
  out.push('}');
  return out.join('\n') + '\n';
}
