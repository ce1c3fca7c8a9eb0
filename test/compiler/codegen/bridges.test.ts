// Bridge methods (compiler/codegen/bridges.ts). Every program under bridges/ (a .java file or a
// directory of files) is compiled by Ringfence and run on the VM, which verifies each class,
// and must print its `// expect:` lines (recorded from JDK 17). When java is on PATH the
// recordings are re-checked against java, and each class's bridges — name, descriptor, flags,
// order, line and the call inside — must be exactly those javac emits (read with javap -v).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../compiler/compile.ts';
import { Access } from '../../../vm/bytecode/classfile.ts';
import { disassemble } from '../../../vm/bytecode/disassembler.ts';
import { javaStatus, javacBatch, mapLimit, runJava, type RunResult } from '../../support/java-oracle.ts';
import { expected, observe, traceShape } from '../../support/observe.ts';
import { loadProgram, outputLines } from '../../support/programs.ts';
import { buildClass, verifyResult } from '../../vm/verifier/helpers.ts';
import { compileWith, javacBridges, ourBridges, runClasses, sources, type BridgeTable } from './bridge-tables.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'bridges');
const programs = readdirSync(DIR)
  .filter((e) => e.endsWith('.java') || statSync(join(DIR, e)).isDirectory())
  .sort()
  .map((e) => loadProgram(join(DIR, e), e));

// ------------------------------------------------------------------ the tests

describe('bridge method programs on Ringfence', () => {
  for (const p of programs) {
    it(`${p.name} prints what java printed when recorded`, () => {
      const r = runClasses(compileWith(sources(p)), p.mainClass);
      expect(observe(r), `stderr:\n${r.stderr}`).toEqual(expected(p));
    });
  }

  it('the covariant programs do get bridges, with ACC_BRIDGE | ACC_SYNTHETIC and no final', () => {
    const table = ourBridges(compileWith(sources(programs.find((p) => p.name === 'modifiers.java')!)));
    expect(table['Dog']).toEqual(['sound()Ljava/lang/Object; 0x1041 line 8 -> invokevirtual Dog.sound:()Ljava/lang/String;']);
    expect(table['Puppy']).toEqual(['mate()LAnimal; 0x1040 line 11 -> invokevirtual Puppy.mate:()LPuppy;']);
    expect(table['Animal']).toEqual([]);
  });

  it('ringfence disasm shows a bridge with its flags and the call it makes', () => {
    const classes = compileWith(sources(programs.find((p) => p.name === 'inherited_implementation.java')!));
    const text = disassemble(classes.get('Leaf')!);
    expect(text).toContain('.method public bridge synthetic get()Ljava/lang/Object;');
    expect(text).toContain('invokespecial Middle.get:()Ljava/lang/String;');
    expect(text).toContain('.method public bridge synthetic size()Ljava/lang/Number;');
  });

  it('the verifier accepts a public bridge in an interface, and still no other concrete interface method', () => {
    const itf = { name: 'test/Itf', access: Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT };
    const body = { name: 'm', desc: '()Ljava/lang/Object;', code: 'aload 0\nareturn', stack: 1, locals: 1 };
    const bridge = Access.PUBLIC | Access.BRIDGE | Access.SYNTHETIC;
    expect(verifyResult(buildClass({ ...itf, methods: [{ ...body, access: bridge }] }))).toBeNull();
    expect(verifyResult(buildClass({ ...itf, methods: [{ ...body, access: Access.PUBLIC }] }))?.reason).toContain('public abstract');
    expect(verifyResult(buildClass({ ...itf, methods: [{ ...body, access: bridge | Access.STATIC }] }))?.reason).toContain('public abstract');
  });

  it('a library compiled on its own: its bridges are found in its class files, and not seen as overloads', () => {
    const p = programs.find((q) => q.name === 'separate')!;
    const lib = compileWith(sources(p).filter((f) => f.path.startsWith('lib/')));
    const app = compileWith(sources(p).filter((f) => f.path.startsWith('app/')), lib);
    expect([...app.keys()].sort()).toEqual(['app/Main', 'app/Twig']);
    expect(ourBridges(app)['app/Twig']).toEqual(ourBridges(compileWith(sources(p)))['app/Twig']);
    const r = runClasses(new Map([...lib, ...app]), p.mainClass);
    expect(observe(r), `stderr:\n${r.stderr}`).toEqual(expected(p));
  });
});

