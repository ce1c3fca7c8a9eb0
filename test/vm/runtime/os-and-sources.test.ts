// The syscall seam (vm/os) and class sources: kernels fail closed with -errno, capture
// output, keep a deterministic clock; directory sources never leave their directory.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryKernel } from '../../../vm/os/kernel.ts';
import { Errno, Sys } from '../../../vm/os/syscalls.ts';
import { directoryClassSource, isSafeClassName } from '../../../vm/runtime/class-source.ts';
import { ClassMaker, makeVm } from './fixtures.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('MemoryKernel', () => {
  it('captures fd 1 and fd 2 separately', () => {
    const k = new MemoryKernel();
    expect(k.syscall(Sys.write, [1, bytes('out'), 3])).toBe(3);
    expect(k.syscall(Sys.write, [2, bytes('err!'), 3])).toBe(3);
    expect([k.stdout, k.stderr]).toEqual(['out', 'err']);
  });

  it('fails closed: unknown syscalls give -ENOSYS, bad fds -EBADF, bad buffers -EFAULT', () => {
    const k = new MemoryKernel();
    expect(k.syscall(999, [])).toBe(-Errno.ENOSYS);
    expect(k.syscall(Sys.exit, [0])).toBe(-Errno.ENOSYS);
    expect(k.syscall(Sys.write, [7, bytes('x'), 1])).toBe(-Errno.EBADF);
    expect(k.syscall(Sys.write, [1, bytes('x'), 5])).toBe(-Errno.EFAULT);
    expect(k.syscall(Sys.write, [1, 'not a buffer', 1])).toBe(-Errno.EFAULT);
    expect(k.syscall(Sys.openat, [-100, '/etc/passwd', 0, 0])).toBe(-Errno.EACCES);
    expect(k.stdout).toBe('');
  });

  it('has a deterministic clock advancing 1 ms per reading', () => {
    const read = (k: MemoryKernel): bigint => {
      const ts = new Uint8Array(16);
      expect(k.syscall(Sys.clock_gettime, [1, ts])).toBe(0);
      const v = new DataView(ts.buffer);
      return v.getBigInt64(0, true) * 1_000_000_000n + v.getBigInt64(8, true);
    };
    const a = new MemoryKernel();
    const b = new MemoryKernel();
    const first = read(a);
    expect(read(a) - first).toBe(1_000_000n);
    expect(read(b)).toBe(first);
    expect(a.syscall(Sys.clock_gettime, [7, new Uint8Array(16)])).toBe(-Errno.EINVAL);
  });

  it('reads end-of-file on stdin', () => {
    expect(new MemoryKernel().syscall(Sys.read, [0, new Uint8Array(4), 4])).toBe(0);
  });
});

describe('class sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rf-src-'));
  mkdirSync(join(dir, 'pkg'));
  writeFileSync(join(dir, 'pkg', 'A.class'), Uint8Array.of(1, 2, 3));
  writeFileSync(join(tmpdir(), 'rf-outside.class'), Uint8Array.of(9));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds <dir>/<internal name>.class', () => {
    expect(directoryClassSource(dir).find('pkg/A')).toEqual(Uint8Array.of(1, 2, 3));
    expect(directoryClassSource(dir).find('pkg/B')).toBeNull();
  });

  it('refuses names that would leave the directory', () => {
    const src = directoryClassSource(dir);
    for (const name of ['../rf-outside', 'pkg/../../rf-outside', '/etc/passwd', 'pkg//A', './pkg/A', 'pkg\\A', '']) {
      expect(isSafeClassName(name)).toBe(false);
      expect(src.find(name)).toBeNull();
    }
  });
});

describe('identity hashes', () => {
  it('are the same sequence in every VM (deterministic runs), non-zero and 31-bit', () => {
    const seq = (): number[] => {
      const t = makeVm(new Map());
      const objClass = t.vm.bootClass('java/lang/Object');
      return [1, 2, 3].map(() => t.vm.nativeContext.identityHashCode(t.vm.newObject(objClass)));
    };
    const a = seq();
    expect(seq()).toEqual(a);
    expect(new Set(a).size).toBe(3);
    for (const h of a) expect(h > 0 && h <= 0x7fffffff).toBe(true);
  });

  it('never change for one object', () => {
    const t = makeVm(new Map());
    const o = t.vm.newObject(t.vm.bootClass('java/lang/Object'));
    const first = t.vm.nativeContext.identityHashCode(o);
    t.vm.nativeContext.identityHashCode(t.vm.newObject(t.vm.bootClass('java/lang/Object')));
    expect(t.vm.nativeContext.identityHashCode(o)).toBe(first);
  });
});

describe('Class names for natives', () => {
  it('getName and getSimpleName follow the JDK for classes, packages and arrays', () => {
    const t = makeVm(new Map([['Pt', new ClassMaker('Pt').bytes()], ['a/b/Q', new ClassMaker('a/b/Q').bytes()]]));
    const ctx = t.vm.nativeContext;
    const names = ['Pt', 'a/b/Q', '[I', '[[LPt;', '[La/b/Q;', '[[[D'].map((n) => {
      const mirror = t.vm.classObject(t.vm.appLoader.load(n));
      return `${ctx.className(mirror)} ${ctx.simpleName(mirror)}`;
    });
    expect(names).toEqual(['Pt Pt', 'a.b.Q Q', '[I int[]', '[[LPt; Pt[][]', '[La.b.Q; Q[]', '[[[D double[][][]']);
  });
});
