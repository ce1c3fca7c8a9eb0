// Physical Memory Protection (privileged spec 20211203, §3.7) with 16 entries, as QEMU 7.2's
// target/riscv/pmp.c behaves on RV32: the pmpcfg0..3 / pmpaddr0..15 CSRs, the per-access check
// the hart makes for S/U accesses (and M accesses once an entry is locked), and a per-page
// verdict so the hart's TLB can cache PMP results for a whole 4 KiB page.
//
//   pmpcfg byte (§3.7.1, figure 3.31):   7   6 5   4 3   2   1   0
//                                       | L | 0 0 |  A  | X | W | R |     A: 0 OFF, 1 TOR, 2 NA4, 3 NAPOT
//   pmpaddr i holds bits 33:2 of a 34-bit physical address (granularity G = 0: 4 bytes).
//
// Where QEMU 7.2 and the spec differ, QEMU is followed (the hart is compared with QEMU):
// - an access that only partly matches the first entry it touches falls through to the
//   no-match default: M-mode succeeds, S/U fails (the spec makes it fail for every mode);
// - with no entry matching (even with no entry active), S/U accesses fail, M accesses succeed.
// Addresses are decoded in 34 bits as the spec says (QEMU truncates to 32 bits on RV32; the two
// differ only for ranges reaching past 4 GiB, where this machine has nothing).

import { type DeviceState, expectIntArray, expectObject } from './device.ts';

export const PMP_ENTRIES = 16;
export const PMPCFG0 = 0x3a0;
export const PMPADDR0 = 0x3b0;
const CFG_CSRS = 4; // pmpcfg0..3 on RV32 (QEMU 7.2 has no pmpcfg4..15)
const PRIV_M = 3;
const PAGE = 4096;

// pmpcfg fields
const CFG_L = 0x80;
const A_OFF = 0;
const A_TOR = 1;
const A_NA4 = 2;
const A_NAPOT = 3;

/** Permission bits as in pmpcfg (R=1, W=2, X=4); an access kind k (0 load, 1 store, 2 fetch) needs bit 1 << k. */
export type PmpAccess = 0 | 1 | 2;

export class Pmp {
  // guest-visible registers
  private readonly cfg = new Uint8Array(PMP_ENTRIES);
  private readonly addr = new Uint32Array(PMP_ENTRIES);

  // derived rules, recomputed on every effective change (hot-path data for check())
  private readonly start = new Float64Array(PMP_ENTRIES); // first byte
  private readonly end = new Float64Array(PMP_ENTRIES); // last byte (inclusive); < start when empty
  private active = new Uint8Array(0); // indices of entries with A != OFF, lowest first
  private locked = false;

  /** Bumped on every effective change; the hart flushes its TLB when it moves. */
  version = 0;

  constructor() {
    this.recompute();
  }

  /**
   * Number of entries whose A field is not OFF. QEMU 7.2's MRET/SRET raise an illegal-instruction
   * exception when returning below M-mode while this is 0 (target/riscv/op_helper.c; observed in
   * the PMP probe fixture): the hart needs it to match QEMU.
   */
  activeRules(): number {
    return this.active.length;
  }

  /** Whether any entry is locked (only then do M-mode accesses need checking). */
  anyLocked(): boolean {
    return this.locked;
  }

  /** The CSR value, or undefined when `n` is not an implemented PMP CSR. */
  csrRead(n: number): number | undefined {
    if (n >= PMPCFG0 && n < PMPCFG0 + CFG_CSRS) {
      const i = (n - PMPCFG0) * 4;
      return (this.cfg[i]! | (this.cfg[i + 1]! << 8) | (this.cfg[i + 2]! << 16) | (this.cfg[i + 3]! << 24)) >>> 0;
    }
    if (n >= PMPADDR0 && n < PMPADDR0 + PMP_ENTRIES) return this.addr[n - PMPADDR0]!;
    return undefined;
  }

  /** Writes a PMP CSR (WARL per §3.7.1); false when `n` is not an implemented PMP CSR. */
  csrWrite(n: number, value: number): boolean {
    if (n >= PMPCFG0 && n < PMPCFG0 + CFG_CSRS) {
      let changed = false;
      for (let k = 0; k < 4; k++) changed = this.writeCfg((n - PMPCFG0) * 4 + k, (value >>> (8 * k)) & 0xff) || changed;
      if (changed) this.recompute();
      return true;
    }
    if (n >= PMPADDR0 && n < PMPADDR0 + PMP_ENTRIES) {
      if (this.writeAddr(n - PMPADDR0, value >>> 0)) this.recompute();
      return true;
    }
    return false;
  }

  /** A locked entry ignores cfg writes until reset (§3.7.1.2); QEMU keeps the other bits as written. */
  private writeCfg(i: number, byte: number): boolean {
    if (this.cfg[i]! & CFG_L || this.cfg[i] === byte) return false;
    this.cfg[i] = byte;
    return true;
  }

