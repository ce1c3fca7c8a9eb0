// The bare-metal conformance programs (hypervisor/guest/conformance): each committed ELF, run on
// qemu-system-riscv32 with the suite's flags, prints exactly its recorded fixture and exits with
// the recorded status; the ELFs are what the sources build to; the fixture headers name the exact
// command. RF_UPDATE_FIXTURES=1 re-records the fixtures from QEMU.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLine, formatFixture, parseFixture, QEMU_SYSTEM, readFixture, runQemu, writeFixture } from '../../../hypervisor/guest/conformance/fixture.ts';
import { elfTextSection, nonBaseLengthWords } from '../../../hypervisor/guest/conformance/elf-text.ts';
import { CONFORMANCE_PROGRAMS, QEMU_ARGS, REPO_ROOT } from '../../../hypervisor/guest/conformance/programs.ts';

const UPDATE = process.env.RF_UPDATE_FIXTURES === '1';
const GCC = existsSync('/usr/bin/riscv64-unknown-elf-gcc');
const CONFORMANCE = join(REPO_ROOT, 'hypervisor/guest/conformance');

function qemuVersion(): string {
  return execFileSync(QEMU_SYSTEM!, ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
}

describe('fixture format', () => {
  it('round-trips comments, command, status and output byte for byte (no trailing newline added)', () => {
    const f = { comments: ['what', 'why: # not a header'], command: 'qemu-system-riscv32 -kernel x.elf </dev/null', status: 3, output: '# looks like a header\nend' };
    expect(parseFixture(formatFixture(f))).toEqual(f);
    expect(formatFixture(f)).toBe('# what\n# why: # not a header\n# command: qemu-system-riscv32 -kernel x.elf </dev/null\n# exit status: 3\n# looks like a header\nend');
  });

  it('names what is missing in one line', () => {
    expect(() => parseFixture('no header', 'f.txt')).toThrow(/^f\.txt: no '# exit status:' header line$/);
    expect(() => parseFixture('# x\n# exit status: 0\n', 'f.txt')).toThrow(/line before the exit status must be '# command:'/);
    expect(() => parseFixture('# command: q\n# exit status: zero\n', 'f.txt')).toThrow(/bad exit status/);
  });
});

describe('conformance fixtures', () => {
  it.each(CONFORMANCE_PROGRAMS.map((p) => [p.name, p] as const))('%s: fixture names its exact QEMU command and a finished run', (_, p) => {
    expect(existsSync(p.elfPath), p.elfPath).toBe(true);
    const f = readFixture(p.expectedFixture);
    expect(f.command).toBe(commandLine(p.qemuArgs));
    expect(f.status).toBe(0);
    expect(f.output.startsWith(`== ${p.name}\n`)).toBe(true);
    expect(f.output.endsWith('done\n')).toBe(true);
  });

  it.each(CONFORMANCE_PROGRAMS.map((p) => p.name))('%s.elf: every word of .text is a 32-bit instruction (no RVC)', (name) => {
    const text = elfTextSection(readFileSync(join(CONFORMANCE, `${name}.elf`)));
    expect(text.length).toBeGreaterThan(400);
    // traps executes one all-zero word on purpose (the defined illegal instruction)
    const zeroWords = name === 'traps' ? 1 : 0;
    const bad = nonBaseLengthWords(text);
    expect(bad.length).toBe(zeroWords);
    for (const at of bad) expect(Array.from(text.subarray(at, at + 4))).toEqual([0, 0, 0, 0]);
  });

  it('the .text check finds a compressed instruction', () => {
    const text = new Uint8Array([0x13, 0x05, 0xa0, 0x02, 0x05, 0x05, 0x82, 0x80]); // addi a0,zero,42; c.addi a0,1; c.jr ra
    expect(nonBaseLengthWords(text)).toEqual([4]);
  });

  it("the Makefile's run target uses the same QEMU flags as programs.ts, and builds every listed program", () => {
    const makefile = readFileSync(join(CONFORMANCE, 'Makefile'), 'utf8').replace(/\\\n\s*/g, ' ');
    expect(makefile.match(/^QEMU_ARGS := (.*)$/m)![1]!.trim().split(/\s+/)).toEqual(QEMU_ARGS);
    expect(makefile.match(/^PROGRAMS := (.*)$/m)![1]!.trim().split(/\s+/)).toEqual(CONFORMANCE_PROGRAMS.map((p) => p.name));
  });

  it('irq-priority is the one known QEMU deviation: only the order of taking differs from the spec', () => {
    const p = CONFORMANCE_PROGRAMS.find((q) => q.qemuDeviation !== undefined)!;
    expect(p.name).toBe('irq-priority');
    const qemu = readFixture(p.expectedFixture).output.split('\n');
    const spec = p.qemuDeviation!.specOutput.split('\n');
    expect(qemu.length).toBe(spec.length);
    const differing = qemu.filter((line, i) => line !== spec[i]);
    expect(differing.length).toBe(4);
    for (const [i, line] of qemu.entries()) {
      const sorted = (l: string): string => l.replace(/taken (.*) left/, (_, t: string) => `taken ${t.split(' ').sort().join(' ')} left`);
      expect(sorted(line)).toBe(sorted(spec[i]!));
    }
  });
});

// CI installs QEMU (.ci/run), so there a missing QEMU is a failure, never a silent skip.
describe.skipIf(QEMU_SYSTEM === undefined && !process.env.CI)('conformance programs on qemu-system-riscv32', () => {
  it.each(CONFORMANCE_PROGRAMS.map((p) => [p.name, p] as const))('%s prints its fixture and exits with its status', (_, p) => {
    const run = runQemu(p.qemuArgs, REPO_ROOT);
    if (UPDATE) {
      writeFixture(p.expectedFixture, {
        comments: [`${p.name}: ${p.covers}`, `recorded with ${qemuVersion()}; RF_UPDATE_FIXTURES=1 re-records`],
        command: commandLine(p.qemuArgs),
        status: run.status ?? -1,
        output: run.output,
      });
    }
    const want = readFixture(p.expectedFixture);
    expect(run.output).toBe(want.output);
    expect(run.status).toBe(want.status);
  });
});

// CI installs QEMU but not the cross compiler (.ci/run): the committed binaries are checked
// there by the header and .text tests above; these rebuild checks run where gcc is installed.
describe.skipIf(!GCC)('conformance ELFs rebuilt with riscv64-unknown-elf-gcc', () => {
  it('rebuild from a scratch copy to the committed bytes, with no compressed instruction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-conf-'));
    try {
      cpSync(CONFORMANCE, dir, { recursive: true, filter: (p) => !/\/build$/.test(p) && !p.endsWith('.elf') });
      execFileSync('make', ['-s', '-C', dir], { stdio: 'pipe' });
      for (const p of CONFORMANCE_PROGRAMS) {
        const built = join(dir, `${p.name}.elf`);
        expect(readFileSync(built).equals(readFileSync(p.elfPath)), `${p.name}.elf differs from its sources`).toBe(true);
        const dis = execFileSync('riscv64-unknown-elf-objdump', ['-d', built], { encoding: 'utf8' });
        expect(dis.split('\n').filter((l) => /^\s+[0-9a-f]+:\t[0-9a-f]{4}\s/.test(l)), p.name).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
