// `ringfence machine run FILE.elf`: boots a static RV32 ELF on the simulated QEMU-virt-compatible
// machine (hypervisor/machine/virt.ts), with the UART as the terminal, and turns how the machine
// stopped into an exit status (finisher pass 0, fail its code, budget 124, halted 3, bad
// arguments or files 2). Thin: it validates arguments, reads files and calls the layers.

import { readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { Command } from 'commander';
import { checkFits, ElfError, parseElf, type ElfImage } from '../../hypervisor/machine/elf.ts';
import { RAM_BASE } from '../../hypervisor/machine/memory.ts';
import { VirtMachine, type MachineExit, type VirtOptions } from '../../hypervisor/machine/virt.ts';
import { guard, UserError } from './errors.ts';

/** Exit statuses beyond the guest's own (documented in docs/machine.md). */
export const EXIT_USAGE = 2;
export const EXIT_HALTED = 3;
export const EXIT_BUDGET = 124; // as timeout(1)
export const TRACE_LINE_CAP = 1_000_000;

interface MachineRunOptions {
  harts?: string;
  mem?: string;
  tlb?: string;
  tier?: string;
  disk?: string;
  trace?: boolean;
  stats?: boolean;
  maxInstructions?: string;
}

/** The `machine` command group and its `run` subcommand, ready for `program.addCommand`. */
export function machineCommand(): Command {
  const machine = new Command('machine').description('the simulated RV32 machine (QEMU virt compatible)');
  machine
    .command('run')
    .description('boot a static RV32 ELF executable (like qemu-system-riscv32 -M virt -bios none -kernel FILE)')
    .argument('<file>', 'ELF32 RISC-V executable (rv32ima, ilp32, linked into RAM at 0x80000000)')
    .option('--harts <n>', 'number of harts (CPUs)', '1')
    .option('--mem <MiB>', 'RAM size in MiB', '128')
    .option('--tier <tier>', 'execution tier: interp or jit', 'interp')
    .option('--tlb <entries>', 'TLB entries per hart (a power of two, 1..65536)', '64')
    .option('--disk <img>', 'raw disk image on virtio-mmio slot 0 (0x10001000)')
    .option('--trace', `print every executed instruction to stderr (first ${TRACE_LINE_CAP} lines)`)
    .option('--stats', 'print event counts and cycles to stderr after the run')
    .option('--max-instructions <n>', 'stop after this many instructions (exit status 124)')
    .showHelpAfterError(false)
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : EXIT_USAGE))
    .action(guard(machineRunCommand));
  return machine;
}

/** Validates everything, builds and loads the machine, runs it and sets the exit status. */
export function machineRunCommand(file: string, opts: MachineRunOptions): void {
  const maxInstructions = opts.maxInstructions === undefined ? undefined : positiveInteger('--max-instructions', opts.maxInstructions);
  const tier = opts.tier ?? 'interp';
  if (tier !== 'interp' && tier !== 'jit') usage(`--tier must be interp or jit, got '${tier}'`);
  const memMiB = positiveInteger('--mem', opts.mem ?? '128');
  const harts = positiveInteger('--harts', opts.harts ?? '1');
  const image = loadImage(file, memMiB);
  const disk = opts.disk === undefined ? undefined : readInput(opts.disk, 'disk image');
  // stdin last: reading it may wait for the writer, which is pointless for a refused file.
  const tlbEntries = positiveInteger('--tlb', opts.tlb ?? '64');
  const options: VirtOptions = { harts, memMiB, tier, disk, tlbEntries, input: stdinBytes() };
  const uart = new BufferedFd(1, process.stdout.isTTY === true);
  const trace = opts.trace ? new TraceSink() : undefined;
  const machine = createMachine({ ...options, output: (b) => uart.byte(b), trace: trace && ((line) => trace.line(line)) });
  try {
    machine.loadElf(image);
  } catch (e) {
    if (e instanceof ElfError) usage(e.message);
    throw e;
  }
  let exit: MachineExit;
  try {
    exit = machine.run(maxInstructions);
  } finally {
    uart.flush();
    trace?.finish(machine.stats().instructions);
  }
  if (opts.stats) writeSync(2, formatStats(machine.stats()));
  process.exitCode = exitStatus(exit);
}

/** A bad argument or file: one line on stderr, exit status 2. */
function usage(message: string): never {
  throw new UserError(`error: ${message}`, EXIT_USAGE);
}

function positiveInteger(flag: string, text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) usage(`${flag} needs a positive integer, got '${text}'`);
  return n;
}

/** Input files larger than this are refused before reading: RAM is at most 2047 MiB. */
const MAX_INPUT_BYTES = 2047 * 2 ** 20;
/** At most this much of stdin is fed to the UART (stdin may be an endless pipe or /dev/zero). */
const MAX_STDIN_BYTES = 16 * 2 ** 20;

/**
 * The bytes of a regular file, or a one-line usage error naming it and why it could not be read.
 * Devices and FIFOs are refused: `/dev/zero` would never end.
 */