  /** pmpaddr i is locked by its own L, or by entry i+1's L when that entry is TOR (§3.7.1.2). */
  private writeAddr(i: number, value: number): boolean {
    if (this.cfg[i]! & CFG_L) return false;
    if (i + 1 < PMP_ENTRIES && this.cfg[i + 1]! & CFG_L && aField(this.cfg[i + 1]!) === A_TOR) return false;
    if (this.addr[i] === value) return false;
    this.addr[i] = value;
    return true;
  }

  /** Decodes every entry's byte range (§3.7.1.3, table 3.10) and bumps the version. */
  private recompute(): void {
    const active: number[] = [];
    this.locked = false;
    for (let i = 0; i < PMP_ENTRIES; i++) {
      const [s, e] = this.range(i);
      this.start[i] = s;
      this.end[i] = e;
      if (aField(this.cfg[i]!) !== A_OFF) active.push(i);
      if (this.cfg[i]! & CFG_L) this.locked = true;
    }
    this.active = Uint8Array.from(active);
    this.version++;
  }

  /** [first, last] byte of entry i in the 34-bit physical space; last < first when it matches nothing. */
  private range(i: number): [number, number] {
    const a = this.addr[i]!;
    switch (aField(this.cfg[i]!)) {
      case A_TOR: {
        const lo = i === 0 ? 0 : this.addr[i - 1]! * 4; // TOR: pmpaddr[i-1] <= a < pmpaddr[i]
        return [lo, a * 4 - 1];
      }
      case A_NA4: return [a * 4, a * 4 + 3];
      case A_NAPOT: {
        const ones = trailingOnes(a); // yyyy...y0111: `ones` ones -> 2^(ones+3) bytes
        const size = 2 ** (ones + 3);
        const base = ones === 32 ? 0 : Math.floor((a * 4) / size) * size;
        return [base, base + size - 1];
      }
      default: return [1, 0];
    }
  }

  /**
   * Whether an access of `size` bytes at physical `pa` of kind `access` (0 load, 1 store/AMO,
   * 2 fetch) at privilege `priv` (0 U, 1 S, 3 M) passes PMP. The lowest-numbered entry touching
   * any byte decides (§3.7.1.3).
   */
  check(pa: number, size: number, access: PmpAccess | number, priv: number): boolean {
    const last = pa + size - 1;
    const active = this.active;
    for (let k = 0; k < active.length; k++) {
      const i = active[k]!;
      const s = this.start[i]!;
      const e = this.end[i]!;
      const first = pa >= s && pa <= e;
      if (first !== (last >= s && last <= e)) return priv === PRIV_M; // partly inside: QEMU's default
      if (first) return (priv === PRIV_M && (this.cfg[i]! & CFG_L) === 0) || (this.cfg[i]! & (1 << access)) !== 0;
    }
    return priv === PRIV_M;
  }

  /**
   * The permissions (R=1, W=2, X=4) that hold for every access inside the 4 KiB page at
   * `pageBase` at privilege `priv`, or -1 when an entry boundary falls inside the page (then
   * every access must be checked; QEMU does the same with its TLB).
   */
  pageVerdict(pageBase: number, priv: number): number {
    const pageEnd = pageBase + PAGE - 1;
    const active = this.active;
    for (let k = 0; k < active.length; k++) {
      const i = active[k]!;
      const s = this.start[i]!;
      const e = this.end[i]!;
      if (e < s || e < pageBase || s > pageEnd) continue; // touches no byte of the page
      if (s > pageBase || e < pageEnd) return -1;
      return priv === PRIV_M && (this.cfg[i]! & CFG_L) === 0 ? 7 : this.cfg[i]! & 7;
    }
    return priv === PRIV_M ? 7 : 0;
  }

  save(): DeviceState {
    return { cfg: Array.from(this.cfg), addr: Array.from(this.addr) };
  }

  /** Replaces all entries (locks included: a snapshot is a whole machine state, not a CSR write). */
  restore(state: unknown): void {
    const s = expectObject(state, 'pmp');
    const cfg = expectIntArray(s, 'cfg', PMP_ENTRIES, 0, 0xff, 'pmp');
    const addr = expectIntArray(s, 'addr', PMP_ENTRIES, 0, 0xffffffff, 'pmp');
    this.cfg.set(cfg);
    this.addr.set(addr);
    this.recompute();
  }

  /** Power-on state: every entry OFF and unlocked (§3.7.1: L and A reset to 0). */
  reset(): void {
    this.cfg.fill(0);
    this.addr.fill(0);
    this.recompute();
  }
}

function aField(cfg: number): number {
  return (cfg >>> 3) & 3;
}

function trailingOnes(v: number): number {
  const inverted = ~v >>> 0;
  return inverted === 0 ? 32 : 31 - Math.clz32(inverted & -inverted);
}
