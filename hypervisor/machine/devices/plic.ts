// The platform-level interrupt controller at 0x0c000000 as QEMU virt's (hw/intc/sifive_plic.c,
// RISC-V PLIC spec 1.0.0): 96 sources (0 reserved), 3-bit priorities, per-context enables,
// threshold and claim/complete. Context 2h drives hart h's MEIP line, 2h+1 its SEIP line.
//
//   0x000000 + 4s          priority[s]          WARL: value mod 8 (QEMU virt: 7 priorities)
//   0x001000 + 4w          pending word w       read-only
//   0x002000 + 0x80c + 4w  enable word w of context c
//   0x200000 + 0x1000c     threshold of context c (mod 8)
//   0x200004 + 0x1000c     claim (read) / complete (write)
//
// Gateway as QEMU 7.2 (observed with the probe fixture): every report of a high level sets the
// source's pending bit (also while it is claimed); a low level does not clear it, only a claim
// does. A claimed source is not delivered or claimed again until completed. Devices report their
// level at each register access that re-evaluates their interrupt, as QEMU's do. Only aligned
// 32-bit accesses are valid (QEMU: min = max access size 4).

import {
  type Device, type DeviceState, expectIntArray, expectObject, type InterruptLine, SnapshotError,
} from '../device.ts';
import { BUS_FAULT, type BusFault, type Width } from '../memory.ts';

export const PLIC_BASE = 0x0c000000;
export const PLIC_SOURCES = 96; // including the reserved source 0 (QEMU VIRT_IRQCHIP_NUM_SOURCES)
const WORDS = PLIC_SOURCES / 32;
const PRIORITY_MASK = 7;
const PENDING_BASE = 0x1000;
const ENABLE_BASE = 0x2000;
const ENABLE_STRIDE = 0x80;
const CONTEXT_BASE = 0x200000;
const CONTEXT_STRIDE = 0x1000;
const MAX_CONTEXTS = 15872; // (0x4000000 - 0x200000) / 0x1000, the spec's limit

export class Plic implements Device {
  readonly name = 'plic';
  readonly base = PLIC_BASE;
  readonly size = 0x600000;

  // guest-visible state
  private readonly priority = new Uint32Array(PLIC_SOURCES);
  private readonly pending = new Uint32Array(WORDS);
  private readonly claimed = new Uint32Array(WORDS);
  private readonly enable: Uint32Array; // WORDS per context
  private readonly threshold: Uint32Array;

  // derived: the level last driven on each context's line
  private readonly level: boolean[];

  constructor(private readonly contexts: readonly InterruptLine[]) {
    if (contexts.length < 1 || contexts.length > MAX_CONTEXTS) throw new RangeError(`PLIC needs 1..${MAX_CONTEXTS} contexts`);
    this.enable = new Uint32Array(WORDS * contexts.length);
    this.threshold = new Uint32Array(contexts.length);
    this.level = contexts.map(() => false);
    this.driveAll();
  }

  /** A device's interrupt output: a high level makes the source pending; out-of-range sources are ignored. */
  setSourceLevel(source: number, level: boolean): void {
    if (!level || !Number.isInteger(source) || source < 1 || source >= PLIC_SOURCES) return;
    this.pending[source >>> 5] = this.pending[source >>> 5]! | (1 << (source & 31));
    this.update();
  }

  /** An InterruptLine for `source`, to hand to a device. */
  line(source: number): InterruptLine {
    return { set: (level: boolean) => this.setSourceLevel(source, level) };
  }

  read(offset: number, width: Width): number | BusFault {
    if (width !== 4 || (offset & 3) !== 0) return BUS_FAULT;
    if (offset < PLIC_SOURCES * 4) return this.priority[offset >>> 2]!;
    if (offset >= PENDING_BASE && offset < PENDING_BASE + WORDS * 4) return this.pending[(offset - PENDING_BASE) >>> 2]! >>> 0;
    const en = this.enableIndex(offset);
    if (en !== undefined) return this.enable[en]! >>> 0;
    const ctx = this.contextOf(offset);
    if (ctx === undefined) return 0;
    if ((offset & (CONTEXT_STRIDE - 1)) === 0) return this.threshold[ctx]!;
    if ((offset & (CONTEXT_STRIDE - 1)) === 4) return this.claim(ctx);
    return 0;
  }

