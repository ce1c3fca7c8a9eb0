// The machine's side of the guest-kernel differential suite: the committed kernel.elf with the
// same RFFS images prints, on Ringfence's VirtMachine, what it printed on qemu-system-riscv32
// (the user-*.txt fixtures, re-checked against QEMU by test/hypervisor/guest/user-programs.test.ts
// whenever QEMU is installed), and powers off with the same status. The kernel's banner and
// summary lines are excluded as in that test (they may change with the kernel); kill lines are
// compared. The machine must also be deterministic: two runs give identical output and stats.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../hypervisor/guest/conformance/fixture.ts';
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

function boot(disk: Uint8Array, tier: 'interp' | 'jit' = 'interp'): { output: string; exit: MachineExit; machine: VirtMachine } {
  const bytes: number[] = [];
  const machine = VirtMachine.create({ disk, tier, output: (b) => bytes.push(b) });
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

  it('is deterministic: two boots of the demo give the same output, cycles and events', () => {
    const disk = new Uint8Array(readFileSync(join(USER, 'demo.img')));
    const a = boot(disk);
    const b = boot(disk);
    expect(b.output).toBe(a.output);
    expect(b.machine.stats().events).toEqual(a.machine.stats().events);
    expect(b.machine.stats().cycles).toBe(a.machine.stats().cycles);
  });
});
