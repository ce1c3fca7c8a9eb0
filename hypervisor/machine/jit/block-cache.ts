// The translated-block cache of one Ram, shared by every hart on it: blocks keyed by the
// PHYSICAL word index of their first instruction (plus the virtual pc their code was built
// for), in a bounded direct-mapped table. Pages holding blocks are marked in Ram.codePages;
// every write path into such a page calls Ram.onCodeWrite, which drops the page's blocks.
// Hands compiled blocks to block-tier.ts; counts compilations, evictions and invalidations.

import type { Ram } from '../memory.ts';
import { compileBlock, ENDS_BLOCK, MEMORY_ROW, type BlockEnv, type BlockFn, type BlockPlan } from './translate.ts';
import type { TraceShape } from './trace.ts';

export interface BlockCacheOptions {
  /** Table slots (rounded up to a power of two; default 4096): at most this many blocks live. */
  maxBlocks?: number;
  /** Longest block in instructions (default 64). */
  maxInsns?: number;
  /**
   * Inline RAM paths (direct, and TLB-hit for Sv32-translated accesses) in every block (true),
   * none (false), or as the hart's mode suggests when the block is compiled (default).
   */
  inlineRam?: boolean;
  /** A block is compiled on its n-th visit (default 256): lukewarm code runs faster in the already-optimized interpreter than in a new function V8 has not optimized yet. */
  hotness?: number;
}

/** Counters shown by VirtMachine.stats() (blockTierStats). */
export interface BlockCounters {
  /** Blocks compiled, loop traces included. */
  compiled: number;
  /** Of those, loop traces (trace.ts). */
  traces: number;
  evicted: number;
  invalidated: number;
  compileErrors: number;
}

/** Deferred traces kept at most. */
const MAX_DEFERRED = 256;

/** Loads and stores per block at most. */
const MAX_ACCESSES = 16;

export class BlockCache {
  // set once at construction
  readonly ram: Ram;
  readonly maxInsns: number;
  readonly hotness: number;
  readonly inlineRam: boolean | undefined;
  readonly mask: number;
  readonly env: BlockEnv;
  readonly counters: BlockCounters = { compiled: 0, traces: 0, evicted: 0, invalidated: 0, compileErrors: 0 };

  // the table: slot -> block (keys[slot] = word index, or -1 when empty)
  readonly keys: Int32Array;
  readonly vas: Int32Array;
  readonly lens: Int32Array;
  readonly fns: (BlockFn | undefined)[];
  /** Per slot: (word index, length) of each stretch of RAM the block's code came from. */
  private readonly extents: (readonly number[] | undefined)[];
  // visit counts of blocks not yet compiled, direct-mapped like the table
  private readonly hotKeys: Int32Array;
  private readonly hotCounts: Int32Array;
  /** Live blocks per RAM page (slot indices), to drop them when the page is written. */
  private readonly pageSlots = new Map<number, Set<number>>();
  /** Traces waiting for a run call with budget enough (deferTrace), by head word index. */
  private readonly deferred = new Map<number, TraceShape>();
  /** Per page: how often its blocks were invalidated (saturating); raises the hotness needed. */
  private readonly pageInvalidations: Uint8Array;