  write(offset: number, width: Width, value: number): BusFault | undefined {
    if (width !== 4 || (offset & 3) !== 0) return BUS_FAULT;
    if (offset < PLIC_SOURCES * 4) {
      this.priority[offset >>> 2] = value & PRIORITY_MASK;
      this.update();
      return undefined;
    }
    const en = this.enableIndex(offset);
    if (en !== undefined) {
      this.enable[en] = value;
      this.update(); // QEMU waits for the next event; re-evaluating now is what real hardware does
      return undefined;
    }
    const ctx = this.contextOf(offset);
    if (ctx === undefined) return undefined;
    if ((offset & (CONTEXT_STRIDE - 1)) === 0) {
      this.threshold[ctx] = value & PRIORITY_MASK;
      this.update();
    } else if ((offset & (CONTEXT_STRIDE - 1)) === 4) {
      this.complete(value >>> 0);
    }
    return undefined;
  }

  /** Index into `enable` for an enable-register offset, if it is one. */
  private enableIndex(offset: number): number | undefined {
    if (offset < ENABLE_BASE || offset >= ENABLE_BASE + ENABLE_STRIDE * this.contexts.length) return undefined;
    const ctx = (offset - ENABLE_BASE) >>> 7;
    const word = (offset & (ENABLE_STRIDE - 1)) >>> 2;
    return word < WORDS ? ctx * WORDS + word : undefined;
  }

  private contextOf(offset: number): number | undefined {
    if (offset < CONTEXT_BASE) return undefined;
    const ctx = (offset - CONTEXT_BASE) >>> 12;
    return ctx < this.contexts.length ? ctx : undefined;
  }

  /** The highest-priority pending, enabled, unclaimed source above the threshold (ties: lowest id), or 0. */
  private best(ctx: number): number {
    let best = 0;
    let bestPriority = this.threshold[ctx]!;
    for (let w = 0; w < WORDS; w++) {
      let candidates = this.pending[w]! & ~this.claimed[w]! & this.enable[ctx * WORDS + w]!;
      while (candidates !== 0) {
        const bit = 31 - Math.clz32(candidates & -candidates);
        candidates &= candidates - 1;
        const source = w * 32 + bit;
        if (source !== 0 && this.priority[source]! > bestPriority) {
          best = source;
          bestPriority = this.priority[source]!;
        }
      }
    }
    return best;
  }

  /** Claim (§ "Interrupt Claim Process"): clears the source's pending bit and marks it claimed. */
  private claim(ctx: number): number {
    const source = this.best(ctx);
    if (source !== 0) {
      this.pending[source >>> 5] = this.pending[source >>> 5]! & ~(1 << (source & 31));
      this.claimed[source >>> 5] = this.claimed[source >>> 5]! | (1 << (source & 31));
    }
    this.update();
    return source;
  }

  /** Completion re-arms the source; QEMU accepts it from any context for any valid id. */
  private complete(source: number): void {
    if (source >= PLIC_SOURCES) return;
    this.claimed[source >>> 5] = this.claimed[source >>> 5]! & ~(1 << (source & 31));
    this.update();
  }

  /** Drives each context's line: is there a source it could claim? */
  private update(): void {
    for (let ctx = 0; ctx < this.contexts.length; ctx++) {
      const level = this.best(ctx) !== 0;
      if (level !== this.level[ctx]) {
        this.level[ctx] = level;
        this.contexts[ctx]!.set(level);
      }
    }
  }

  private driveAll(): void {
    for (let ctx = 0; ctx < this.contexts.length; ctx++) {
      this.level[ctx] = this.best(ctx) !== 0;
      this.contexts[ctx]!.set(this.level[ctx]!);
    }
  }

  save(): DeviceState {
    return {
      priority: Array.from(this.priority), pending: Array.from(this.pending), claimed: Array.from(this.claimed),
      enable: Array.from(this.enable), threshold: Array.from(this.threshold),
    };
  }

  restore(state: unknown): void {
    const s = expectObject(state, this.name);
    const priority = expectIntArray(s, 'priority', PLIC_SOURCES, 0, PRIORITY_MASK, this.name);
    const pending = expectIntArray(s, 'pending', WORDS, 0, 0xffffffff, this.name);
    const claimed = expectIntArray(s, 'claimed', WORDS, 0, 0xffffffff, this.name);
    const enable = expectIntArray(s, 'enable', WORDS * this.contexts.length, 0, 0xffffffff, this.name);
    const threshold = expectIntArray(s, 'threshold', this.contexts.length, 0, PRIORITY_MASK, this.name);
    if ((pending[0]! & 1) !== 0) throw new SnapshotError(`${this.name}: field pending marks the reserved source 0`);
    this.priority.set(priority);
    this.pending.set(pending);
    this.claimed.set(claimed);
    this.enable.set(enable);
    this.threshold.set(threshold);
    this.driveAll();
  }
}
