// The guest kernel sizes its memory from the device tree (kernel/fdt.c), so the same kernel.elf
// must boot on any RAM size and say so. This boots it with a disk whose init is hello.elf on
// VirtMachine with 4..1024 MiB and checks the banner names that size, the rffs line's free-KiB
// figure grows with RAM, init runs, and 4 MiB is refused with failure code 2. The whole UART
// output and the power-off status must equal qemu-system-riscv32 -m <size>M on the same image:
// live whenever QEMU is installed (always in CI); without it, the outputs recorded below from a
// QEMU 7.2 run stand in, and QEMU may be missing only outside CI.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QEMU_SYSTEM, runQemu, virtArgs } from '../../../hypervisor/guest/conformance/fixture.ts';
import { buildRffs } from '../../../hypervisor/guest/rffs.ts';
import { parseElf } from '../../../hypervisor/machine/elf.ts';
import { VirtMachine, type MachineExit } from '../../../hypervisor/machine/virt.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const KERNEL_REL = 'hypervisor/guest/kernel/kernel.elf';
const KERNEL = parseElf(readFileSync(join(ROOT, KERNEL_REL)), 'kernel.elf');
const HELLO = new Uint8Array(readFileSync(join(ROOT, 'hypervisor/guest/user/bin/hello.elf')));
const DISK = buildRffs([{ name: 'init', data: HELLO, executable: true }]);

const SIZES = [4, 8, 16, 64, 128, 256, 1024];

/**
 * What QEMU 7.2 printed and exited with for each -m, recorded with the command of `qemuArgs` on
 * this DISK (29696 bytes). Used only when QEMU is absent; when present, QEMU itself is the reference.
 */
const banner = (mib: number): string => `[kernel] Ringfence guest kernel (rv32ima, Sv32), ${mib} MiB RAM\n`;
const booted = (mib: number, freeKiB: number): string => `${banner(mib)}[kernel] rffs: 1 files, 29696 bytes; ${freeKiB} KiB free\nhello from user space, pid 1\n`;
const RECORDED: Record<number, { output: string; status: number }> = {
  4: { output: `${banner(4)}[kernel] 4 MiB of RAM is too little (need 8 MiB)\n`, status: 2 },
  8: { output: booted(8, 7936), status: 0 },
  16: { output: booted(16, 16128), status: 0 },
  64: { output: booted(64, 65280), status: 0 },
  128: { output: booted(128, 130816), status: 0 },
  256: { output: booted(256, 261888), status: 0 },
  1024: { output: booted(1024, 1048320), status: 0 },
};

interface Run {
  readonly output: string;
  readonly status: number | null;
}

/** QEMU's exit status for a finisher request: the code for a failure, 0 for a pass. */
const status = (exit: MachineExit): number | null => (exit.kind === 'poweroff' ? (exit.status === 'fail' ? exit.code : 0) : null);

function boot(memMiB: number, tier: 'interp' | 'jit' = 'interp'): Run {
  const bytes: number[] = [];
  const machine = VirtMachine.create({ memMiB, disk: DISK, tier, output: (b) => bytes.push(b) });
  machine.loadElf(KERNEL);
  const exit = machine.run(2_000_000_000);
  return { output: Buffer.from(bytes).toString('latin1'), status: status(exit) };
}

const qemuArgs = (memMiB: number, image: string): string[] => virtArgs(KERNEL_REL, { memMiB, disk: image });

const dir = mkdtempSync(join(tmpdir(), 'rf-ram-size-'));
const IMAGE = join(dir, 'hello-init.img');
writeFileSync(IMAGE, DISK);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The reference for `memMiB`: a live QEMU run when QEMU is installed, else the recording. */
function reference(memMiB: number): Run {
  if (QEMU_SYSTEM === undefined) return RECORDED[memMiB]!;
  const run = runQemu(qemuArgs(memMiB, IMAGE), ROOT, 60_000);
  return { output: run.output, status: run.status };
}

const freeKiB = (output: string): number => {
  const m = /^\[kernel\] rffs: 1 files, 29696 bytes; (\d+) KiB free$/m.exec(output);
  if (m === null) throw new Error(`no rffs line in ${JSON.stringify(output)}`);
  return Number(m[1]);
};

describe('the guest kernel on any RAM size', () => {
  it('QEMU is missing only outside CI', () => {
    expect(QEMU_SYSTEM !== undefined || !process.env.CI).toBe(true);
  });

  const runs = new Map<number, Run>();

  it.each(SIZES)('%i MiB: same UART output and power-off status as QEMU -m %iM', (memMiB) => {
    const got = boot(memMiB);
    runs.set(memMiB, got);
    const want = reference(memMiB);
    expect(got).toEqual(want);
    // keeps the recording (the reference without QEMU) honest while QEMU is at hand
    expect(want).toEqual(RECORDED[memMiB]);
    // and what that output must say, independently of the reference
    expect(got.output.startsWith(banner(memMiB))).toBe(true);
    if (memMiB < 8) {
      expect(got.output).toBe(`${banner(memMiB)}[kernel] ${memMiB} MiB of RAM is too little (need 8 MiB)\n`);
      expect(got.status).toBe(2);
    } else {
      expect(got.output).toBe(booted(memMiB, freeKiB(got.output)));
      expect(got.status).toBe(0);
      // the free figure is most of RAM: the kernel keeps less than its first 8 MiB minus slack
      expect(freeKiB(got.output)).toBeGreaterThan(memMiB * 1024 - 512);
      expect(freeKiB(got.output)).toBeLessThan(memMiB * 1024);
    }
  });

  it('the free-KiB figure grows with RAM, by the RAM added', () => {
    const sizes = SIZES.filter((s) => s >= 8);
    for (const s of sizes) if (!runs.has(s)) runs.set(s, boot(s)); // when run alone with -t
    const free = sizes.map((s) => freeKiB(runs.get(s)!.output));
    for (let i = 1; i < sizes.length; i++) {
      expect(free[i]!).toBeGreaterThan(free[i - 1]!);
      // every extra MiB is free memory, less at most its page-table and frame-table overhead
      const added = (sizes[i]! - sizes[i - 1]!) * 1024;
      expect(free[i]! - free[i - 1]!).toBeLessThanOrEqual(added);
      expect(free[i]! - free[i - 1]!).toBeGreaterThan(added * 0.98);
    }
  });

  it('64 MiB: the interpreter and the JIT tier print the same as QEMU', () => {
    const want = reference(64);
    for (const tier of ['interp', 'jit'] as const) expect({ tier, ...boot(64, tier) }).toEqual({ tier, ...want });
  });

  it('4 MiB: the refusal is the same on the JIT tier', () => {
    expect(boot(4, 'jit')).toEqual(reference(4));
  });
});
