// The simulated machine: QEMU `virt`-compatible RAM, devices and harts, and the deterministic
// run loop that interleaves the harts and keeps time. Takes options and an ELF image; hands on
// typed exits (power-off, budget, halted) and event statistics priced by the cost table.
//
// Time: every hart counts simulated cycles (costs.ts). Machine time is the furthest any hart
// has got; mtime = machine cycles / CYCLES_PER_TICK. Several harts run in round-robin slices of
// SLICE_CYCLES each, so multi-hart runs are deterministic; timer lines are re-evaluated between
// a hart's run calls (a latency of about one slice, 100 µs of simulated time, at most). A lone
// hart runs straight to its next timer deadline (SOLO_SLICE_CYCLES at most); its run calls end
// at every device access, so a deadline it programs is honoured exactly. When every hart waits
// in WFI, time jumps to the next mtimecmp deadline; with none, the machine is halted.
//
// Machine lifecycle (explicit states):
//   Created --loadElf--> Loaded --run--> Running --finisher--> PoweredOff
//                                        Running --budget/halted--> Loaded (run may be called again)

import { CYCLES_PER_TICK, EVENT_CYCLES, INSN_CYCLES, MTIME_HZ } from './costs.ts';
import { Cpu, type RunExit } from './cpu.ts';
import { restoreCpu, saveCpu } from './cpu-state.ts';
import { checkConfig, decodeSnapshot, encodeSnapshot, type MachineSnapshot } from './snapshot.ts';
import { SnapshotError } from './device.ts';
import { PhysicalBus } from './bus.ts';
import type { Clock, Device, InterruptLine } from './device.ts';
import { Clint } from './devices/clint.ts';
import { Finisher, type FinisherRequest } from './devices/finisher.ts';
import { Plic } from './devices/plic.ts';
import { Uart16550, UART_IRQ } from './devices/uart16550.ts';
import { VirtioBlk } from './devices/virtio-blk.ts';
import { disassemble } from './disasm.ts';
import { keepAsDoubles } from './double-fields.ts';
import { checkFits, type ElfImage } from './elf.ts';
import { buildFdt, fdtAddress, virtDeviceTree } from './fdt.ts';
import { INSNS, type InsnClass } from './isa.ts';
import { BlockTier, blockTierStats } from './jit/block-tier.ts';
import { Ram, RAM_BASE } from './memory.ts';
import { EXCEPTION_NAMES, Interrupt, INTERRUPT_NAMES, type ExceptionCause, type InterruptCause } from './trap.ts';

export const MAX_HARTS = 8;
export const VIRTIO_BASE = 0x10001000;
export const VIRTIO_SLOTS = 8;
/** Cycles each hart runs per round before the others get their turn and timers are checked. */
export const SLICE_CYCLES = 1000 * CYCLES_PER_TICK;
/**
 * A lone hart has no one to take turns with: it runs up to the next timer deadline, at most
 * this long. A write to the CLINT ends its run call (Cpu.yieldOnDevice), so a timer it programs
 * is seen at once; nothing else outside the hart can interrupt it.
 */
export const SOLO_SLICE_CYCLES = 100 * SLICE_CYCLES;

export interface VirtOptions {
  /** RAM size in MiB (default 128, QEMU's default for virt). */
  memMiB?: number;
  harts?: number;
  /** A raw disk image for virtio-mmio slot 0; the guest's writes change only this copy. */
  disk?: Uint8Array;
  output?: (byte: number) => void;
  input?: Uint8Array;
  tier?: 'interp' | 'jit';
  tlbEntries?: number;
  /** Receives one line per executed instruction (slow). */
  trace?: (line: string) => void;
}

export type MachineState = 'created' | 'loaded' | 'running' | 'powered-off';

export type MachineExit =
  | { readonly kind: 'poweroff'; readonly status: 'pass' | 'fail' | 'reset'; readonly code: number; readonly instructions: number }
  | { readonly kind: 'budget'; readonly instructions: number }
  | { readonly kind: 'halted'; readonly instructions: number };

export interface HartStats {
  readonly hart: number;
  readonly instructions: number;
  readonly cycles: number;
}

export interface MachineStats {
  /** Counted events by name (instructions by class, traps, TLB, devices, ...). */
  readonly events: Record<string, number>;
  /** Simulated cycles: machine time (the furthest hart). */
  readonly cycles: number;
  readonly instructions: number;
  readonly perHart: readonly HartStats[];
  /** Cycles by what they were charged for (sums to the harts' busy cycles). */
  readonly cycleBreakdown: Record<string, number>;
}

