// The CLINT at 0x02000000 as on QEMU virt (hw/intc/riscv_aclint.c: an ACLINT SWI + MTIMER pair
// with the SiFive CLINT layout): per-hart msip (software interrupt, MSIP) and mtimecmp
// (timer interrupt, MTIP), and the shared 64-bit mtime derived from the deterministic Clock.
//
//   0x0000 + 4h     msip[h]      bit 0 drives hart h's MSIP (privileged spec §3.1.9)
//   0x4000 + 8h     mtimecmp[h]  64-bit, two 32-bit halves (§3.2.1)
//   0xbff8          mtime        64-bit, two 32-bit halves; a write shifts it from clock.now()
//
// Only aligned 32-bit accesses are valid (QEMU's SWI region accepts 4 bytes only; we use the same
// rule for the timer); others are bus faults. Registers of absent harts read 0 and ignore writes.

import {
  type Clock, type Device, type DeviceState, expectIntArray, expectObject, type InterruptLine, SnapshotError,
} from '../device.ts';
import { BUS_FAULT, type BusFault, type Width } from '../memory.ts';

export const CLINT_BASE = 0x02000000;
const MSIP_BASE = 0x0000;
const MTIMECMP_BASE = 0x4000;
const MTIME = 0xbff8;
const MASK64 = (1n << 64n) - 1n;
const MAX_HARTS = 4095; // the SiFive layout leaves room for 4095 harts' mtimecmp below mtime

/** The interrupt lines of one hart that the CLINT drives. */
export interface ClintHart {
  readonly msip: InterruptLine;
  readonly mtip: InterruptLine;
}

export class Clint implements Device {
  readonly name = 'clint';
  readonly base = CLINT_BASE;
  readonly size = 0x10000;

  // guest-visible state
  private readonly msip: Uint8Array;
  private readonly cmpLo: Uint32Array;
  private readonly cmpHi: Uint32Array;
  /** mtime = (clock.now() + offset) mod 2^64; a guest write to mtime changes only the offset. */
  private offset = 0n;

  // derived: the level last driven on each hart's MTIP line
  private readonly mtipLevel: boolean[];
  /** Register writes so far (host-side, not saved): the machine re-plans its timers when it moves. */
  writes = 0;

  constructor(private readonly harts: readonly ClintHart[], private readonly clock: Clock) {
    if (harts.length < 1 || harts.length > MAX_HARTS) throw new RangeError(`CLINT needs 1..${MAX_HARTS} harts, not ${harts.length}`);
    this.msip = new Uint8Array(harts.length);
    // QEMU 7.2 allocates mtimecmp zeroed and leaves it alone at reset: MTIP is pending at boot (probe fixture).
    this.cmpLo = new Uint32Array(harts.length);
    this.cmpHi = new Uint32Array(harts.length);
    this.mtipLevel = harts.map(() => false);
    this.driveAll();
  }

  /** The current 64-bit mtime. */
  mtime(): bigint {
    return (BigInt(this.clock.now()) + this.offset) & MASK64;
  }

  read(offset: number, width: Width): number | BusFault {
    if (width !== 4 || (offset & 3) !== 0) return BUS_FAULT;
    if (offset === MTIME || offset === MTIME + 4) return this.half(this.mtime(), offset === MTIME + 4);
    if (offset >= MTIMECMP_BASE) {
      const h = (offset - MTIMECMP_BASE) >>> 3;
      if (h >= this.harts.length) return 0;
      return (offset & 4) !== 0 ? this.cmpHi[h]! : this.cmpLo[h]!;
    }
    const h = offset >>> 2;
    return h < this.harts.length ? this.msip[h]! : 0;
  }

  write(offset: number, width: Width, value: number): BusFault | undefined {
    if (width !== 4 || (offset & 3) !== 0) return BUS_FAULT;
    this.writes++;
    if (offset === MTIME || offset === MTIME + 4) this.writeMtime(offset === MTIME + 4, value >>> 0);
    else if (offset >= MTIMECMP_BASE) this.writeMtimecmp(offset, value >>> 0);
    else if ((offset >>> 2) < this.harts.length) this.writeMsip(offset >>> 2, value);
    return undefined;
  }

