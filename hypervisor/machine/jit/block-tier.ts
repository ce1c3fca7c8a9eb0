// The block-translation execution tier of a hart (cpu.ts ExecutionTier): runs compiled blocks
// from block-cache.ts and hands everything else to the reference interpreter, so the hart
// ends in exactly the state `interpret` would leave. Takes a Cpu and a step budget; hands on
// the same RunExit values.
//
// What runs where:
//   - interrupts, WFI and stop requests: `cpu.service` before each block, as the interpreter
//     does before each instruction (blocks end when a slow access raises `attention`);
//   - a pc outside the cached fetch page: the hart's own fetchRefill (Sv32, PMP, fetch faults,
//     fetch from a device), called exactly where the interpreter calls it, so TLB and walk
//     counts agree (its TLB-hit path under Sv32 first, cpu.fetchHit, as the interpreter does);
//   - blocks get the data context's permission table for their inline TLB-hit paths
//     (data-perm.ts), recomputed after servicing attention and after interpreter calls; privilege changes, satp writes and SFENCE.VMA reset the page, so blocks
//     are always found through the current translation. A fetch fault, a word from a device
//     or a page PMP covers only in part is one exactly-counted step; a misaligned pc (only a
//     host can set one) is one interpreted step;
//   - a block whose words are not all decoded yet, a cold block, or one longer than the
//     remaining budget: interpreted (so decode-miss counts and budget ends are exact);
//   - a hot block: its compiled function, looked up by physical word index and virtual pc.

import type { Cpu, ExecutionTier, RunExit } from '../cpu.ts';
import type { Ram } from '../memory.ts';
import { lookup } from '../decode.ts';
import { INSNS, type InsnSpec } from '../isa.ts';
import { blockCacheFor, type BlockCache, type BlockCacheOptions } from './block-cache.ts';
import { dataPermOf as importedDataPermOf, NO_PAGING } from './data-perm.ts';
import { formTrace } from './trace.ts';
import { compileBlock, ILLEGAL_ROW, type BlockFn } from './translate.ts';

export { blockTierStats } from './block-cache.ts';

// The function the dispatch loop calls after every interpreter call, as a module-local const:
// read directly even when a loader compiles ES modules to CommonJS and turns each read of an
// imported binding into a getter call (data-perm.ts).
const dataPermOf = importedDataPermOf;

export class BlockTier implements ExecutionTier {
  readonly cache: BlockCache;

  /** A tier over `ram`'s shared block cache (options apply when this creates the cache). */
  constructor(ram: Ram | BlockCache, options?: BlockCacheOptions) {
    this.cache = 'fns' in ram ? ram : blockCacheFor(ram, options);
  }

  run(cpu: Cpu, maxSteps: number): RunExit {
    // runCounts are 32-bit: one call stays below 2^31 steps, as `interpret`.
    maxSteps = Math.min(maxSteps, 0x7fffffff);
    if (cpu.ram !== this.cache.ram) return cpu.interpret(maxSteps);
    const cache = this.cache;
    const keys = cache.keys;
    const vas = cache.vas;
    const lens = cache.lens;
    const fns = cache.fns;
    const mask = cache.mask;
    let steps = 0;
    // The data context's permission table for inline TLB paths: every context change raises
    // attention (serviced below) or happens inside an interpreter call (re-read after each).
    let perm = dataPermOf(cpu);
    while (steps < maxSteps) {
      if (cpu.attention) {
        const exit = cpu.service(steps);
        if (exit !== undefined) {
          cpu.foldCounts();
          return exit;
        }
        perm = dataPermOf(cpu);
      }
      const pc = cpu.pc | 0;
      const remaining = maxSteps - steps;
      if ((pc & 3) !== 0) {
        // Only a host-set pc can be misaligned (jumps there trap): leave it to the interpreter.
        const exit = cpu.interpret(1);
        steps += exit.steps;
        perm = dataPermOf(cpu);
        if (exit.kind === 'wfi') return withSteps(exit, steps);
        cpu.resumeAfter(exit);
        continue;
      }
      if ((pc & ~0xfff) !== cpu.fetchPage && !cpu.fetchHit(pc)) {
        // The interpreter's fetch slow path, called exactly where the interpreter calls it
        // (fetchHit above is its TLB-hit path, with the same effects).
        const wi = cpu.fetchRefill(pc);
        if ((pc & ~0xfff) !== cpu.fetchPage || wi < 0) {
          steps += this.uncachedStep(cpu, wi, pc, perm);
          perm = dataPermOf(cpu);
          continue;
        }
      }
      const wi = cpu.fetchWordBase + ((pc & 0xfff) >>> 2);
      const slot = (wi ^ (wi >>> 12)) & mask;
      if (keys[slot] === wi && vas[slot] === pc && lens[slot]! <= remaining) {
        steps += fns[slot]!(cpu, remaining, perm);
        continue;
      }
      const exit = this.cold(cpu, wi, pc, remaining, perm);
      steps += exit.steps;
      perm = dataPermOf(cpu);
      if (exit.kind === 'wfi') return withSteps(exit, steps);
      // The interpreter ended its slice with a stop request it has not serviced yet (a pending
      // interrupt is taken first): ask again, so the loop above services it as one long
      // interpreter run would.
      cpu.resumeAfter(exit);
    }
    cpu.foldCounts();
    const request = cpu.stopRequest;
    if (request !== undefined) {
      cpu.stopRequest = undefined;
      return { kind: 'stop', steps, request };
    }
    return { kind: 'budget', steps };
  }