export class VirtMachine {
  readonly ram: Ram;
  readonly bus: PhysicalBus;
  readonly harts: readonly Cpu[];
  readonly clint: Clint;
  readonly plic: Plic;
  readonly uart: Uart16550;
  readonly disk: VirtioBlk | undefined;
  state: MachineState = 'created';
  readonly config: { readonly memMiB: number; readonly harts: number; readonly hasDisk: boolean; readonly tlbEntries: number };
  private poweroff: FinisherRequest | undefined;
  /** Machine time in cycles: never decreases. */
  private nowCycles = 0;
  private idleCycles = 0;
  /** updateTimers' memo: the device-access count and the next deadline (mtime ticks) at its last evaluation. */
  private timersCheckedAt = -1;
  /** clint.writes when the running hart's current run call began (Cpu.yieldOnDevice). */
  private clintWritesAtCall = 0;
  /** End of the current slice in cycles (a lone hart's slice shrinks when it programs a nearer timer). */
  private deadline = 0;
  private nextTimerTick = 0;
  /**
   * Each hart's recent cycles per instruction, to size its run calls. It decides when timers
   * are checked, so it is machine state: deterministic, and saved in snapshots.
   */
  private readonly cpi: number[] = [];
  private running: Cpu | undefined;

  static create(options: VirtOptions = {}): VirtMachine {
    return new VirtMachine(options);
  }

  private constructor(options: VirtOptions) {
    // Machine time passes 2^31 cycles and deadlines can be Infinity (double-fields.ts).
    keepAsDoubles(this, ['nowCycles', 'idleCycles', 'deadline', 'nextTimerTick']);
    const memMiB = options.memMiB ?? 128;
    if (!Number.isInteger(memMiB) || memMiB < 1 || memMiB > 2047) throw new RangeError(`--mem must be 1..2047 MiB, got ${memMiB}`);
    const hartCount = options.harts ?? 1;
    if (!Number.isInteger(hartCount) || hartCount < 1 || hartCount > MAX_HARTS) throw new RangeError(`--harts must be 1..${MAX_HARTS}, got ${hartCount}`);
    this.ram = new Ram(memMiB * 1024 * 1024, RAM_BASE);
    this.config = { memMiB, harts: hartCount, hasDisk: options.disk !== undefined, tlbEntries: options.tlbEntries ?? 64 };
    const clock: Clock = { now: () => this.mtimeTicks() };
    const devices: Device[] = [];
    const output = options.output ?? (() => {});
    // Harts are created after the bus, so lines look their hart up lazily.
    const hartsRef: Cpu[] = [];
    // Devices drive their lines from construction on; levels set before a hart exists are replayed.
    const early: [number, number, boolean][] = [];
    const line = (hart: number, bit: number): InterruptLine => ({
      set: (level) => {
        const cpu = hartsRef[hart];
        if (cpu !== undefined) cpu.setInterruptLine(bit, level);
        else early.push([hart, bit, level]);
      },
    });
    this.clint = new Clint(
      Array.from({ length: hartCount }, (_, h) => ({ msip: line(h, Interrupt.MSI), mtip: line(h, Interrupt.MTI) })),
      clock,
    );
    const contexts: InterruptLine[] = [];
    for (let h = 0; h < hartCount; h++) contexts.push(line(h, Interrupt.MEI), line(h, Interrupt.SEI));
    this.plic = new Plic(contexts);
    const irq = (source: number): InterruptLine => ({ set: (level) => this.plic.setSourceLevel(source, level) });
    this.uart = new Uart16550({ output, irq: irq(UART_IRQ) });
    if (options.input !== undefined) this.uart.pushInput(options.input);
    const finisher = new Finisher((req) => this.powerOff(req));
    devices.push(finisher, this.clint, this.plic, this.uart);
    for (let slot = 0; slot < VIRTIO_SLOTS; slot++) {
      const base = VIRTIO_BASE + slot * 0x1000;
      const name = `virtio${slot}`;
      // Slots without a disk answer with device ID 0 ("no device"), as QEMU's empty transports.
      // DMA reaches RAM only: a descriptor pointing at a device register is a DMA fault.
      const dev = new VirtioBlk({ name, base, disk: slot === 0 ? options.disk : undefined, dma: this.ram, irq: irq(1 + slot) });
      if (slot === 0 && options.disk !== undefined) this.disk = dev;
      devices.push(dev);
    }
    this.bus = new PhysicalBus(this.ram, devices);
    for (let h = 0; h < hartCount; h++) {
      const cpu = new Cpu(this.bus, { hartId: h, resetPc: RAM_BASE, tlbEntries: options.tlbEntries ?? 64, time: () => this.clint.mtime() });
      // Only a CLINT write (mtimecmp, mtime, msip) can move a timer deadline.
      cpu.yieldOnDevice = () => this.clint.writes !== this.clintWritesAtCall;
      if (options.trace !== undefined) cpu.tracer = traceLine(options.trace);
      if (options.tier === 'jit') cpu.tier = new BlockTier(this.ram);
      hartsRef.push(cpu);
    }
    this.harts = hartsRef;
    this.cpi.push(...hartsRef.map(() => 1));
    for (const [hart, bit, level] of early) hartsRef[hart]!.setInterruptLine(bit, level);
    this.clint.update();
  }