describe(`bridge method programs against ${javaStatus().java ? 'java and javap now' : `nothing (java absent: ${javaStatus().reason})`}`, () => {
  const java = javaStatus().java;
  const runs = new Map<string, RunResult>();
  const javac = new Map<string, BridgeTable>();

  beforeAll(async () => {
    if (!java) return;
    const verdicts = javacBatch(programs);
    verdicts.forEach((v, i) => {
      if (!v.ok) throw new Error(`javac rejected ${programs[i]!.name}:\n${v.errors}`);
    });
    const tables = javacBridges(verdicts.map((v) => v.classDir));
    tables.forEach((t, i) => javac.set(programs[i]!.name, t));
    const results = await mapLimit(programs, 2, (p, i) => runJava(verdicts[i]!.classDir, p.mainClass, p.args));
    results.forEach((r, i) => runs.set(programs[i]!.name, r));
  }, 120_000);

  for (const p of programs) {
    it(`${p.name}: recorded output, stack trace and every class's bridges agree with ${java ? 'java' : 'the recording'}`, () => {
      const classes = compileWith(sources(p));
      const r = runClasses(classes, p.mainClass);
      const theirs = runs.get(p.name);
      if (!theirs) {
        // Without java, the recording must still describe this run.
        expect(observe(r)).toEqual(expected(p));
        return;
      }
      expect(expected(p), 'the recorded // expect lines are stale').toEqual(observe(theirs));
      expect(traceShape(r.stderr)).toEqual(traceShape(theirs.stderr));
      expect(ourBridges(classes)).toEqual(javac.get(p.name));
    });
  }

  it('javac emits bridges in these programs at all (the javap reading is not vacuous)', () => {
    if (!java) {
      expect(javaStatus().reason).not.toBe('');
      return;
    }
    const count = [...javac.values()].reduce((n, t) => n + Object.values(t).flat().length, 0);
    expect(count).toBeGreaterThan(15);
  });
});

// ------------------------------------------------------------------ a bridge in an interface, run

/**
 * Binary compatibility (JLS §13.4.4, §13.5.3): Counter was compiled when NumberSource did not
 * extend Source, so Counter has no next()Ljava/lang/Object;. NumberSource is then recompiled to
 * extend Source, and gets javac's default-method bridge, which is the only way a call through
 * Source reaches Counter.next (JVMS §5.4.6 selects it from the superinterface).
 */
const EVOLUTION = {
  before: {
    'Source.java': 'public interface Source { Object next(); }\n',
    'NumberSource.java': 'public interface NumberSource { Number next(); }\n',
    'Counter.java': 'public class Counter implements NumberSource {\n    int n;\n    public Integer next() { n++; return Integer.valueOf(n); }\n}\n',
  },
  after: {
    'NumberSource.java': 'public interface NumberSource extends Source { Number next(); }\n',
    'Main.java':
      'public class Main {\n    public static void main(String[] args) {\n        Source s = new Counter();\n' +
      '        System.out.println(s.next());\n        NumberSource ns = new Counter();\n        System.out.println(ns.next().intValue() + 40);\n    }\n}\n',
  },
  /** What java prints (re-checked below when java is present). */
  expected: ['1', '41'],
};

function asSources(files: Record<string, string>): SourceFile[] {
  return Object.entries(files).map(([path, text]) => ({ path, text }));
}

describe('a bridge in an interface (a default method) is what runs for a class compiled before it', () => {
  it('Ringfence, compiling in two steps as java would, prints what java prints', () => {
    const before = compileWith(asSources(EVOLUTION.before));
    expect(ourBridges(before)['Counter']).toEqual(['next()Ljava/lang/Number; 0x1041 line 1 -> invokevirtual Counter.next:()Ljava/lang/Integer;']);
    const after = compileWith(asSources(EVOLUTION.after), before);
    expect(ourBridges(after)['NumberSource']).toEqual(['next()Ljava/lang/Object; 0x1041 line 1 -> invokeinterface NumberSource.next:()Ljava/lang/Number;']);
    const r = runClasses(new Map([...before, ...after]), 'Main');
    expect(r.stderr).toBe('');
    expect(outputLines(r.stdout)).toEqual(EVOLUTION.expected);
  });

  it(`the expected output is java's (${javaStatus().java ? 'checked now' : `java absent: ${javaStatus().reason}`})`, async () => {
    if (!javaStatus().java) {
      expect(EVOLUTION.expected).toHaveLength(2);
      return;
    }
    const root = mkdtempSync(join(tmpdir(), 'rf-bridges-'));
    const classes = join(root, 'classes');
    mkdirSync(classes);
    const javacStep = (name: string, files: Record<string, string>): void => {
      const dir = join(root, name);
      mkdirSync(dir);
      const paths = Object.entries(files).map(([f, text]) => {
        writeFileSync(join(dir, f), text);
        return join(dir, f);
      });
      const r = spawnSync('javac', ['-d', classes, '-cp', classes, ...paths], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    };
    javacStep('before', EVOLUTION.before);
    javacStep('after', EVOLUTION.after);
    const run = await runJava(classes, 'Main');
    expect(run.stderr).toBe('');
    expect(outputLines(run.stdout)).toEqual(EVOLUTION.expected);
  }, 60_000);
});
