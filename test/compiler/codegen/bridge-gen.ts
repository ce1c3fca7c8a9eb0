// A generator of random but valid class hierarchies with covariant overriding (JLS §8.4.8.3):
// interfaces extending interfaces, abstract and concrete classes implementing them, methods
// re-declared with return types narrowed along Object > Number > Integer, at every visibility
// that does not weaken access. Main calls every method of every concrete class through every
// supertype, so a missing or misrouted bridge changes the output. Deterministic for a seed.

import { rng } from './control-gen.ts';

const RETURNS = ['Object', 'Number', 'Integer'] as const; // each a subtype of the one before
const VISIBILITY = ['', 'protected ', 'public '] as const; // weakest first (JLS §8.4.8.3)

interface Decl {
  /** Index into RETURNS: higher is narrower. */
  ret: number;
  /** Index into VISIBILITY. */
  vis: number;
  isAbstract: boolean;
  owner: TypeDef;
}

interface TypeDef {
  name: string;
  isInterface: boolean;
  isAbstract: boolean;
  superclass: TypeDef | null;
  interfaces: TypeDef[];
  /** Declared methods by method index. */
  methods: Map<number, Decl>;
}

/** Every proper supertype of t (classes and interfaces), each once. */
function supertypes(t: TypeDef): TypeDef[] {
  const out: TypeDef[] = [];
  const visit = (s: TypeDef): void => {
    if (out.includes(s)) return;
    out.push(s);
    if (s.superclass) visit(s.superclass);
    s.interfaces.forEach(visit);
  };
  if (t.superclass) visit(t.superclass);
  t.interfaces.forEach(visit);
  return out;
}

/** The declaration a class inherits from its superclass chain (the nearest), if any. */
function fromSuperclasses(t: TypeDef, j: number): Decl | undefined {
  for (let s = t.superclass; s; s = s.superclass) {
    const d = s.methods.get(j);
    if (d) return d;
  }
  return undefined;
}

export interface GeneratedHierarchy {
  source: string;
  /** How many lines the program prints. */
  lines: number;
}

/** One program: `Main.java` with every type in it. */
export function hierarchyProgram(seed: number): GeneratedHierarchy {
  const rand = rng(seed);
  const chance = (p: number): boolean => rand() < p;
  const between = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const methodCount = 3;
  const types: TypeDef[] = [];
  const interfaces: TypeDef[] = [];
  const classes: TypeDef[] = [];

  for (let k = 0; k < 4; k++) {
    const t: TypeDef = { name: `I${k}`, isInterface: true, isAbstract: true, superclass: null, interfaces: interfaces.filter(() => chance(0.35)), methods: new Map() };
    declareMethods(t);
    interfaces.push(t);
    types.push(t);
  }
  for (let k = 0; k < 7; k++) {
    const t: TypeDef = {
      name: `C${k}`,
      isInterface: false,
      isAbstract: chance(0.3),
      superclass: classes.length > 0 && chance(0.75) ? classes[Math.floor(rand() * classes.length)]! : null,
      interfaces: interfaces.filter(() => chance(0.3)),
      methods: new Map(),
    };
    declareMethods(t);
    classes.push(t);
    types.push(t);
  }

  /** Chooses which methods `t` declares so that every JLS §8.4.8 rule holds. */
  function declareMethods(t: TypeDef): void {
    for (let j = 0; j < methodCount; j++) {
      const inherited = supertypes(t).flatMap((s) => (s.methods.has(j) ? [s.methods.get(j)!] : []));
      const minRet = Math.max(0, ...inherited.map((d) => d.ret));
      const minVis = Math.max(0, ...inherited.map((d) => d.vis));
      let must = false;
      if (!t.isInterface) {
        const impl = fromSuperclasses(t, j);
        const concrete = impl && !impl.isAbstract ? impl : undefined;
        // An inherited implementation must fit every inherited declaration (JLS §8.4.8.3, §8.4.8.4).
        if (concrete && (concrete.ret < minRet || concrete.vis < minVis)) must = true;
        // A concrete class must implement every abstract method it inherits (JLS §8.1.1.1).
        if (!t.isAbstract && inherited.some((d) => d.isAbstract) && !concrete) must = true;
      }
      if (!must && !chance(inherited.length > 0 ? 0.45 : 0.3)) continue;
      const isAbstract = t.isInterface || (t.isAbstract && chance(0.3));
      t.methods.set(j, {
        ret: between(minRet, RETURNS.length - 1),
        vis: t.isInterface ? 2 : between(minVis, VISIBILITY.length - 1),
        isAbstract,
        owner: t,
      });
    }
  }

  const out: string[] = [];
  for (const t of types) {
    const ext = t.isInterface
      ? t.interfaces.length > 0 ? ` extends ${t.interfaces.map((i) => i.name).join(', ')}` : ''
      : (t.superclass ? ` extends ${t.superclass.name}` : '') + (t.interfaces.length > 0 ? ` implements ${t.interfaces.map((i) => i.name).join(', ')}` : '');
    out.push(`${t.isInterface ? 'interface' : t.isAbstract ? 'abstract class' : 'class'} ${t.name}${ext} {`);
    for (const [j, d] of t.methods) {
      const head = `${t.isInterface ? '' : VISIBILITY[d.vis]}${d.isAbstract && !t.isInterface ? 'abstract ' : ''}${RETURNS[d.ret]} m${j}()`;
      out.push(d.isAbstract ? `    ${head};` : `    ${head} { return Integer.valueOf(${types.indexOf(t) * 10 + j}); }`);
    }
    out.push('}');
  }

  // Every concrete class, seen as itself and as each supertype that has the method.
  const calls: string[] = [];
  for (const c of classes.filter((t) => !t.isAbstract)) {
    for (const view of [c, ...supertypes(c)]) {
      for (let j = 0; j < methodCount; j++) {
        if (![view, ...supertypes(view)].some((s) => s.methods.has(j))) continue;
        calls.push(`        System.out.println("${c.name} as ${view.name}: m${j} " + ((${view.name}) new ${c.name}()).m${j}());`);
      }
    }
  }
  out.push('public class Main {', '    public static void main(String[] args) {', ...calls, '    }', '}');
  return { source: `${out.join('\n')}\n`, lines: calls.length };
}