  /**
   * Copies the ELF's segments into RAM, places the machine's device tree where QEMU virt puts
   * it (fdt.ts; unless a segment is there) and points every hart at the entry with a0 = mhartid
   * and a1 = the tree's address (0 when it was not placed), as QEMU's reset code does.
   */
  loadElf(image: ElfImage): void {
    checkFits(image, this.ram.base, this.ram.size);
    for (const seg of image.segments) {
      const off = seg.paddr - this.ram.base;
      this.ram.bytes.set(seg.data, off);
      this.ram.bytes.fill(0, off + seg.data.length, off + seg.memsz);
      this.ram.invalidateRange(off, seg.memsz);
    }
    const fdt = this.placeDeviceTree(image);
    for (const cpu of this.harts) {
      cpu.pc = image.entry >>> 0;
      cpu.x[10] = cpu.hartId;
      cpu.x[11] = fdt | 0;
    }
    this.state = 'loaded';
  }

  /** Writes the device tree into RAM at QEMU's address; returns that address, or 0 if it would overlap the image. */
  private placeDeviceTree(image: ElfImage): number {
    const at = fdtAddress(this.ram.base, this.ram.size);
    if (at === undefined) return 0;
    const blob = buildFdt(
      virtDeviceTree({ ramBase: this.ram.base, ramSize: this.ram.size, harts: this.harts.length, timebase: MTIME_HZ, virtioBase: VIRTIO_BASE, virtioSlots: VIRTIO_SLOTS }),
    );
    const overlaps = image.segments.some((seg) => seg.paddr < at + blob.length && at < seg.paddr + seg.memsz);
    if (overlaps || at + blob.length > this.ram.base + this.ram.size) return 0;
    this.ram.bytes.set(blob, at - this.ram.base);
    this.ram.invalidateRange(at - this.ram.base, blob.length);
    return at;
  }

  /** Runs until power-off, until `maxInstructions` have executed (all harts), or until halted. */
  run(maxInstructions = Infinity): MachineExit {
    if (this.state === 'powered-off') return this.poweroffExit();
    this.state = 'running';
    let executed = 0;
    this.updateTimers(this.nowCycles);
    while (executed < maxInstructions) {
      this.deadline = this.sliceEnd(this.nowCycles);
      let anyRunning = false;
      for (const cpu of this.harts) {
        if (cpu.waiting) continue;
        anyRunning = true;
        // Another hart may have written the reserved word since this hart's LR (harts are
        // interleaved by slices, not by instructions): an SC.W in this slice must not succeed
        // on a reservation from an earlier one (unprivileged spec §8.2). A reservation that
        // lives within one slice is unaffected, so constrained LR/SC loops still progress.
        if (this.harts.length > 1) cpu.reservation = -1;
        executed += this.runHart(cpu, maxInstructions - executed);
        if (this.poweroff !== undefined) return this.finish();
        if (executed >= maxInstructions) {
          // Out of budget inside the round: machine time stays where the harts got to.
          this.state = 'loaded';
          return { kind: 'budget', instructions: this.instructions() };
        }
      }
      if (!anyRunning && !this.skipIdleTime()) {
        this.state = 'loaded';
        return { kind: 'halted', instructions: this.instructions() };
      }
      // Harts that waited through the slice were idle until the deadline.
      const deadline = this.deadline;
      for (const cpu of this.harts) {
        if (cpu.cycle < deadline && cpu.waiting) {
          this.idleCycles += deadline - cpu.cycle;
          cpu.cycle = deadline;
        }
      }
      this.advanceTo(deadline);
    }
    this.state = 'loaded';
    return { kind: 'budget', instructions: this.instructions() };
  }