  /** Re-evaluates every hart's MTIP (mtime >= mtimecmp); the machine calls it after each slice. */
  update(): void {
    const now = this.mtime();
    for (let h = 0; h < this.harts.length; h++) this.driveMtip(h, now);
  }

  /**
   * The smallest clock.now() value later than the current one at which some hart's MTIP rises,
   * or Infinity (none, or beyond 2^53): an idle machine may skip its clock forward to it.
   */
  nextDeadline(): number {
    const now = BigInt(this.clock.now());
    let best = Infinity;
    for (let h = 0; h < this.harts.length; h++) {
      const at = this.cmp(h) - this.offset; // the clock value at which mtime reaches mtimecmp
      if (at > now && at < 2n ** 53n && Number(at) < best) best = Number(at);
    }
    return best;
  }

  private writeMsip(h: number, value: number): void {
    this.msip[h] = value & 1;
    this.harts[h]!.msip.set((value & 1) !== 0);
  }

  private writeMtimecmp(offset: number, value: number): void {
    const h = (offset - MTIMECMP_BASE) >>> 3;
    if (h >= this.harts.length) return;
    if ((offset & 4) !== 0) this.cmpHi[h] = value;
    else this.cmpLo[h] = value;
    this.driveMtip(h, this.mtime());
  }

  /** A write of one half keeps the other half of the current mtime (riscv_aclint.c). */
  private writeMtime(high: boolean, value: number): void {
    const now = this.mtime();
    const want = high ? (BigInt(value) << 32n) | (now & 0xffffffffn) : (now & ~0xffffffffn) | BigInt(value);
    this.offset = want - BigInt(this.clock.now());
    this.update();
  }

  private cmp(h: number): bigint {
    return (BigInt(this.cmpHi[h]!) << 32n) | BigInt(this.cmpLo[h]!);
  }

  private half(v: bigint, high: boolean): number {
    return Number(high ? (v >> 32n) & 0xffffffffn : v & 0xffffffffn);
  }

  private driveMtip(h: number, now: bigint): void {
    const level = now >= this.cmp(h);
    if (level !== this.mtipLevel[h]) {
      this.mtipLevel[h] = level;
      this.harts[h]!.mtip.set(level);
    }
  }

  /** Drives every line from the register state (construction and restore). */
  private driveAll(): void {
    const now = this.mtime();
    for (let h = 0; h < this.harts.length; h++) {
      this.harts[h]!.msip.set(this.msip[h] !== 0);
      this.mtipLevel[h] = now >= this.cmp(h);
      this.harts[h]!.mtip.set(this.mtipLevel[h]!);
    }
  }

  save(): DeviceState {
    return { msip: Array.from(this.msip), mtimecmpLo: Array.from(this.cmpLo), mtimecmpHi: Array.from(this.cmpHi), offset: this.offset.toString() };
  }

  restore(state: unknown): void {
    const s = expectObject(state, this.name);
    const n = this.harts.length;
    const msip = expectIntArray(s, 'msip', n, 0, 1, this.name);
    const lo = expectIntArray(s, 'mtimecmpLo', n, 0, 0xffffffff, this.name);
    const hi = expectIntArray(s, 'mtimecmpHi', n, 0, 0xffffffff, this.name);
    const offset = parseOffset(s['offset'], this.name);
    this.msip.set(msip);
    this.cmpLo.set(lo);
    this.cmpHi.set(hi);
    this.offset = offset;
    this.driveAll();
  }
}

/** The mtime offset: a decimal integer string within ±2^64. */
function parseOffset(v: unknown, where: string): bigint {
  if (typeof v !== 'string' || !/^-?\d{1,20}$/.test(v)) throw new SnapshotError(`${where}: field offset must be a decimal integer string`);
  const b = BigInt(v);
  if (b > MASK64 || b < -MASK64) throw new SnapshotError(`${where}: field offset is outside ±2^64`);
  return b;
}

