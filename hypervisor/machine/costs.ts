// THE cost table of the simulated machine: how many simulated cycles each counted event costs.
// Every cycle number the machine reports (mcycle, --stats, the comparison reports of later
// issues) is a sum of counted events times an entry of this table, so every figure can be
// traced back to what happened and what we assumed it costs.
//
// The numbers describe a nominal single-issue, in-order RV32 core at 100 MHz with
// blocking caches that always hit (in the spirit of SiFive's E31/U54 manuals and the
// Hennessy & Patterson five-stage pipeline): one cycle per simple instruction, a few for
// multiplies and taken control flow, tens for division, pipeline flush costs for traps, and
// memory references of a page walk costed like uncached DRAM accesses. They are assumptions,
// stated once here, not measurements of any chip; change them here and every report follows.

import type { InsnClass } from './isa.ts';

/** Core clock of the nominal machine; mtime runs at 10 MHz (QEMU virt's timebase). */
export const CORE_HZ = 100_000_000;
export const MTIME_HZ = 10_000_000;
/** Core cycles per mtime tick. */
export const CYCLES_PER_TICK = CORE_HZ / MTIME_HZ;

/** Cycles per retired (or trapping) instruction, by the `cls` of its row in isa.ts. */
export const INSN_CYCLES: Readonly<Record<InsnClass, number>> = {
  alu: 1,
  mul: 3, // pipelined multiplier, 3-cycle latency charged in full (no overlap modelled)
  div: 34, // iterative divider: 32 steps + setup
  load: 2, // one load-use bubble
  store: 1,
  branch: 2, // taken or not: a static predictor misses often enough; one figure keeps it simple
  jump: 2, // pipeline refill after a redirect
  csr: 3, // CSR accesses serialise the pipeline
  system: 3, // ecall/ebreak/xRET/wfi/sfence: charged here plus their event below
  amo: 6, // read-modify-write on the bus
  fence: 1,
};

/** Cycles charged per occurrence of an event, on top of the instruction's own cycles. */
export const EVENT_CYCLES = {
  /** Entering a trap handler (exception or interrupt): pipeline flush + CSR updates. */
  trap: 20,
  /** MRET/SRET: restoring privilege and pc. */
  xret: 8,
  /** Each memory reference of a Sv32 page walk (PTE reads and A/D write-backs). */
  pageWalkRef: 25,
  /** A TLB miss itself, besides its walk references (refill control). */
  tlbMiss: 5,
  /** A load or store that reaches a device instead of RAM (uncached MMIO). */
  deviceAccess: 40,
  /** SFENCE.VMA: flushing the TLB. */
  sfence: 10,
} as const;

export type CostedEvent = keyof typeof EVENT_CYCLES;

/** Events the machine counts but does not charge for (they are reported only). */
export type CountedEvent =
  | CostedEvent
  | 'tlbHit'
  | 'tlbFlush'
  | 'tlbEviction'
  | 'interrupt'
  | 'exception'
  | 'wfi'
  | 'idleCycles'
  | 'decodeMiss';
