// Sv32 address translation (privileged spec 20211203, §4.3) and the TLB that caches it.
// Takes a virtual address, an access kind and the translation context; hands on a physical
// address or the exception cause to raise. The hart inlines the TLB-hit path; everything else
// (the walk, permission and A/D rules, PMP checks on PTE reads) lives here.
//
// Sv32 virtual address and PTE (§4.3.1, figures 4.16 and 4.18):
//
//   VA   31      22 21      12 11          0        PTE  31       20 19     10 9 8 7 6 5 4 3 2 1 0
//       |  VPN[1]  |  VPN[0]  | page offset |            | PPN[1]   | PPN[0]  |RSW|D|A|G|U|X|W|R|V|
//
// A PTE with R, W or X set is a leaf; otherwise it points at the next level. Physical
// addresses are 34 bits; anything at or above 2^32 reaches no device on this machine.

import { EVENT_CYCLES } from './costs.ts';
import { isFault, type Bus } from './memory.ts';
import { Exception, type ExceptionCause } from './trap.ts';

/** Access kinds, as indices into the cause tables below. */
export const LOAD = 0;
export const STORE = 1; // stores and AMOs
export const FETCH = 2;
export type Access = typeof LOAD | typeof STORE | typeof FETCH;

export const PAGE_FAULT: readonly ExceptionCause[] = [
  Exception.LoadPageFault,
  Exception.StorePageFault,
  Exception.InstructionPageFault,
];
export const ACCESS_FAULT: readonly ExceptionCause[] = [
  Exception.LoadAccessFault,
  Exception.StoreAccessFault,
  Exception.InstructionAccessFault,
];

export const PTE_V = 1 << 0;
export const PTE_R = 1 << 1;
export const PTE_W = 1 << 2;
export const PTE_X = 1 << 3;
export const PTE_U = 1 << 4;
export const PTE_G = 1 << 5;
export const PTE_A = 1 << 6;
export const PTE_D = 1 << 7;

export const SATP_MODE_SV32 = 0x80000000;
const PRIV_U = 0;

/** Whether a leaf with PTE `flags` permits `access` at effective privilege `priv` (§4.3.2 step 5). */
export function leafPermits(flags: number, access: Access, priv: number, sum: boolean, mxr: boolean): boolean {
  if (priv === PRIV_U) {
    if ((flags & PTE_U) === 0) return false;
  } else if ((flags & PTE_U) !== 0) {
    // S-mode may never execute user pages, and may read/write them only with SUM=1.
    if (access === FETCH || !sum) return false;
  }
  if (access === FETCH) return (flags & PTE_X) !== 0;
  if (access === STORE) return (flags & PTE_W) !== 0;
  return (flags & PTE_R) !== 0 || (mxr && (flags & PTE_X) !== 0);
}

/** Index of a translation context (privilege, SUM, MXR) into HIT_PERMITS. */
export function permKey(priv: number, sum: boolean, mxr: boolean): number {
  return priv * 4 + (sum ? 2 : 0) + (mxr ? 1 : 0);
}

/**
 * TLB-hit permission tables, one per translation context (permKey), built once: entry
 * [access * 256 + PTE flag byte] is 1 when a TLB hit with those flags may be used for a load
 * (LOAD), store (STORE) or fetch (FETCH) without a walk. A load/fetch also needs A set, a store
 * A and D (else the walk sets them, as QEMU's hardware A/D update does). The hart's translate()
 * and the block tier's inline paths both read these.
 */
export const HIT_PERMITS: readonly Uint8Array[] = Array.from({ length: 16 }, (_, key) => {
  const priv = key >>> 2;
  const sum = (key & 2) !== 0;
  const mxr = (key & 1) !== 0;
  const t = new Uint8Array(768);
  for (let f = 0; f < 256; f++) {
    t[LOAD * 256 + f] = leafPermits(f, LOAD, priv, sum, mxr) && (f & PTE_A) !== 0 ? 1 : 0;
    t[STORE * 256 + f] = leafPermits(f, STORE, priv, sum, mxr) && (f & (PTE_A | PTE_D)) === (PTE_A | PTE_D) ? 1 : 0;
    t[FETCH * 256 + f] = leafPermits(f, FETCH, priv, sum, mxr) && (f & PTE_A) !== 0 ? 1 : 0;
  }
  return t;
});

/** Checks a physical access of `size` bytes for PMP (true = allowed). */
export type PhysicalCheck = (pa: number, size: number, access: Access) => boolean;

/** The outcome of a successful walk: the 4 KiB page's physical base and its leaf's flags. */
export interface WalkResult {
  readonly pageBase: number;
  readonly flags: number;
  /** 1 for a 4 MiB superpage leaf, 0 for a 4 KiB page. */
  readonly level: number;
}

/** Counters the walker and the TLB feed (the hart's cost accounting reads them). */
export interface MmuCounters {
  pageWalkRefs: number;
  tlbHits: number;
  tlbMisses: number;
  tlbFlushes: number;
  tlbEvictions: number;
}

/**
 * Walks the Sv32 tables for `va` (§4.3.2). Sets A, and D for stores, in the leaf PTE as QEMU
 * 7.2 does (hardware A/D update; the spec also allows raising a page fault instead).
 * Returns the result, or the exception cause to raise.
 */