  /**
   * One step whose fetch did not leave a cached page: a fetch fault (wi = -1, counted as the
   * interpreter counts it), a word fetched from a device (wi = -2, in cpu.busWord), or RAM whose
   * page the fetch check does not cover whole (PMP). Returns the steps taken (1).
   */
  private uncachedStep(cpu: Cpu, wi: number, pc: number, perm: Uint8Array): number {
    if (wi === -1) {
      cpu.runCounts[FETCH_FAULT_ROW]!++;
      cpu.trappedSteps++;
      return 1;
    }
    if (wi >= 0) {
      // Let the interpreter run this one word as fetched: point its page cache at it for one
      // step, then put back what fetchRefill left (unless the step itself reset it).
      const page = pc & ~0xfff;
      const oldPage = cpu.fetchPage;
      const oldBase = cpu.fetchWordBase;
      cpu.fetchPage = page;
      cpu.fetchWordBase = wi - ((pc & 0xfff) >>> 2);
      const exit = cpu.interpret(1);
      cpu.resumeAfter(exit);
      if (cpu.fetchPage === page) {
        cpu.fetchPage = oldPage;
        cpu.fetchWordBase = oldBase;
      }
      return exit.steps;
    }
    // A word from a device: translate it alone (rare; not cached, nothing to invalidate).
    const w = cpu.busWord;
    const fn = compileBlock({ pc, rows: [rowOf(w)], words: [w] }, this.cache.env);
    return fn(cpu, 1, perm);
  }

  /** No usable compiled block at `wi`: compile it when hot, else interpret its extent. */
  private cold(cpu: Cpu, wi: number, pc: number, remaining: number, perm: Uint8Array): RunExit {
    const cache = this.cache;
    const slot = cache.slotOf(wi);
    // Compiled, but longer than the budget left (a loop trace near the end of a run call):
    // the rest of the call is interpreted.
    if (cache.keys[slot] === wi && cache.vas[slot] === pc) return cpu.interpret(remaining);
    const len = cache.scan(cpu.decodedRows, wi, pc);
    if (len > 0 && len <= remaining && cache.visit(wi)) {
      // Inline paths for the mode the code runs in: direct RAM in M-mode, TLB hits under Sv32
      // (the other path would never be taken, and shorter code warms up sooner); none when
      // PMP checks every physical access below M.
      const inlineRam = cache.inlineRam ?? cpu.dataDirect;
      const inlineTlb = cache.inlineRam ?? perm !== NO_PAGING;
      // A loop through several blocks is compiled whole (trace.ts); otherwise the block alone.
      // A trace longer than the budget left is kept for a later call with more (the block is
      // interpreted now and stays hot).
      const trace = cache.takeDeferredTrace(wi, pc, cpu.words, cpu.decodedRows, inlineRam, inlineTlb) ?? formTrace(cpu, cache, wi, pc, inlineRam, inlineTlb);
      let fn: BlockFn | undefined;
      if (trace === undefined) fn = cache.install(cpu.words, cpu.decodedRows, wi, pc, len, inlineRam, inlineTlb);
      else if (trace.plan.rows.length <= remaining) fn = cache.installTrace(trace, wi);
      else cache.deferTrace(wi, trace);
      if (fn !== undefined) return { kind: 'budget', steps: fn(cpu, remaining, perm) };
    }
    // Code running for the first time (an undecoded word) is interpreted in a longer stretch:
    // it is rarely hot yet, and every return to this loop costs a dispatch.
    const stretch = len < 0 ? COLD_STRETCH : cache.ram.codePages[wi >>> 10] === 0 ? Math.max(len, WARM_STRETCH) : len;
    return cpu.interpret(Math.min(stretch, remaining));
  }
}

/** An interpreter exit (its counts already folded) re-counted with the steps of the whole run. */
function withSteps(exit: RunExit, steps: number): RunExit {
  return { ...exit, steps };
}

/** Steps interpreted at once through code not decoded yet. */
const COLD_STRETCH = 64;
/**
 * Steps interpreted at once from a block not hot yet on a page holding no compiled block: such
 * lukewarm code (most of a kernel's) runs faster in one longer interpreter call than block by
 * block through this loop. On a page with compiled blocks only the block is interpreted, so
 * the hot code around it keeps running compiled.
 */
const WARM_STRETCH = 256;

/** rowCounts slot of steps whose fetch trapped (cpu.ts FETCH_FAULT_ROW). */
const FETCH_FAULT_ROW = INSNS.length + 1;
const ROW_OF_SPEC = new Map<InsnSpec, number>(INSNS.map((s, i) => [s as InsnSpec, i]));

/** The table row of a word, or ILLEGAL_ROW (as the interpreter decodes a word fetched from a device). */
function rowOf(w: number): number {
  const spec = lookup(w);
  return spec === undefined ? ILLEGAL_ROW : ROW_OF_SPEC.get(spec)!;
}