  /**
   * Runs one hart until its cycles reach `deadline`; returns the instructions it executed. The
   * hart counts instructions, not cycles, so each call asks for as many steps as the remaining
   * cycles allow at the cycles-per-instruction the hart showed so far (at most twice the
   * remainder's worth of an average step): the slice overshoots by about one call's variance,
   * not by the cost of its most expensive instruction times its length.
   */
  private runHart(cpu: Cpu, budget: number): number {
    this.running = cpu;
    let executed = 0;
    // cpu.cycle is derived from the hart's counts: read it once per run call.
    let cycle = cpu.cycle;
    while (cycle < this.deadline && executed < budget && !cpu.waiting) {
      const cpi = this.cpi[cpu.hartId]!;
      const steps = Math.max(1, Math.min(budget - executed, Math.ceil((this.deadline - cycle) / cpi)));
      this.clintWritesAtCall = this.clint.writes;
      const exit: RunExit = cpu.run(steps);
      executed += exit.steps;
      const after = cpu.cycle;
      if (exit.steps > 0) this.cpi[cpu.hartId] = Math.max(1, (after - cycle) / exit.steps);
      cycle = after;
      if (exit.kind === 'stop' || this.poweroff !== undefined) break;
      this.updateTimers(cycle);
      // A device access may have moved the next timer deadline closer.
      if (exit.kind === 'device') this.deadline = Math.min(this.deadline, this.sliceEnd(cycle));
    }
    if (cycle > this.nowCycles) this.nowCycles = cycle;
    this.updateTimers(this.nowCycles);
    this.running = undefined;
    return executed;
  }

  /** Where a slice starting at `cycles` ends: one slice with several harts; up to the next timer for one. */
  private sliceEnd(cycles: number): number {
    if (this.harts.length > 1) return cycles + SLICE_CYCLES;
    const timer = this.nextTimerTick * CYCLES_PER_TICK;
    return Math.min(cycles + SOLO_SLICE_CYCLES, Math.max(cycles + 1, timer));
  }

  /**
   * Re-evaluates the CLINT's timer lines, unless nothing can have changed them: no device was
   * accessed since the last evaluation (mtimecmp and mtime writes are device accesses) and
   * machine time has not reached the next deadline.
   */
  private updateTimers(cycles: number): void {
    const ticks = Math.floor(Math.max(cycles, this.nowCycles) / CYCLES_PER_TICK);
    if (this.clint.writes === this.timersCheckedAt && ticks < this.nextTimerTick) return;
    this.clint.update();
    this.nextTimerTick = this.clint.nextDeadline();
    this.timersCheckedAt = this.clint.writes;
  }

  /** Every hart waits: jump to the next timer deadline. False when nothing can ever wake them. */
  private skipIdleTime(): boolean {
    const next = this.clint.nextDeadline();
    if (!Number.isFinite(next)) return false;
    const target = Math.max(this.nowCycles, Math.ceil(next) * CYCLES_PER_TICK);
    if (target > this.nowCycles) {
      for (const cpu of this.harts) {
        if (cpu.cycle < target) {
          this.idleCycles += target - cpu.cycle;
          cpu.cycle = target;
        }
      }
      this.nowCycles = target;
    }
    this.clint.update();
    return true;
  }

  private advanceTo(cycles: number): void {
    if (cycles > this.nowCycles) this.nowCycles = cycles;
    this.updateTimers(this.nowCycles);
  }

  /** mtime in ticks: machine time, or the running hart's own time when it is ahead. */
  private mtimeTicks(): number {
    const running = this.running;
    if (running !== undefined && running.cycle > this.nowCycles) this.nowCycles = running.cycle;
    return Math.floor(this.nowCycles / CYCLES_PER_TICK);
  }

  private powerOff(req: FinisherRequest): void {
    this.poweroff ??= req;
    for (const cpu of this.harts) cpu.requestStop({ source: 'finisher', code: req.code });
  }

  private finish(): MachineExit {
    this.state = 'powered-off';
    return this.poweroffExit();
  }

  private poweroffExit(): MachineExit {
    const req = this.poweroff!;
    return { kind: 'poweroff', status: req.kind, code: req.code, instructions: this.instructions() };
  }

  /** The whole machine state (harts, devices, time, RAM, disk contents). */
  save(): MachineSnapshot {
    return {
      config: this.config,
      state: this.state === 'running' ? 'loaded' : this.state,
      time: { nowCycles: this.nowCycles, idleCycles: this.idleCycles, cpi: [...this.cpi] },
      harts: this.harts.map((cpu) => saveCpu(cpu)),
      devices: this.bus.save(),
      poweroff: this.poweroff === undefined ? null : { kind: this.poweroff.kind, code: this.poweroff.code },
      ram: this.ram.bytes.slice(),
    };
  }