  constructor(ram: Ram, options: BlockCacheOptions = {}) {
    const slots = 2 ** Math.ceil(Math.log2(Math.max(1, Math.min(options.maxBlocks ?? 4096, 1 << 20))));
    this.ram = ram;
    this.maxInsns = Math.max(1, Math.min(options.maxInsns ?? 64, 1024));
    this.hotness = Math.max(1, options.hotness ?? 256);
    this.inlineRam = options.inlineRam;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots).fill(-1);
    this.vas = new Int32Array(slots);
    this.lens = new Int32Array(slots);
    this.fns = new Array<BlockFn | undefined>(slots).fill(undefined);
    this.extents = new Array<readonly number[] | undefined>(slots).fill(undefined);
    this.hotKeys = new Int32Array(slots).fill(-1);
    this.hotCounts = new Int32Array(slots);
    this.pageInvalidations = new Uint8Array(ram.codePages.length);
    this.env = { ramBase: ram.base, ramSize: ram.size, bytes: ram.bytes, codePages: ram.codePages, epoch: { codeWrites: 0 } };
    const previous = ram.onCodeWrite;
    ram.onCodeWrite = (page) => {
      this.invalidatePage(page);
      previous(page);
    };
  }

  /** The table slot of word index `wi`. */
  slotOf(wi: number): number {
    return (wi ^ (wi >>> 12)) & this.mask;
  }

  /**
   * The block starting at word `wi` (virtual pc `pc`): its length from the decoded rows, or
   * minus the length up to and including the first word nobody decoded yet (the interpreter
   * decodes and counts it first; then the block can be compiled).
   */
  scan(decoded: Uint8Array, wi: number, pc: number): number {
    const room = Math.min(this.maxInsns, (4096 - (pc & 0xfff)) >>> 2);
    let accesses = 0;
    for (let j = 0; j < room; j++) {
      const d = decoded[wi + j]!;
      if (d === 0) return -(j + 1);
      if (ENDS_BLOCK[d - 1] === 1) return j + 1;
      // Bounds the generated code: every access carries its own exit paths.
      if (MEMORY_ROW[d - 1] === 1 && ++accesses === MAX_ACCESSES) return j + 1;
    }
    return room;
  }

  /** Counts a visit of a scanned, ready block; true when it is hot enough to compile. */
  visit(wi: number): boolean {
    const slot = this.slotOf(wi);
    if (this.hotKeys[slot] !== wi) {
      this.hotKeys[slot] = wi;
      this.hotCounts[slot] = 0;
    }
    const needed = this.hotness << Math.min(this.pageInvalidations[wi >>> 10]!, 10);
    return ++this.hotCounts[slot]! >= needed;
  }

  /** Compiles the `len` words at `wi` for virtual pc `pc` and installs the block; undefined on failure. */
  install(words: Int32Array, decoded: Uint8Array, wi: number, pc: number, len: number, inlineRam = true, inlineTlb = false): BlockFn | undefined {
    const plan: BlockPlan = {
      pc,
      inlineRam,
      inlineTlb,
      rows: Array.from({ length: len }, (_, j) => decoded[wi + j]! - 1),
      words: Array.from(words.subarray(wi, wi + len)),
    };
    return this.compileAndPut(plan, wi, len, [wi, len]);
  }

  /** Compiles a loop trace (trace.ts) headed at word `wi` and installs it in the head's slot; undefined on failure. */
  installTrace(trace: TraceShape, wi: number): BlockFn | undefined {
    const fn = this.compileAndPut(trace.plan, wi, trace.plan.rows.length, trace.extents);
    if (fn !== undefined) this.counters.traces++;
    return fn;
  }

  private compileAndPut(plan: BlockPlan, wi: number, len: number, extents: readonly number[]): BlockFn | undefined {
    let fn: BlockFn;
    try {
      fn = compileBlock(plan, this.env);
    } catch {
      // A translator bug, never a guest's doing; the interpreter keeps running this code.
      this.counters.compileErrors++;
      this.hotCounts[this.slotOf(wi)] = -0x40000000; // do not retry on every visit
      return undefined;
    }
    const slot = this.slotOf(wi);
    if (this.keys[slot] !== -1) {
      this.counters.evicted++;
      this.remove(slot);
    }
    this.keys[slot] = wi;
    this.vas[slot] = plan.pc;
    this.lens[slot] = len;
    this.fns[slot] = fn;
    this.extents[slot] = extents;
    for (let e = 0; e < extents.length; e += 2) {
      const page = extents[e]! >>> 10;
      let set = this.pageSlots.get(page);
      if (set === undefined) this.pageSlots.set(page, (set = new Set()));
      set.add(slot);
      this.ram.codePages[page] = 1;
    }
    this.counters.compiled++;
    return fn;
  }

  /** Keeps a trace formed when the budget left was too short for it (see takeDeferredTrace). */
  deferTrace(wi: number, trace: TraceShape): void {
    if (this.deferred.size >= MAX_DEFERRED) this.deferred.clear();
    this.deferred.set(wi, trace);
  }

  /**
   * The trace deferred at word `wi`, when it still describes the code there: built for the same
   * virtual pc and inline paths, and every word it was built from still decoded and unchanged
   * (the TLB it relies on is checked by the trace's own code).
   */
  takeDeferredTrace(wi: number, pc: number, words: Int32Array, decoded: Uint8Array, inlineRam: boolean, inlineTlb: boolean): TraceShape | undefined {
    const trace = this.deferred.get(wi);
    if (trace === undefined) return undefined;
    this.deferred.delete(wi);
    const plan = trace.plan;
    if (plan.pc !== pc || plan.inlineRam !== inlineRam || plan.inlineTlb !== inlineTlb) return undefined;
    let k = 0;
    for (let e = 0; e < trace.extents.length; e += 2) {
      const at = trace.extents[e]!;
      for (let j = 0; j < trace.extents[e + 1]!; j++, k++) {
        if (decoded[at + j] !== plan.rows[k]! + 1 || words[at + j] !== plan.words[k]) return undefined;
      }
    }
    return trace;
  }

  /**
   * Ram.onCodeWrite: the page was written. Every write path clears the decoded-row entries of
   * the words it overwrites before telling us (memory.ts), and a block is only compiled when
   * all its words are decoded, so the blocks with a cleared word are exactly the stale ones;
   * the others (code sharing a page with data) stay.
   */
  invalidatePage(page: number): void {
    const set = this.pageSlots.get(page);
    if (set === undefined) {
      this.ram.codePages[page] = 0;
      return;
    }
    const decoded = this.ram.decoded;
    let dropped = 0;
    for (const slot of set) {
      const extents = this.extents[slot]!;
      let stale = false;
      for (let e = 0; e < extents.length && !stale; e += 2) {
        const wi = extents[e]!;
        for (let j = 0; j < extents[e + 1]! && !stale; j++) stale = decoded[wi + j] === 0;
      }
      if (!stale) continue;
      this.remove(slot);
      dropped++;
    }
    if (dropped === 0) return;
    this.counters.invalidated += dropped;
    this.env.epoch.codeWrites++;
    if (this.pageInvalidations[page]! < 255) this.pageInvalidations[page]!++;
  }

  /** Empties a slot, unmarking each page whose last block it was. */
  private remove(slot: number): void {
    const extents = this.extents[slot]!;
    this.keys[slot] = -1;
    this.fns[slot] = undefined;
    this.extents[slot] = undefined;
    for (let e = 0; e < extents.length; e += 2) {
      const page = extents[e]! >>> 10;
      const set = this.pageSlots.get(page);
      if (set === undefined) continue;
      set.delete(slot);
      if (set.size === 0) {
        this.pageSlots.delete(page);
        this.ram.codePages[page] = 0;
      }
    }
  }

  /** Live blocks (for tests). */
  get size(): number {
    return this.keys.reduce((n, key) => (key === -1 ? n : n + 1), 0);
  }
}

const CACHES = new WeakMap<Ram, BlockCache>();

/** The block cache of `ram`, created with `options` on first use (shared by all its harts). */
export function blockCacheFor(ram: Ram, options?: BlockCacheOptions): BlockCache {
  let cache = CACHES.get(ram);
  if (cache === undefined) CACHES.set(ram, (cache = new BlockCache(ram, options)));
  return cache;
}

/** Block-tier counters of `ram` for VirtMachine.stats() (empty when no hart used the tier). */
export function blockTierStats(ram: Ram): Record<string, number> {
  const cache = CACHES.get(ram);
  if (cache === undefined) return {};
  const c = cache.counters;
  return { 'blocks.compiled': c.compiled, 'blocks.traces': c.traces, 'blocks.evicted': c.evicted, 'blocks.invalidated': c.invalidated };
}