export function walkSv32(
  bus: Bus,
  satp: number,
  va: number,
  access: Access,
  priv: number,
  sum: boolean,
  mxr: boolean,
  pmp: PhysicalCheck,
  counters: MmuCounters,
): WalkResult | ExceptionCause {
  let table = (satp & 0x3fffff) * 4096;
  for (let level = 1; level >= 0; level--) {
    const vpn = level === 1 ? va >>> 22 : (va >>> 12) & 0x3ff;
    const pteAddr = table + vpn * 4;
    // PTE reads are S-level accesses for PMP purposes (§3.7.1); a failed check is an access fault.
    if (pteAddr >= 2 ** 32 || !pmp(pteAddr, 4, LOAD)) return ACCESS_FAULT[access]!;
    counters.pageWalkRefs++;
    const raw = bus.load(pteAddr, 4);
    if (isFault(raw)) return ACCESS_FAULT[access]!;
    const pte = raw >>> 0;
    if ((pte & PTE_V) === 0 || ((pte & PTE_R) === 0 && (pte & PTE_W) !== 0)) return PAGE_FAULT[access]!;
    const ppn = pte >>> 10;
    if ((pte & (PTE_R | PTE_X)) === 0) {
      table = ppn * 4096; // pointer to the next level
      continue;
    }
    if (!leafPermits(pte, access, priv, sum, mxr)) return PAGE_FAULT[access]!;
    // A superpage's PPN[0] must be zero (§4.3.2 step 6).
    if (level === 1 && (ppn & 0x3ff) !== 0) return PAGE_FAULT[access]!;
    const want = PTE_A | (access === STORE ? PTE_D : 0);
    if ((pte & want) !== want) {
      if (!pmp(pteAddr, 4, STORE)) return ACCESS_FAULT[access]!;
      counters.pageWalkRefs++;
      if (bus.store(pteAddr, 4, pte | want) !== undefined) return ACCESS_FAULT[access]!;
    }
    const pageBase = level === 1 ? (ppn >>> 10) * 2 ** 22 + (va & 0x3ff000) : ppn * 4096;
    return { pageBase, flags: (pte | want) & 0xff, level };
  }
  return PAGE_FAULT[access]!;
}

/**
 * A direct-mapped TLB of `size` entries (a power of two), indexed by the low bits of the VPN.
 * Each entry caches one 4 KiB page's translation (superpages are cached per 4 KiB piece) with
 * its leaf PTE flags and the PMP verdict for the page. Entries are dropped on SFENCE.VMA, satp
 * writes, privilege-context changes that the flags cannot express, and PMP changes.
 */
export class Tlb {
  readonly size: number;
  readonly mask: number;
  /** VPN (va >>> 12) of each entry, or -1 when empty. */
  readonly vpn: Int32Array;
  /** Physical page base of each entry as int32 bits (the hart never caches pages above 4 GiB). */
  readonly pageBase: Int32Array;
  /** PTE flags (bits 0-7), superpage level at bit 8, PMP r/w/x verdicts at bits 9-11. */
  readonly flags: Int32Array;

  constructor(
    size: number,
    readonly counters: MmuCounters,
  ) {
    if (!Number.isInteger(size) || size < 1 || size > 1 << 16 || (size & (size - 1)) !== 0) {
      throw new RangeError(`TLB size must be a power of two from 1 to 65536, got ${size}`);
    }
    this.size = size;
    this.mask = size - 1;
    this.vpn = new Int32Array(size).fill(-1);
    this.pageBase = new Int32Array(size);
    this.flags = new Int32Array(size);
  }

  fill(vpn: number, pageBase: number, flags: number): number {
    const i = vpn & this.mask;
    if (this.vpn[i] !== -1 && this.vpn[i] !== vpn) this.counters.tlbEvictions++;
    this.vpn[i] = vpn;
    this.pageBase[i] = pageBase;
    this.flags[i] = flags;
    return i;
  }

  flushAll(): void {
    this.vpn.fill(-1);
    this.counters.tlbFlushes++;
  }

  /** SFENCE.VMA with rs1 != x0: drops the entries that may translate `va` (§4.2.1). */
  flushVa(va: number): void {
    const vpn = va >>> 12;
    const i = vpn & this.mask;
    if (this.vpn[i] === vpn) this.vpn[i] = -1;
    // A superpage leaf covers 1024 VPNs: drop every cached piece of it.
    for (let k = 0; k < this.size; k++) {
      if (this.vpn[k] !== -1 && (this.flags[k]! & 0x100) !== 0 && this.vpn[k]! >>> 10 === vpn >>> 10) this.vpn[k] = -1;
    }
    this.counters.tlbFlushes++;
  }
}

export const TLB_SUPERPAGE = 0x100;
/** PMP verdict bits cached in a TLB entry's flags (set only when PMP is uniform on the page). */
export const TLB_PMP_R = 1 << 9;
export const TLB_PMP_W = 1 << 10;
export const TLB_PMP_X = 1 << 11;
export const TLB_PMP_BY_ACCESS = [TLB_PMP_R, TLB_PMP_W, TLB_PMP_X] as const;

/** Cycles a walk of `refs` memory references costs (for the hart's cost accounting). */
export function walkCycles(refs: number): number {
  return EVENT_CYCLES.tlbMiss + refs * EVENT_CYCLES.pageWalkRef;
}