  /** Replaces the machine's state with a snapshot of a machine with the same configuration. */
  restore(snapshot: MachineSnapshot): void {
    const mine = this.config;
    checkConfig(snapshot.config, mine);
    if (snapshot.ram.length !== this.ram.size) throw new SnapshotError('snapshot RAM size does not match');
    // Validate everything before changing anything: restore harts into scratch copies first.
    const scratch = this.harts.map((cpu) => new Cpu(new Ram(4096), { hartId: cpu.hartId, tlbEntries: mine.tlbEntries }));
    scratch.forEach((cpu, h) => restoreCpu(cpu, snapshot.harts[h]));
    this.bus.restore(snapshot.devices);
    this.harts.forEach((cpu, h) => restoreCpu(cpu, snapshot.harts[h]));
    this.ram.bytes.set(snapshot.ram);
    this.ram.invalidateAll();
    this.nowCycles = snapshot.time.nowCycles;
    this.idleCycles = snapshot.time.idleCycles;
    this.timersCheckedAt = -1;
    this.cpi.splice(0, this.cpi.length, ...snapshot.time.cpi);
    this.poweroff = snapshot.poweroff === null ? undefined : (snapshot.poweroff as FinisherRequest);
    this.state = snapshot.state as MachineState;
  }

  /** The snapshot as a file (see snapshot.ts for the layout). */
  saveFile(): Uint8Array {
    return encodeSnapshot(this.save());
  }

  /** Restores from snapshot file bytes; throws SnapshotError (one line) for anything wrong. */
  restoreFile(bytes: Uint8Array): void {
    this.restore(decodeSnapshot(bytes, this.config));
  }

  instructions(): number {
    let n = 0;
    for (const cpu of this.harts) for (const c of cpu.rowCounts) n += c;
    return n;
  }

  /** Event counts and the cycles they cost (costs.ts), summed over harts. */
  stats(): MachineStats {
    const events: Record<string, number> = {};
    const add = (name: string, n: number): void => {
      if (n !== 0) events[name] = (events[name] ?? 0) + n;
    };
    const byClass: Partial<Record<InsnClass, number>> = {};
    for (const cpu of this.harts) {
      cpu.rowCounts.forEach((n, row) => {
        const cls = row < INSNS.length ? INSNS[row]!.cls : 'system';
        byClass[cls] = (byClass[cls] ?? 0) + n;
        if (row === INSNS.length) add('illegal', n);
      });
      for (const [k, v] of Object.entries(cpu.events)) add(k, v);
      cpu.exceptionCounts.forEach((n, cause) => add(`exception.${EXCEPTION_NAMES[cause as ExceptionCause] ?? cause}`, n));
      cpu.interruptCounts.forEach((n, cause) => add(`interrupt.${INTERRUPT_NAMES[cause as InterruptCause] ?? cause}`, n));
    }
    for (const [cls, n] of Object.entries(byClass)) add(`insn.${cls}`, n);
    add('idleCycles', this.idleCycles);
    for (const [name, n] of Object.entries(blockTierStats(this.ram))) add(name, n); // jit tier only
    const breakdown: Record<string, number> = {};
    for (const [cls, n] of Object.entries(byClass)) if (n) breakdown[`insn.${cls}`] = n * INSN_CYCLES[cls as InsnClass];
    const e = (k: string): number => events[k] ?? 0;
    breakdown.trap = (e('exceptions') + e('interrupts')) * EVENT_CYCLES.trap;
    breakdown.xret = e('xrets') * EVENT_CYCLES.xret;
    breakdown.tlbMiss = e('tlbMisses') * EVENT_CYCLES.tlbMiss;
    breakdown.pageWalkRef = e('pageWalkRefs') * EVENT_CYCLES.pageWalkRef;
    breakdown.deviceAccess = e('deviceAccesses') * EVENT_CYCLES.deviceAccess;
    breakdown.sfence = e('sfences') * EVENT_CYCLES.sfence;
    return {
      events,
      cycles: this.nowCycles,
      instructions: this.instructions(),
      perHart: this.harts.map((cpu) => ({ hart: cpu.hartId, instructions: cpu.rowCounts.reduce((a, b) => a + b, 0), cycles: cpu.cycle })),
      cycleBreakdown: breakdown,
    };
  }
}

const TRACE_LIMIT = 1_000_000;

function traceLine(sink: (line: string) => void): (cpu: Cpu, pc: number, word: number) => void {
  let lines = 0;
  return (cpu, pc, word) => {
    if (lines++ >= TRACE_LIMIT) return;
    const hex = (v: number, n: number): string => (v >>> 0).toString(16).padStart(n, '0');
    sink(`${cpu.hartId} ${hex(pc, 8)}: ${hex(word, 8)}  ${disassemble(word >>> 0, pc)}`);
  };
}
