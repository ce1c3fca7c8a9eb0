// Machine benchmarks for `npm run bench` (issue 3's speed goals), measured side by side in one
// run on the same machine:
//  1. guest instructions per second of the interpreter and the block tier, in process, on the
//     CPU-bound bare-metal ELF and on the guest kernel's boot plus a workload: CPU-bound user
//     programs (the speed goal's case) and the trap- and syscall-heavy demo;
//  2. whole-process wall time of `ringfence machine run` (both tiers) against
//     qemu-system-riscv32 (TCG) on the same CPU-bound ELF, and on the guest kernel with the
//     CPU-bound user workload, with the UART outputs compared.
// Shared, noisy machines: compare ratios within one run, not absolute numbers across runs.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QEMU_SYSTEM as QEMU, virtArgs } from '../hypervisor/guest/conformance/fixture.ts';
import { initrcDisk } from '../hypervisor/guest/mkfs.ts';
import { buildRffs } from '../hypervisor/guest/rffs.ts';
import { parseElf } from '../hypervisor/machine/elf.ts';
import { VirtMachine } from '../hypervisor/machine/virt.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const RINGFENCE = join(ROOT, 'bin', 'ringfence.js');
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const CPU_BOUND = join(ROOT, 'hypervisor/guest/bench/cpu-bound.elf');
const CPU_BOUND_LONG = join(ROOT, 'hypervisor/guest/bench/cpu-bound-long.elf');
const KERNEL = join(ROOT, 'hypervisor/guest/kernel/kernel.elf');
const DEMO = join(ROOT, 'hypervisor/guest/user/demo.img');

type Tier = 'interp' | 'jit';

/** Best-of-N guest instructions per second of one tier, in process. */
function rate(elf: string, tier: Tier, disk?: string | Uint8Array): { mips: number; instructions: number; output: string } {
  let best = 0;
  let instructions = 0;
  let output = '';
  for (let i = 0; i < REPEATS; i++) {
    const bytes: number[] = [];
    const image = typeof disk === 'string' ? new Uint8Array(readFileSync(disk)) : disk;
    const m = VirtMachine.create({ tier, output: (b) => bytes.push(b), ...(image ? { disk: image } : {}) });
    m.loadElf(parseElf(readFileSync(elf), elf));
    const t0 = performance.now();
    const exit = m.run(5_000_000_000);
    const ms = performance.now() - t0;
    instructions = exit.instructions;
    output = Buffer.from(bytes).toString('latin1');
    best = Math.max(best, instructions / ms / 1e3);
  }
  return { mips: best, instructions, output };
}

/** Median whole-process wall time of a command, with its stdout. */
function wall(cmd: string, args: string[]): { ms: number; stdout: string; status: number | null } {
  const times: number[] = [];
  let last = { stdout: '', status: null as number | null };
  for (let i = 0; i < REPEATS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'latin1', input: '' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    last = { stdout: r.stdout, status: r.status };
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, ...last };
}

/** Whole-process wall time of both tiers against qemu-system-riscv32 on one ELF (and disk), with the outputs compared. */
function wholeProcess(name: string, elf: string, disk: string | undefined): string[] {
  const lines = ['', `Whole-process wall time, ${name} (median of ${REPEATS}):`, '', '| command | ms | / QEMU | output |', '|---|---|---|---|'];
  const qemu = QEMU ? wall(QEMU, virtArgs(elf, { cpu: 'rv32,c=false', ...(disk === undefined ? {} : { disk }) })) : undefined;
  if (qemu) lines.push(`| qemu-system-riscv32 (TCG) | ${qemu.ms.toFixed(0)} | 1.00 | ${lastLine(qemu.stdout)} |`);
  for (const tier of ['interp', 'jit'] as const) {
    const r = wall('node', [RINGFENCE, 'machine', 'run', '--tier', tier, ...(disk === undefined ? [] : ['--disk', disk]), elf]);
    const ratio = qemu ? (r.ms / qemu.ms).toFixed(2) : '(no QEMU)';
    const same = qemu ? (r.stdout === qemu.stdout ? 'same' : 'DIFFERENT') : lastLine(r.stdout);
    lines.push(`| ringfence machine run --tier ${tier} | ${r.ms.toFixed(0)} | ${ratio} | ${same} |`);
  }
  return lines;
}

const lastLine = (text: string): string => text.trim().split('\n').pop() ?? '';

export function machineBench(): string {
  const lines: string[] = [];
  lines.push(`Machine tiers, guest instructions per second (best of ${REPEATS}, in process):`, '');
  lines.push('| workload | instructions | interpreter (M/s) | block tier (M/s) | jit / interp | same output |', '|---|---|---|---|---|---|');
  // CPU-bound user work under the guest kernel (paged U-mode, 1 ms timer preemption): init runs
  // the commands of /initrc (user/init.c), here `compute` with 1,000 and 10,000 thousand rounds.
  const userDisk = (command: string): Uint8Array => buildRffs(initrcDisk([command.split(',')[0]!], `${command}\n`));
  const workloads: [string, string, string | Uint8Array | undefined][] = [
    ['cpu-bound.elf (bare metal)', CPU_BOUND, undefined],
    ['guest kernel boot + compute,10000 (U-mode)', KERNEL, userDisk('compute,10000')],
    ['guest kernel boot + compute,1000 (U-mode)', KERNEL, userDisk('compute,1000')],
    ['guest kernel boot + demo.img (trap-heavy)', KERNEL, DEMO],
  ];
  for (const [name, elf, disk] of workloads) {
    const interp = rate(elf, 'interp', disk);
    const jit = rate(elf, 'jit', disk);
    lines.push(
      `| ${name} | ${interp.instructions} | ${interp.mips.toFixed(1)} | ${jit.mips.toFixed(1)} | ${(jit.mips / interp.mips).toFixed(2)} | ${interp.output === jit.output ? 'yes' : 'NO'} |`,
    );
  }
  lines.push(...wholeProcess('cpu-bound-long.elf, bare metal', CPU_BOUND_LONG, undefined));
  // The same for the guest kernel with CPU-bound user work (the disk is a temporary file).
  const dir = mkdtempSync(join(tmpdir(), 'rf-bench-'));
  try {
    const image = join(dir, 'compute.img');
    writeFileSync(image, userDisk('compute,10000'));
    lines.push(...wholeProcess('the guest kernel + compute,10000', KERNEL, image));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${machineBench()}\n`);
