// The data-access permission table a translated block uses for its inline TLB-hit paths: per
// TLB entry flags word (bits 0-11: PTE flags, superpage bit, PMP verdicts, mmu.ts Tlb), bit 1
// when a load may use the entry without the hart's translate() (leaf permits the load in the
// current context, A set, PMP allows reads on the whole page), bit 2 likewise for a store (W,
// A and D set, PMP allows writes). mmu.ts's HIT_PERMITS (what the hart's translate() uses) plus TLB_PMP_R/W, so
// the inline path is taken exactly when translate() would return the page's address on a TLB
// hit without any further check; anything else goes to cpu.load/store.
//
// The table depends on the data context (effective privilege with MPRV, SUM, MXR, and whether
// Sv32 is on); the tier recomputes it whenever the context may have changed (after servicing
// attention and after every interpreter call), as every context change raises `attention`.

import type { Cpu } from '../cpu.ts';
import { FETCH, HIT_PERMITS, LOAD, permKey, SATP_MODE_SV32, STORE, TLB_PMP_R, TLB_PMP_W, TLB_PMP_X } from '../mmu.ts';
import { MSTATUS_MXR, MSTATUS_SUM, PRIV_M } from '../privilege.ts';

/** Bits of a table entry. */
export const PERM_LOAD = 1;
export const PERM_STORE = 2;

/** Data accesses are not translated (bare, M-mode or direct): no inline TLB path may be taken. */
export const NO_PAGING: Uint8Array = new Uint8Array(4096);

const TABLES: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(16).fill(undefined);

function build(key: number): Uint8Array {
  const hit = HIT_PERMITS[key]!;
  const t = new Uint8Array(4096);
  for (let f = 0; f < 4096; f++) {
    const pte = f & 0xff;
    const load = hit[LOAD * 256 + pte] === 1 && (f & TLB_PMP_R) !== 0;
    const store = hit[STORE * 256 + pte] === 1 && (f & TLB_PMP_W) !== 0;
    t[f] = (load ? PERM_LOAD : 0) | (store ? PERM_STORE : 0);
  }
  return t;
}

// Module-local copies of the imported constants that dataPermOf and fetchPermOf (run after
// every interpreter call and at trace entry) read: a loader that compiles ES modules to
// CommonJS (tsx running a CommonJS entry script) turns each read of an imported binding into a
// getter call V8 does not inline, which took over half the U-mode block tier's time there
// (~47 -> ~130 M/s); a module-local const is read directly.
const SV32 = SATP_MODE_SV32;
const M = PRIV_M;
const PMP_X = TLB_PMP_X;
const SUM = MSTATUS_SUM;
const MXR = MSTATUS_MXR;
const keyOf = permKey;

/** The table for the hart's current data context (NO_PAGING when its data accesses are not Sv32-translated). */
export function dataPermOf(cpu: Cpu): Uint8Array {
  // The hart keeps its data context current (contextChanged): effective privilege and paging.
  if (!cpu.dataPaged) return NO_PAGING;
  const s = cpu.mstatus;
  const key = keyOf(cpu.dataPriv, (s & SUM) !== 0, (s & MXR) !== 0);
  return (TABLES[key] ??= build(key));
}

/**
 * The fetch counterpart, for the page crossings of loop traces (trace.ts, translate.ts): per
 * TLB entry flags word, 1 when a fetch in the hart's current context may use the entry without
 * a walk (HIT_PERMITS' fetch rules: X and A, U exactly when fetching from U-mode; SUM and MXR do
 * not apply to fetches) and PMP allows fetches on the whole page, as cpu.ts fetchHit decides.
 * NO_PAGING when fetches are not Sv32-translated (M-mode or bare).
 */
export function fetchPermOf(cpu: Cpu): Uint8Array {
  const priv = cpu.priv;
  if ((cpu.satp & SV32) === 0 || priv >= M) return NO_PAGING;
  return (FETCH_TABLES[priv] ??= buildFetch(priv));
}

const FETCH_TABLES: (Uint8Array | undefined)[] = [undefined, undefined];

function buildFetch(priv: number): Uint8Array {
  const hit = HIT_PERMITS[keyOf(priv, false, false)]!;
  const t = new Uint8Array(4096);
  for (let f = 0; f < 4096; f++) t[f] = hit[FETCH * 256 + (f & 0xff)] === 1 && (f & PMP_X) !== 0 ? 1 : 0;
  return t;
}
