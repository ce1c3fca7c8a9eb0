// The machine's side of the differential suite: every bare-metal conformance ELF, run on
// Ringfence's VirtMachine, must print exactly what QEMU 7.2 printed (the fixtures, which
// test/hypervisor/guest/conformance.test.ts re-checks against QEMU whenever it is installed)
// and stop with the same finisher status. Where QEMU 7.2 is known to deviate from the
// privileged spec, the machine must print the spec's output instead (programs.ts says which).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../hypervisor/guest/conformance/fixture.ts';
import { CONFORMANCE_PROGRAMS } from '../../../hypervisor/guest/conformance/programs.ts';
import { parseElf } from '../../../hypervisor/machine/elf.ts';
import { VirtMachine, type MachineExit } from '../../../hypervisor/machine/virt.ts';

/** Runs an ELF on a fresh machine and returns its UART output and exit. */
export function runOnMachine(elfPath: string, options: { tier?: 'interp' | 'jit'; disk?: Uint8Array; maxInstructions?: number } = {}): { output: string; exit: MachineExit; machine: VirtMachine } {
  const bytes: number[] = [];
  const machine = VirtMachine.create({ output: (b) => bytes.push(b), tier: options.tier ?? 'interp', ...(options.disk ? { disk: options.disk } : {}) });
  machine.loadElf(parseElf(readFileSync(elfPath), elfPath));
  const exit = machine.run(options.maxInstructions ?? 50_000_000);
  return { output: Buffer.from(bytes).toString('latin1'), exit, machine };
}

/** QEMU exits with the finisher's code (value >> 16), 0 for a pass. */
function qemuStatus(exit: MachineExit): number | undefined {
  return exit.kind === 'poweroff' ? (exit.status === 'fail' ? exit.code : 0) : undefined;
}

describe('conformance programs: same UART output and exit status as QEMU 7.2', () => {
  for (const program of CONFORMANCE_PROGRAMS) {
    it(`${program.name}: ${program.covers}`, () => {
      const fixture = readFixture(program.expectedFixture);
      const { output, exit } = runOnMachine(program.elfPath);
      const expected = program.qemuDeviation?.specOutput ?? fixture.output;
      expect(output).toBe(expected);
      expect(exit.kind).toBe('poweroff');
      expect(qemuStatus(exit)).toBe(fixture.status);
    });
  }

  it('a deviation entry really differs from what QEMU printed (else it should be removed)', () => {
    for (const program of CONFORMANCE_PROGRAMS) {
      if (program.qemuDeviation === undefined) continue;
      expect(readFixture(program.expectedFixture).output, program.name).not.toBe(program.qemuDeviation.specOutput);
    }
  });
});
