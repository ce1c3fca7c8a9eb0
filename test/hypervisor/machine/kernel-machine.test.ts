// The machine's side of the guest-kernel differential suite: the committed kernel.elf with the
// same RFFS images prints, on Ringfence's VirtMachine, what it printed on qemu-system-riscv32
// (the user-*.txt fixtures, re-checked against QEMU by test/hypervisor/guest/user-programs.test.ts
// whenever QEMU is installed), and powers off with the same status. The kernel's banner and
// summary lines are excluded as in that test (they may change with the kernel); kill lines are
// compared. The machine must also be deterministic: two runs give identical output and stats.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QEMU_SYSTEM as QEMU, readFixture, runQemu, virtArgs } from '../../../hypervisor/guest/conformance/fixture.ts';
import { buildRffs, type RffsInput } from '../../../hypervisor/guest/rffs.ts';
import { parseElf } from '../../../hypervisor/machine/elf.ts';
import { VirtMachine, type MachineExit } from '../../../hypervisor/machine/virt.ts';
import { initrcImage } from '../guest/initrc-image.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const KERNEL = parseElf(readFileSync(join(ROOT, 'hypervisor/guest/kernel/kernel.elf')), 'kernel.elf');
const USER = join(ROOT, 'hypervisor/guest/user');
const FIXTURES = join(ROOT, 'test/hypervisor/guest/fixtures');
const PROGRAMS = ['hello', 'syscall-loop', 'page-touch', 'compute', 'spawn-wait', 'pagetable-heavy', 'regs-checksum', 'fault', 'syscall-errors'];

const programOutput = (uart: string): string =>
  uart.split('\n').filter((l) => !l.startsWith('[kernel] ') || / killed: /.test(l)).join('\n');

const elf = (name: string, as = name): RffsInput => ({ name: as, data: new Uint8Array(readFileSync(join(USER, 'bin', `${name}.elf`))), executable: true });

function boot(disk: Uint8Array, tier: 'interp' | 'jit' = 'interp', input?: string): { output: string; exit: MachineExit; machine: VirtMachine } {
  const bytes: number[] = [];
  const machine = VirtMachine.create({ disk, tier, output: (b) => bytes.push(b), ...(input !== undefined ? { input: new TextEncoder().encode(input) } : {}) });
  machine.loadElf(KERNEL);
  const exit = machine.run(2_000_000_000);
  return { output: Buffer.from(bytes).toString('latin1'), exit, machine };
}

/** QEMU's exit status for a finisher request: the code for a failure, 0 for a pass. */
const status = (exit: MachineExit): number | undefined =>
  exit.kind === 'poweroff' ? (exit.status === 'fail' ? exit.code : 0) : undefined;

describe('the guest kernel on the machine prints what it printed on QEMU 7.2', () => {
  it('demo.img: all nine programs pass, same output and status as QEMU', () => {
    const { output, exit } = boot(new Uint8Array(readFileSync(join(USER, 'demo.img'))));
    const want = readFixture(join(FIXTURES, 'user-demo.txt'));
    expect(programOutput(output)).toBe(programOutput(want.output));
    expect(output).toContain('init: 9 of 9 programs passed\n');
    expect(status(exit)).toBe(want.status);
  });

  it.each(PROGRAMS)('%s booted as init prints its QEMU fixture', (name) => {
    const files = [elf(name, 'init'), elf(name), ...(name === 'hello' ? [] : [elf('hello')])];
    const { output, exit } = boot(buildRffs(files));
    const want = readFixture(join(FIXTURES, `user-${name}.txt`));
    expect(programOutput(output)).toBe(programOutput(want.output));
    expect(status(exit)).toBe(want.status);
  });

  it('init runs the commands of /initrc as on QEMU, on both tiers', () => {
    const want = readFixture(join(FIXTURES, 'user-initrc.txt'));
    for (const tier of ['interp', 'jit'] as const) {
      const { output, exit } = boot(buildRffs(initrcImage()), tier);
      expect(programOutput(output)).toBe(programOutput(want.output));
      expect(status(exit)).toBe(want.status);
    }
    expect(want.output).toContain('init: 3 of 3 programs passed\n');
  });

  // Console input arrives by the UART's receive interrupt through the PLIC (kernel/plic.c, uart.c);
  // the kernel's cat test program echoes one line (at most 80 bytes). 300 bytes overflow the
  // kernel's 256-byte input buffer, so the receive interrupt is masked and re-enabled on the way.
  it.each([
    ['a short line', 'typed line\n', 'got: typed line\n'],
    ['more input than the kernel buffers', `${'x'.repeat(300)}\n`, `got: ${'x'.repeat(80)}\n`],
  ])('reads console input by interrupt (%s) as on QEMU, on both tiers', (_name, input, want) => {
    const cat = { name: 'init', data: new Uint8Array(readFileSync(join(ROOT, 'hypervisor/guest/kernel/testprog/cat.elf'))), executable: true };
    const disk = buildRffs([cat]);
    const outputs = (['interp', 'jit'] as const).map((tier) => {
      const { output, exit } = boot(disk, tier, input);
      expect(status(exit)).toBe(0);
      return programOutput(output);
    });
    expect(outputs[0]).toBe(want);
    expect(outputs[1]).toBe(outputs[0]);
    if (QEMU !== undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'rf-console-'));
      try {
        writeFileSync(join(dir, 'cat.img'), disk);
        const r = runQemu(virtArgs(join(ROOT, 'hypervisor/guest/kernel/kernel.elf'), { disk: join(dir, 'cat.img') }), ROOT, 60_000, input);
        expect(programOutput(r.output)).toBe(outputs[0]);
        expect(r.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      expect(process.env.CI, 'CI installs qemu-system-riscv32').toBeUndefined();
    }
  });

  it('is deterministic: two boots of the demo give the same output, cycles and events', () => {
    const disk = new Uint8Array(readFileSync(join(USER, 'demo.img')));
    const a = boot(disk);
    const b = boot(disk);
    expect(b.output).toBe(a.output);
    expect(b.machine.stats().events).toEqual(a.machine.stats().events);
    expect(b.machine.stats().cycles).toBe(a.machine.stats().cycles);
  });
});
