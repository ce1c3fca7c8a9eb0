// Loop traces: when a block gets hot, the tier looks for a loop through it that spans several
// blocks (a call and its return, a branch to a block elsewhere, a page crossing) and compiles
// the whole cycle as one function (translate.ts, BlockPlan.segments), so a hot loop like
// `for (...) { x = f(x); ... }` runs without returning to the dispatch loop at every block
// boundary: the dispatch, the fetch-page check and the count updates per block were most of the
// block tier's time in paged user code (guest kernel + compute: ~3 dispatches per 24 insns).
//
// The path is predicted statically from the decoded words, and every prediction is checked at
// run time, so a wrong one only costs a side exit:
//   - a conditional branch goes to the head when either side does, else backward taken and
//     forward not taken (the usual loop shape);
//   - JAL's target is static; JALR is predicted to return to the link of the latest JAL/JALR
//     call on the path (the code compares the computed target);
//   - entering another page is a TLB-hit check of the fetch, as cpu.fetchHit does
//     (same entry, same physical page as when the trace was built; counted as a hit).
// Only pages the hart's fetch reaches through the TLB are crossed; without Sv32 fetches a trace
// stays within its head's page. A system instruction (CSR, ECALL, xRET, ...) ends the search.

import type { Cpu } from '../cpu.ts';
import type { BlockCache } from './block-cache.ts';
import { fetchPermOf, NO_PAGING } from './data-perm.ts';
import { immB, immJ } from '../decode.ts';
import { rowCode, type BlockPlan, type TraceSegment } from './translate.ts';

/** Blocks on one loop path at most. */
const MAX_SEGMENTS = 8;
/** Instructions on one loop path at most (bounds the generated code). */
const MAX_TRACE_INSNS = 192;

/** A loop trace to compile: its plan, and the (word index, length) of each stretch, for invalidation. */
export interface TraceShape {
  readonly plan: BlockPlan;
  readonly extents: readonly number[];
}

/**
 * The loop through the block at RAM word `wi` (virtual `pc`, on the hart's current fetch page)
 * that spans at least two blocks and comes back to it, or undefined when there is none (the
 * caller compiles a plain block).
 */
export function formTrace(cpu: Cpu, cache: BlockCache, wi: number, pc: number, inlineRam: boolean, inlineTlb: boolean): TraceShape | undefined {
  const paged = fetchPermOf(cpu) !== NO_PAGING;
  const headBase = wi - ((pc & 0xfff) >>> 2);
  const segments: TraceSegment[] = [];
  const rows: number[] = [];
  const words: number[] = [];
  const extents: number[] = [];
  const links: number[] = [];
  let curPc = pc;
  let curWi = wi;
  let curBase = headBase;
  let crossing: TraceSegment['crossing'];
  for (let s = 0; s < MAX_SEGMENTS; s++) {
    const len = cache.scan(cpu.decodedRows, curWi, curPc);
    if (len <= 0 || rows.length + len > MAX_TRACE_INSNS) return undefined;
    segments.push(crossing === undefined ? { start: rows.length, pc: curPc } : { start: rows.length, pc: curPc, crossing });
    for (let j = 0; j < len; j++) {
      rows.push(cpu.decodedRows[curWi + j]! - 1);
      words.push(cpu.words[curWi + j]!);
    }
    extents.push(curWi, len);
    const next = successor(rows[rows.length - 1]!, words[words.length - 1]!, (curPc + 4 * (len - 1)) | 0, pc, links);
    if (next === undefined || (next & 3) !== 0) return undefined;
    let nextBase = curBase;
    crossing = undefined;
    if ((next & ~0xfff) !== (curPc & ~0xfff)) {
      nextBase = paged ? (next & ~0xfff) === (pc & ~0xfff) ? headBase : cpu.fetchHitWordBase(next) : -1;
      if (nextBase < 0) return undefined;
      crossing = { vpn: next >>> 12, pageBase: (cpu.ramBaseBits + nextBase * 4) | 0, wordBase: nextBase };
    }
    if (next === pc) {
      if (segments.length < 2) return undefined; // a block looping on itself needs no trace
      if (crossing !== undefined) segments[0] = { start: 0, pc, crossing };
      return { plan: { pc, rows, words, inlineRam, inlineTlb, segments }, extents };
    }
    if (segments.some((seg) => seg.pc === next)) return undefined; // an inner loop not through the head
    curPc = next;
    curBase = nextBase;
    curWi = nextBase + ((next & 0xfff) >>> 2);
  }
  return undefined;
}

/** The predicted successor of a segment ending with `row`/`w` at `pc` (see the file comment). */
function successor(row: number, w: number, pc: number, head: number, links: number[]): number | undefined {
  const code = rowCode(row);
  const rd = (w >>> 7) & 31;
  switch (code.kind) {
    case 'branch': {
      const taken = (pc + immB(w)) | 0;
      const fall = (pc + 4) | 0;
      if (taken === head || fall === head) return head;
      return taken <= pc ? taken : fall;
    }
    case 'jal':
      if (rd !== 0) links.push((pc + 4) | 0);
      return (pc + immJ(w)) | 0;
    case 'jalr': {
      const back = links.pop();
      if (rd !== 0) links.push((pc + 4) | 0);
      return back;
    }
    case 'system':
      return undefined;
    default:
      return (pc + 4) | 0;
  }
}