function readInput(path: string, what: string): Uint8Array {
  try {
    const info = statSync(path);
    if (info.isDirectory()) usage(`cannot read ${what} ${path}: is a directory`);
    if (!info.isFile()) usage(`cannot read ${what} ${path}: not a regular file`);
    if (info.size > MAX_INPUT_BYTES) usage(`cannot read ${what} ${path}: ${info.size} bytes is larger than the largest RAM`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    usage(`cannot read ${what} ${path}: ${why}`);
  }
}

/** The parsed ELF, checked to fit in RAM before any machine is built (the machine checks again). */
function loadImage(file: string, memMiB: number): ElfImage {
  const bytes = readInput(file, 'ELF file');
  try {
    const image = parseElf(bytes, file);
    checkFits(image, RAM_BASE, memMiB * 2 ** 20);
    return image;
  } catch (e) {
    if (e instanceof ElfError) usage(e.message);
    throw e;
  }
}

/**
 * Stdin when it is a file or a pipe (the UART's receive side), up to MAX_STDIN_BYTES, read
 * before the machine starts; nothing from a terminal.
 */
function stdinBytes(): Uint8Array {
  if (process.stdin.isTTY) return new Uint8Array(0);
  const buffer = new Uint8Array(MAX_STDIN_BYTES);
  let used = 0;
  try {
    for (;;) {
      const n = readSync(0, buffer, used, buffer.length - used, null);
      if (n === 0) break;
      used += n;
      if (used === buffer.length) break;
    }
  } catch {
    // EAGAIN (a non-blocking stdin with nothing ready) or a closed descriptor: feed what we have.
  }
  return buffer.slice(0, used);
}

/** VirtMachine.create, with its RangeError for options it cannot build turned into a usage error. */
function createMachine(options: VirtOptions): VirtMachine {
  try {
    return VirtMachine.create(options);
  } catch (e) {
    if (e instanceof RangeError) usage(e.message);
    throw e;
  }
}

/**
 * How the machine stopped -> process exit status. A failing finisher write exits with its code
 * like QEMU (low 8 bits, as the OS truncates), except that a failure never exits 0: QEMU exits 0
 * for a plain 0x3333 (code 0) and for codes that are multiples of 256, hiding the failure.
 */
export function exitStatus(exit: MachineExit): number {
  switch (exit.kind) {
    case 'poweroff':
      if (exit.status === 'fail') return exit.code & 0xff || 1;
      return 0;
    case 'budget':
      process.stderr.write(`ringfence: stopped after ${exit.instructions} instructions (--max-instructions)\n`);
      return EXIT_BUDGET;
    case 'halted':
      process.stderr.write(`ringfence: machine halted after ${exit.instructions} instructions: every hart waits for an interrupt that can never come\n`);
      return EXIT_HALTED;
  }
}

/**
 * `--stats`: one aligned `name  value` row per counter, totals first, then where the cycles
 * came from (`cycles.<what>`: counted events times hypervisor/machine/costs.ts; with idleCycles
 * they add up to the cycles of a one-hart run).
 */
export function formatStats(stats: { events: Record<string, number>; cycles: number; instructions: number; cycleBreakdown?: Record<string, number> }): string {
  const breakdown = Object.entries(stats.cycleBreakdown ?? {}).filter(([, v]) => v !== 0).map(([k, v]): [string, number] => [`cycles.${k}`, v]);
  const rows: [string, number][] = [['instructions', stats.instructions], ['cycles', stats.cycles], ...Object.entries(stats.events), ...breakdown];
  const nameWidth = Math.max(...rows.map(([name]) => name.length));
  const valueWidth = Math.max(...rows.map(([, v]) => String(v).length));
  return rows.map(([name, v]) => `${name.padEnd(nameWidth)}  ${String(v).padStart(valueWidth)}\n`).join('');
}

/** Bytes for a file descriptor, written in chunks (and per line on a terminal) with writeSync. */
class BufferedFd {
  private readonly buffer = new Uint8Array(8192);
  private used = 0;
  private closed = false;
  constructor(
    private readonly fd: number,
    private readonly flushLines: boolean,
  ) {}
  byte(b: number): void {
    this.buffer[this.used++] = b;
    if (this.used === this.buffer.length || (this.flushLines && b === 10)) this.flush();
  }
  text(s: string): void {
    for (const b of Buffer.from(s)) this.byte(b);
  }
  flush(): void {
    let done = 0;
    while (done < this.used && !this.closed) {
      try {
        done += writeSync(this.fd, this.buffer, done, this.used - done);
      } catch (e) {
        // A non-blocking pipe whose reader is behind says EAGAIN: try again. A closed one
        // (`| head`) says EPIPE: the rest of the output has nowhere to go.
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') this.closed = true;
      }
    }
    this.used = 0;
  }
}

/** `--trace` lines to stderr, keeping only the first TRACE_LINE_CAP (the machine stops there too). */
class TraceSink {
  private readonly out = new BufferedFd(2, false);
  private lines = 0;
  line(text: string): void {
    if (this.lines++ < TRACE_LINE_CAP) this.out.text(`${text}\n`);
  }
  finish(instructions: number): void {
    if (instructions > TRACE_LINE_CAP) this.out.text(`[trace: ${instructions - TRACE_LINE_CAP} later instructions not shown]\n`);
    this.out.flush();
  }
}
