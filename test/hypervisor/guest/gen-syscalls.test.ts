// The generated C header must be current and must say what vm/os/syscalls.ts says: the header's
// macros are read back through the real C preprocessor (riscv64-unknown-elf-gcc -dM -E) when it
// is installed, and compared with the TypeScript table.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_PATH, renderSyscallsHeader } from '../../../hypervisor/guest/gen-syscalls.ts';
import { Clock, Errno, Sys } from '../../../vm/os/syscalls.ts';

const GCC = ['/usr/bin/riscv64-unknown-elf-gcc'].find((p) => existsSync(p));

/** The header's object-like macros as evaluated by the C preprocessor (name -> value). */
function preprocessedMacros(): Map<string, number> {
  const out = execFileSync(GCC!, ['-march=rv32ima_zicsr_zifencei', '-mabi=ilp32', '-dM', '-E', '-undef', HEADER_PATH], {
    encoding: 'utf8',
  });
  const macros = new Map<string, number>();
  for (const m of out.matchAll(/^#define (\w+) \(?(-?\d+)\)?$/gm)) macros.set(m[1]!, Number(m[2]));
  return macros;
}

describe('gen-syscalls', () => {
  it('the committed syscalls.h is exactly what the generator writes now', () => {
    expect(readFileSync(HEADER_PATH, 'utf8')).toBe(renderSyscallsHeader());
  });

  it('the --check mode exits 1 when the header differs and 0 when it is current', () => {
    const run = (args: string[]): number => {
      try {
        execFileSync('npx', ['tsx', 'hypervisor/guest/gen-syscalls.ts', ...args], { stdio: 'ignore' });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    expect(run(['--check'])).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'rf-gen-'));
    try {
      const stale = join(dir, 'syscalls.h');
      writeFileSync(stale, renderSyscallsHeader().replace('#define SYS_write', '#define SYS_write 1 //'));
      expect(run(['--check', '--header', stale])).toBe(1);
      expect(run(['--header', stale])).toBe(0);
      expect(run(['--check', '--header', stale])).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts with a generated-do-not-edit banner and has an include guard', () => {
    const text = renderSyscallsHeader();
    expect(text.split('\n')[0]).toMatch(/GENERATED .* DO NOT EDIT/);
    expect(text).toContain('#ifndef RINGFENCE_SYSCALLS_H');
  });

  // CI has no cross compiler (.ci/run installs only QEMU); the text comparison above runs everywhere.
  describe.skipIf(GCC === undefined)('read back through the C preprocessor', () => {
    it('every syscall number, errno, clock id and WNOHANG has the table value', () => {
      const macros = preprocessedMacros();
      for (const [name, n] of Object.entries(Sys)) expect(macros.get(`SYS_${name}`), `SYS_${name}`).toBe(n);
      for (const [name, n] of Object.entries(Errno)) expect(macros.get(name), name).toBe(n);
      for (const [name, n] of Object.entries(Clock)) expect(macros.get(`CLOCK_${name}`), `CLOCK_${name}`).toBe(n);
      expect(macros.get('WNOHANG')).toBe(1);
      expect(macros.get('AT_FDCWD')).toBe(-100);
    });
  });
});
