// launch(): the whole program lifecycle as `java` shows it — return, System.exit, uncaught
// exceptions with stack traces on stderr, missing main class or method, broken class files —
// and the promise that no host exception escapes for any class-file input.

import { describe, expect, it } from 'vitest';
import { Access } from '../../../vm/bytecode/classfile.ts';
import { MemoryKernel } from '../../../vm/os/kernel.ts';
import { memoryClassSource } from '../../../vm/runtime/class-source.ts';
import { launch, type LaunchResult } from '../../../vm/runtime/launcher.ts';
import { bootSource, ClassMaker, classMap, outClass, PS, STATIC, testNatives, type Body } from './fixtures.ts';

interface Run extends LaunchResult {
  stderr: string;
  stdout: string;
  out: unknown[];
}

function run(classes: Map<string, Uint8Array>, mainClass = 'Main', args: string[] = [], maxInstructions?: number): Run {
  const natives = testNatives();
  natives.table['Out.exit(I)V'] = (ctx, [status]) => ctx.exit(status as number);
  const kernel = new MemoryKernel();
  const all = new Map(classes);
  if (!all.has('Out')) all.set('Out', outClass().method('exit', '(I)V', PS | Access.NATIVE, null).bytes());
  const r = launch({
    boot: bootSource(),
    classPath: [memoryClassSource('test', all)],
    natives: natives.table,
    kernel,
    mainClass,
    args,
    limits: { maxInstructions },
  });
  return { ...r, stderr: kernel.stderr, stdout: kernel.stdout, out: natives.out };
}

const mainWith = (body: Body, name = 'Main'): ClassMaker => new ClassMaker(name).method('main', '([Ljava/lang/String;)V', PS, body);

const throwing = (cls: string, msg: string): Body => (c, cp) => {
  c.emit('new', cp.classRef(cls));
  c.emit('dup');
  c.emit('ldc', cp.string(msg));
  c.emit('invokespecial', cp.methodRef(cls, '<init>', '(Ljava/lang/String;)V'));
  c.emit('athrow');
};

describe('launch', () => {
  it('runs main with the arguments and exits 0 when main returns', () => {
    const r = run(
      classMap(
        mainWith((c, cp) => {
          c.emit('aload', 0);
          c.emit('iconst_1');
          c.emit('aaload');
          c.emit('invokestatic', cp.methodRef('Out', 'print', '(Ljava/lang/Object;)V'));
          c.emit('aload', 0);
          c.emit('arraylength');
          c.emit('invokestatic', cp.methodRef('Out', 'print', '(I)V'));
          c.emit('return');
        }),
      ),
      'Main',
      ['a', 'bé', 'c'],
    );
    expect(r).toMatchObject({ exitCode: 0, outcome: 'returned', stderr: '' });
    expect(r.out).toEqual(['bé', 3]);
    // 8 in main, plus the (empty) initialization of Object, Main and Out: one return each
    expect(r.instructions).toBe(11);
  });

  it('accepts the main class in dotted form', () => {
    const r = run(classMap(mainWith((c) => c.emit('return'), 'pkg/App')), 'pkg.App');
    expect(r.outcome).toBe('returned');
  });

  it('System.exit(n) ends the program with status n', () => {
    const r = run(
      classMap(
        mainWith((c, cp) => {
          c.emit('bipush', 42);
          c.emit('invokestatic', cp.methodRef('Out', 'exit', '(I)V'));
          c.emit('iconst_1');
          c.emit('invokestatic', cp.methodRef('Out', 'print', '(I)V'));
          c.emit('return');
        }),
      ),
    );
    expect(r).toMatchObject({ exitCode: 42, outcome: 'exited' });
    expect(r.out).toEqual([]);
  });

  it('an uncaught exception prints "Exception in thread "main"" and the trace, and exits 1', () => {
    const helper = new ClassMaker('Helper').method('fail', '()V', PS, (c, cp) => {
      c.line(9);
      throwing('java/lang/IllegalStateException', 'boom')(c, cp);
    });
    const r = run(
      classMap(
        helper,
        mainWith((c, cp) => {
          c.line(4);
          c.emit('invokestatic', cp.methodRef('Helper', 'fail', '()V'));
          c.emit('return');
        }),
      ),
    );
    expect(r).toMatchObject({ exitCode: 1, outcome: 'uncaught-exception' });
    expect(r.stderr).toBe(
      'Exception in thread "main" java.lang.IllegalStateException: boom\n\tat Helper.fail(Helper.java:9)\n\tat Main.main(Main.java:4)\n',
    );
  });

  it('an exception in the main class initializer is reported as ExceptionInInitializerError', () => {
    const main = mainWith((c) => c.emit('return')).method('<clinit>', '()V', STATIC, (c) => {
      c.emit('iconst_1');
      c.emit('iconst_0');
      c.emit('idiv');
      c.emit('pop');
      c.emit('return');
    });
    const r = run(classMap(main));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Exception in thread "main" java.lang.ExceptionInInitializerError\n');
  });

  it('a missing main class gives java\'s message', () => {
    const r = run(classMap(), 'pkg.Nope');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Error: Could not find or load main class pkg.Nope\nCaused by: java.lang.ClassNotFoundException: pkg.Nope\n');
  });

  it('a class without public static void main(String[]) gives java\'s message', () => {
    const r = run(classMap(new ClassMaker('Main').method('main', '()V', PS, (c) => c.emit('return'))));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^Error: Main method not found in class Main, please define the main method as:\n {3}public static void main\(String\[\] args\)\n/);
  });

  it('a main class that fails verification is reported as java does and exits 1', () => {
    const r = run(
      classMap(
        mainWith((c) => {
          c.emit('pop');
          c.emit('return');
        }),
      ),
    );
    expect(r.exitCode).toBe(1);
    expect(r.outcome).toBe('vm-error');
    expect(r.stderr).toMatch(/^Error: Unable to initialize main class Main\nCaused by: java\.lang\.VerifyError: .*Main\.main.* at offset 0/);
  });

  it('an instruction budget ends an endless program with outcome budget-exhausted', () => {
    const r = run(
      classMap(
        mainWith((c) => {
          const top = c.newLabel();
          c.mark(top);
          c.emitBranch('goto', top);
        }),
      ),
      'Main',
      [],
      500,
    );
    expect(r).toMatchObject({ outcome: 'budget-exhausted', instructions: 500, exitCode: 1 });
  });

  it('never lets a host exception escape, whatever bytes the main class file holds', () => {
    const good = mainWith((c, cp) => {
      c.emit('ldc', cp.string('hi'));
      c.emit('invokestatic', cp.methodRef('Out', 'print', '(Ljava/lang/Object;)V'));
      c.emit('return');
    }).bytes();
    let seed = 12345;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const outcomes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const bytes = good.slice();
      const flips = 1 + (next() % 4);
      for (let k = 0; k < flips; k++) bytes[next() % bytes.length] = next() & 0xff;
      const r = run(new Map([['Main', bytes]]), 'Main', [], 10_000);
      outcomes.add(r.outcome);
      expect([0, 1]).toContain(r.exitCode);
    }
    expect(outcomes.has('vm-error') || outcomes.has('uncaught-exception')).toBe(true);
  });
});
