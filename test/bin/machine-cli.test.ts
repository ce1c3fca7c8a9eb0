// `ringfence machine run` as a user meets it: real processes on real ELF files. The programs are
// assembled with hypervisor/machine/asm.ts and wrapped by the test ELF writer, plus the
// gcc-built hello recorded in test/hypervisor/machine/fixtures. Where qemu-system-riscv32 is
// installed, every program that stops by itself is also run on QEMU (-M virt -bios none
// -kernel) and the UART output and exit status must match QEMU's (except where Ringfence
// deliberately differs: a failing finisher with code 0 exits 1, not 0).

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { virtArgs } from '../../hypervisor/guest/conformance/fixture.ts';
import { assemble } from '../../hypervisor/machine/asm.ts';
import { writeElf } from '../hypervisor/machine/elf-writer.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'ringfence.js');
const FIXTURES = join(import.meta.dirname, '..', 'hypervisor', 'machine', 'fixtures');
const GUEST = join(import.meta.dirname, '..', '..', 'hypervisor', 'guest');
const QEMU = 'qemu-system-riscv32';
let dir: string;

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function rf(args: string[], input = ''): Run {
  const r = spawnSync('node', [BIN, 'machine', 'run', ...args], { cwd: dir, encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function haveQemu(): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${QEMU}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const qemuPresent = haveQemu();

/** The same ELF on QEMU 7.2 as docs/machine-toolchain.md runs it (UART on stdout). */
function qemu(file: string, input = '', smp = 1, disk?: string): Run {
  const args = virtArgs(join(dir, file), { smp, ...(disk === undefined ? {} : { disk }) });
  const r = spawnSync(QEMU, args, { encoding: 'utf8', input, timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
  expect(stderr).not.toMatch(/node:internal|TypeError|internal error/);
}

// Bare-metal programs for the virt platform: UART 16550 at 0x10000000, finisher at 0x100000.
const PRELUDE = `
  .equ UART, 0x10000000
  .equ FINISHER, 0x100000
_start:
  csrr t0, mhartid
  bnez t0, park
  li s0, UART
`;
const PUTS = `
puts:                 # a0 = NUL-terminated string; polls LSR.THRE (bit 5) before each byte
  lbu t1, 0(a0)
  beqz t1, puts_done
puts_wait:
  lbu t2, 5(s0)
  andi t2, t2, 0x20
  beqz t2, puts_wait
  sb t1, 0(s0)
  addi a0, a0, 1
  j puts
puts_done:
  ret
park:
  wfi
  j park
`;
const finish = (value: number) => `  li t0, FINISHER\n  li t1, ${value}\n  sw t1, 0(t0)\n  j park\n`;
const say = (text: string, value: number) => `${PRELUDE}  la a0, msg\n  call puts\n${finish(value)}${PUTS}  .data\nmsg: .asciz "${text}"\n`;

/** Assembles `source` at 0x80000000 and writes it as an ELF (one RWX segment, symbols). */
function program(file: string, source: string): string {
  const r = assemble(source, { file });
  writeFileSync(join(dir, file), writeElf({ entry: r.base, segments: [{ vaddr: r.base, data: r.bytes, flags: 7 }], symbols: r.symbols }));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rf-machine-'));
  writeFileSync(join(dir, 'hello.elf'), readFileSync(join(FIXTURES, 'elf-hello.elf')));
  writeFileSync(join(dir, 'user.elf'), readFileSync(join(FIXTURES, 'elf-user.elf')));
  writeFileSync(join(dir, 'kernel.elf'), readFileSync(join(GUEST, 'kernel', 'kernel.elf')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs on Ringfence and, when installed, on QEMU; the two must agree. */
function bothAgree(file: string, want: { stdout: string; status: number }, input = '', extra: string[] = []): Run {
  const r = rf([...extra, file], input);
  expect(r.stdout).toBe(want.stdout);
  expect(r.status).toBe(want.status);
  if (qemuPresent) {
    const q = qemu(file, input);
    expect({ stdout: q.stdout, status: q.status }).toEqual({ stdout: r.stdout, status: r.status });
  }
  return r;
}

describe('ringfence machine run', () => {
  it('lists machine run in the help', () => {
    const r = spawnSync('node', [BIN, 'machine', 'run', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const flag of ['--harts', '--mem', '--tier', '--disk', '--trace', '--stats', '--max-instructions']) expect(r.stdout).toContain(flag);
  });

  it('runs the gcc-built bare-metal hello: its UART text on stdout, status 0, as on QEMU', () => {
    const r = bothAgree('hello.elf', { stdout: 'hello from rv32\n', status: 0 });
    expect(r.stderr).toBe('');
  });

  it('runs the same hello on 4 harts (the others park in wfi), in 1 MiB of RAM and on the jit tier', () => {
    expect(rf(['--tier', 'jit', 'hello.elf'])).toMatchObject({ stdout: 'hello from rv32\n', status: 0 });
    expect(rf(['--harts', '4', 'hello.elf'])).toMatchObject({ stdout: 'hello from rv32\n', status: 0 });
    expect(rf(['--mem', '1', 'hello.elf'])).toMatchObject({ stdout: 'hello from rv32\n', status: 0 });
    if (qemuPresent) expect(qemu('hello.elf', '', 4)).toMatchObject({ stdout: 'hello from rv32\n', status: 0 });
  });

  it('exits with the finisher code: pass 0, (42 << 16) | 0x3333 is 42, reset 0, as on QEMU', () => {
    bothAgree(program('pass.elf', say('pass\\n', 0x5555)), { stdout: 'pass\n', status: 0 });
    bothAgree(program('fail42.elf', say('fail\\n', 0x2a3333)), { stdout: 'fail\n', status: 42 });
    bothAgree(program('fail1.elf', say('', 0x13333)), { stdout: '', status: 1 });
    bothAgree(program('reset.elf', say('r', 0x7777)), { stdout: 'r', status: 0 }); // QEMU with -no-reboot
  });

  it('a failing finisher with code 0 exits 1, where QEMU exits 0 and hides the failure', () => {
    program('fail0.elf', say('x', 0x3333));
    expect(rf(['fail0.elf'])).toMatchObject({ stdout: 'x', status: 1 });
    if (qemuPresent) expect(qemu('fail0.elf')).toMatchObject({ stdout: 'x', status: 0 });
  });

  it('feeds stdin to the UART receiver: echoes three bytes upper-cased, as on QEMU', () => {
    const echo = `${PRELUDE}  li s1, 3
next:
  lbu t2, 5(s0)        # LSR bit 0: data ready
  andi t2, t2, 1
  beqz t2, next
  lbu a0, 0(s0)
  addi a0, a0, -32
  sb a0, 0(s0)
  addi s1, s1, -1
  bnez s1, next
${finish(0x5555)}${PUTS}`;
    bothAgree(program('echo.elf', echo), { stdout: 'ABC', status: 0 }, 'abc');
  });

  it('boots the committed guest kernel with the demo disk: every user program passes, output and status as on QEMU', () => {
    const disk = join(GUEST, 'user', 'demo.img');
    const r = rf(['--disk', disk, 'kernel.elf']);
    expect(r.stdout).toContain('init: 9 of 9 programs passed');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    if (qemuPresent) expect(qemu('kernel.elf', '', 1, disk)).toEqual({ stdout: r.stdout, stderr: '', status: 0 });
  });

  it('boots the guest kernel without a disk, as on QEMU', () => {
    const r = rf(['kernel.elf']);
    expect(r.stdout).toMatch(/^\[kernel\] .*\n\[kernel\] no disk; nothing to run\n$/);
    expect(r.status).toBe(0);
    if (qemuPresent) expect(qemu('kernel.elf')).toEqual({ stdout: r.stdout, stderr: '', status: 0 });
  });

  it('stops a spinning program at --max-instructions with one line on stderr and status 124', () => {
    program('spin.elf', `_start:\n  addi a0, a0, 1\n  j _start\n`);
    const r = rf(['--max-instructions', '10000', 'spin.elf']);
    expect(r.status).toBe(124);
    expect(r.stderr).toBe('ringfence: stopped after 10000 instructions (--max-instructions)\n');
  });

  it('reports a machine where every hart waits with no interrupt enabled: one line, status 3', () => {
    program('halt.elf', `_start:\n  csrw mie, zero\n  wfi\n  j _start\n`);
    const r = rf(['--max-instructions', '1000000', 'halt.elf']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^ringfence: machine halted after \d+ instructions: every hart waits for an interrupt that can never come\n$/);
  });

  it('--stats prints instructions, cycles and event counts to stderr as an aligned table', () => {
    const r = rf(['--stats', 'hello.elf']);
    expect(r.stdout).toBe('hello from rv32\n');
    expect(r.status).toBe(0);
    const rows = r.stderr.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^instructions +\d+$/);
    expect(rows[1]).toMatch(/^cycles +\d+$/);
    for (const row of rows) expect(row).toMatch(/^\S+ {2,}\d+$/);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1); // names padded right, numbers left
    const instructions = Number(rows[0]!.split(/ +/)[1]);
    expect(instructions).toBeGreaterThan(50); // hello prints 16 bytes in a polling loop
    expect(Number(rows[1]!.split(/ +/)[1])).toBeGreaterThanOrEqual(instructions);
    // The cycles.* rows say where the cycles came from; with idle cycles they add up (one hart).
    const value = (row: string): number => Number(row.split(/ +/)[1]);
    const parts = rows.filter((row) => row.startsWith('cycles.') || row.startsWith('idleCycles '));
    expect(parts.some((row) => row.startsWith('cycles.insn.alu '))).toBe(true);
    expect(parts.reduce((sum, row) => sum + value(row), 0)).toBe(value(rows[1]!));
  });

  it('--tlb sets the TLB size: a smaller TLB misses more on the guest kernel; a bad size is a one-line usage error', () => {
    const disk = join(GUEST, 'user', 'demo.img');
    const kernel = join(GUEST, 'kernel', 'kernel.elf');
    const misses = (tlb: string): number => {
      const r = rf(['--stats', '--tlb', tlb, '--disk', disk, kernel]);
      expect(r.status).toBe(0);
      const row = r.stderr.split('\n').find((l) => l.startsWith('tlbMisses '));
      return Number(row!.split(/ +/)[1]);
    };
    expect(misses('4')).toBeGreaterThan(misses('256'));
    const bad = rf(['--tlb', '3', kernel]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/TLB size must be a power of two/);
    expectOneLine(bad.stderr);
  });

  it('--trace prints one line per executed instruction, hart pc: word  disasm, to stderr', () => {
    const r = rf(['--trace', '--stats', 'hello.elf']);
    expect(r.stdout).toBe('hello from rv32\n');
    const lines = r.stderr.split('\n');
    const trace = lines.filter((l) => /^\d+ [0-9a-f]{8}: [0-9a-f]{8} {2}\S/.test(l));
    expect(trace[0]).toMatch(/^0 80000000: f14022f3 {2}csrr/); // csrr t0, mhartid
    const instructions = Number(lines.find((l) => l.startsWith('instructions'))!.split(/ +/)[1]);
    expect(trace).toHaveLength(instructions);
  });
});

describe('ringfence machine run refusals (one line, status 2)', () => {
  const refuse = (args: string[], message: string | RegExp) => {
    const r = rf(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr);
    if (typeof message === 'string') expect(r.stderr).toBe(`${message}\n`);
    else expect(r.stderr).toMatch(message);
  };

  it('refuses a file that is not ELF, a missing file and a directory', () => {
    writeFileSync(join(dir, 'kernel.elf'), 'just text\n');
    refuse(['kernel.elf'], 'error: kernel.elf: not an ELF file');
    refuse(['nope.elf'], 'error: cannot read ELF file nope.elf: no such file');
    refuse(['.'], 'error: cannot read ELF file .: is a directory');
    refuse(['/dev/zero'], 'error: cannot read ELF file /dev/zero: not a regular file'); // would never end
  });

  it('refuses the wrong architecture: x86-64 machine, ELF64, RVC', () => {
    writeFileSync(join(dir, 'x86.elf'), writeElf({ entry: 0x80000000, machine: 62, segments: [{ vaddr: 0x80000000, data: new Uint8Array(8) }] }));
    refuse(['x86.elf'], 'error: x86.elf: machine x86-64 (62), expected RISC-V (243)');
    refuse(['/bin/true'], 'error: /bin/true: ELF64; the machine is RV32');
    writeFileSync(join(dir, 'rvc.elf'), writeElf({ entry: 0x80000000, flags: 1, segments: [{ vaddr: 0x80000000, data: new Uint8Array(8) }] }));
    refuse(['rvc.elf'], 'error: rvc.elf: compressed instructions (RVC) are not supported');
  });

  it('refuses a program linked outside RAM, naming the segment and the RAM range', () => {
    refuse(['user.elf'], 'error: user.elf: segment 1 at 0x00010000 (192 bytes) lies outside RAM 0x80000000..0x88000000');
    refuse(['--mem', '64', 'user.elf'], 'error: user.elf: segment 1 at 0x00010000 (192 bytes) lies outside RAM 0x80000000..0x84000000');
  });

  it('refuses bad option values and unknown options', () => {
    refuse(['--harts', '0', 'hello.elf'], "error: --harts needs a positive integer, got '0'");
    refuse(['--mem', 'lots', 'hello.elf'], "error: --mem needs a positive integer, got 'lots'");
    refuse(['--max-instructions', '-5', 'hello.elf'], /^error: .*--max-instructions/);
    refuse(['--tier', 'turbo', 'hello.elf'], "error: --tier must be interp or jit, got 'turbo'");
    refuse(['--disk', 'missing.img', 'hello.elf'], 'error: cannot read disk image missing.img: no such file');
    refuse(['--bogus', 'hello.elf'], /^error: unknown option '--bogus'/);
    refuse([], /^error: missing required argument 'file'/);
  });
});
