// Runs Debian's GNU RISC-V cross binutils (when installed) on a source file and returns the
// .text words, linked at a base address without relaxation. Used by the differential tests.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_AS = 'riscv64-unknown-elf-as';

/** Whether the GNU cross assembler and linker are on PATH. */
export function gnuAvailable(): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${GNU_AS} && command -v riscv64-unknown-elf-ld && command -v riscv64-unknown-elf-objcopy`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Assembles `source` with GNU as for rv32ima_zicsr_zifencei, links at `base`, returns .text words. */
export function gnuAssemble(source: string, base: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'rf-gnu-'));
  try {
    writeFileSync(join(dir, 'a.s'), source);
    const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    run(GNU_AS, ['-march=rv32ima_zicsr_zifencei', '-mabi=ilp32', '-o', 'a.o', 'a.s']);
    run('riscv64-unknown-elf-ld', ['-m', 'elf32lriscv', '--no-relax', `-Ttext=0x${base.toString(16)}`, '-e', `0x${base.toString(16)}`, '-o', 'a.elf', 'a.o']);
    run('riscv64-unknown-elf-objcopy', ['-O', 'binary', '-j', '.text', 'a.elf', 'a.bin']);
    const bin = readFileSync(join(dir, 'a.bin'));
    return Array.from({ length: bin.length >>> 2 }, (_, k) => bin.readUInt32LE(4 * k));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
