// Benchmark of the hart's execution tiers: CPU-bound bare-metal RV32 programs run under the
// reference interpreter and under the block tier (hypervisor/machine/jit), side by side in one
// process, best of N runs each, printed as guest instructions per second and the ratio.
//   npx tsx bench/machine-tiers.ts            (BENCH_REPEATS=N to change the 5 repeats)
// The machines are shared and noisy: compare the ratio within one run, not across runs.
// (The guest kernel workloads are measured by bench/machine.ts.)

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemble } from '../hypervisor/machine/asm.ts';
import { Cpu } from '../hypervisor/machine/cpu.ts';
import { parseElf } from '../hypervisor/machine/elf.ts';
import { BlockTier } from '../hypervisor/machine/jit/block-tier.ts';
import { Ram, RAM_BASE, type Bus, type BusFault, type Width } from '../hypervisor/machine/memory.ts';
import { VirtMachine } from '../hypervisor/machine/virt.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const FINISHER = 0x100000;

const EXIT = `
  li t6, ${FINISHER}
  li t5, 0x5555
  sw t5, 0(t6)
halt: j halt
`;

/** Loads, stores, calls and returns over several blocks: an array checksum and update pass. */
const MEM_CALLS = `
    li s0, 400
    li s1, 0x80010000
  outer:
    mv a0, s1
    li a1, 1024
    jal ra, pass
    add s2, s2, a0
    addi s0, s0, -1
    bnez s0, outer
    ${EXIT}
  pass:
    li t1, 0
  inner:
    lw t2, 0(a0)
    add t1, t1, t2
    addi t2, t2, 3
    sw t2, 0(a0)
    lbu t3, 1(a0)
    xor t1, t1, t3
    addi a0, a0, 4
    addi a1, a1, -1
    bnez a1, inner
    mv a0, t1
    ret
`;

/**
 * MEM_CALLS in S-mode under Sv32 (megapages: RAM identity-mapped, and page 0 so the finisher
 * is reachable): every load and store is translated (the block tier's inline TLB-hit path).
 */
const PAGED = `
    la t0, pt
    li t1, 0x200000cf       # VA 0x80000000 -> PA 0x80000000: D A X W R V
    li t2, 0x800
    add t2, t2, t0
    sw t1, 0(t2)
    li t1, 0xc7             # VA 0 -> PA 0 (the finisher): D A W R V
    sw t1, 0(t0)
    li t1, -1
    csrw pmpaddr0, t1
    li t1, 0x0f             # TOR, RWX: S-mode may use everything
    csrw pmpcfg0, t1
    srli t0, t0, 12
    li t1, 0x80000000
    or t0, t0, t1
    csrw satp, t0
    li t1, 0x1800
    csrc mstatus, t1
    li t1, 0x800
    csrs mstatus, t1        # MPP = S
    la t1, s_main
    csrw mepc, t1
    mret
  s_main:
  ${MEM_CALLS}
    .data
    .balign 4096
  pt:
    .space 4096
`;

/** Bare-metal programs assembled here; each ends at the finisher. */
const PROGRAMS: Record<string, string> = {
  // One hot self-looping block of ALU work (the translator's best case).
  'alu-loop': `
    li t0, 20000000
    li a0, 0
    li a1, 1
  loop:
    add a0, a0, a1
    xor a1, a1, a0
    slli a2, a0, 3
    srli a3, a1, 5
    add a1, a1, a2
    sub a0, a0, a3
    addi t0, t0, -1
    bnez t0, loop
  ${EXIT}`,
  'mem-calls': MEM_CALLS,
  // The same under Sv32 in S-mode.
  'mem-calls (S-mode, Sv32)': PAGED,
};

/** RAM plus the finisher. */
class BenchBus implements Bus {
  cpu: Cpu | undefined;
  constructor(readonly ram: Ram) {}
  load(addr: number, width: Width): number | BusFault {
    return this.ram.load(addr, width);
  }
  store(addr: number, width: Width, value: number): BusFault | undefined {
    if (addr === FINISHER) {
      this.cpu?.requestStop({ source: 'finisher', code: value });
      return undefined;
    }
    return this.ram.store(addr, width, value);
  }
}

interface Sample {
  seconds: number;
  instructions: number;
  check: string;
}

function runBare(src: string, jit: boolean): Sample {
  const ram = new Ram(1 << 20);
  ram.loadImage(assemble(src, { base: RAM_BASE }).bytes);
  const bus = new BenchBus(ram);
  const cpu = new Cpu(bus);
  bus.cpu = cpu;
  if (jit) cpu.tier = new BlockTier(ram);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) if (cpu.run(100_000_000).kind === 'stop') break;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, instructions: cpu.instret, check: `${cpu.x.join(',')} ${cpu.cycle}` };
}

function runElf(path: string, jit: boolean): Sample {
  const image = parseElf(readFileSync(path), path);
  let out = '';
  const m = VirtMachine.create({ memMiB: 16, output: (b) => void (out += String.fromCharCode(b)) });
  m.loadElf(image);
  if (jit) for (const cpu of m.harts) cpu.tier = new BlockTier(m.ram);
  const t0 = process.hrtime.bigint();
  const exit = m.run(2_000_000_000);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // The block tier adds its own counters (blocks.*); every other event must be the same.
  const events = Object.entries(m.stats().events).filter(([k]) => !k.startsWith('blocks.'));
  return { seconds, instructions: m.instructions(), check: `${exit.kind} ${out} ${JSON.stringify(events)}` };
}

/** The fastest of REPEATS runs, and the first one (which pays for V8 warming up the code). */
function best(run: () => Sample): { best: Sample; first: Sample } {
  let b: Sample | undefined;
  let first: Sample | undefined;
  for (let i = 0; i < REPEATS; i++) {
    const s = run();
    first ??= s;
    if (b !== undefined && s.check !== b.check) throw new Error('a run ended in a different state');
    if (b === undefined || s.seconds < b.seconds) b = s;
  }
  return { best: b!, first: first! };
}

const rows: string[][] = [['program', 'instructions', 'interp M/s', 'jit M/s', 'jit/interp', '1st run interp', '1st run jit', 'same state']];
const cases: [string, (jit: boolean) => Sample][] = [
  ...Object.entries(PROGRAMS).map(([name, src]): [string, (jit: boolean) => Sample] => [name, (jit) => runBare(src, jit)]),
  ['conformance/alu.elf', (jit) => runElf(join(ROOT, 'hypervisor/guest/conformance/alu.elf'), jit)],
];
for (const [name, run] of cases) {
  const interp = best(() => run(false));
  const jit = best(() => run(true));
  const rate = (s: Sample): number => s.instructions / s.seconds / 1e6;
  rows.push([
    name,
    String(interp.best.instructions),
    rate(interp.best).toFixed(1),
    rate(jit.best).toFixed(1),
    (rate(jit.best) / rate(interp.best)).toFixed(2),
    rate(interp.first).toFixed(1),
    rate(jit.first).toFixed(1),
    interp.best.check === jit.best.check ? 'yes' : 'NO',
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`best of ${REPEATS} runs per tier, M = 10^6 guest instructions per second (node ${process.version});`);
console.log('"1st run": the first run of each tier in this process, including V8 warm-up and block compilation');
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
