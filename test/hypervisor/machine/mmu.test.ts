// Sv32 translation (RISC-V privileged spec 20211203, §4.3) and the TLB: walkSv32 against hand-
// built page tables in a Ram, the leaf permission rules (U/S x R/W/X x SUM x MXR), A/D updates,
// access faults for PTEs and pages outside memory, the Tlb's counters and flushes, and the hart:
// SFENCE.VMA and satp writes against stale entries, fault values, page-crossing accesses.

import { describe, expect, it } from 'vitest';
import { CSR, PRIV_M, PRIV_S, PRIV_U } from '../../../hypervisor/machine/cpu.ts';
import { Ram, RAM_BASE } from '../../../hypervisor/machine/memory.ts';
import {
  FETCH,
  leafPermits,
  LOAD,
  STORE,
  PTE_A,
  PTE_D,
  PTE_R,
  PTE_U,
  PTE_V,
  PTE_W,
  PTE_X,
  Tlb,
  TLB_SUPERPAGE,
  walkSv32,
  type Access,
  type MmuCounters,
  type PhysicalCheck,
} from '../../../hypervisor/machine/mmu.ts';
import { MSTATUS_MPP_SHIFT, MSTATUS_MPRV, MSTATUS_MXR, MSTATUS_SUM } from '../../../hypervisor/machine/privilege.ts';
import { Exception } from '../../../hypervisor/machine/trap.ts';
import { hart, type Hart } from './harness.ts';

const ROOT = 0x80010000;
const L0 = 0x80011000;
const SATP = (0x80000000 | (ROOT >>> 12)) >>> 0;
const RWX_AD = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;

const pte = (pa: number, flags: number): number => ((Math.floor(pa / 4096) << 10) | flags) >>> 0;
const counters = (): MmuCounters => ({ pageWalkRefs: 0, tlbHits: 0, tlbMisses: 0, tlbFlushes: 0, tlbEvictions: 0 });
const allow = (): boolean => true;
const ACCESSES = [['load', LOAD], ['store', STORE], ['fetch', FETCH]] as const;

/** A 1 MiB RAM with a root table at ROOT whose entry 1 points at the level-0 table L0 (VA 0x00400000-0x007fffff). */
function tables(): Ram {
  const ram = new Ram(1 << 20);
  ram.store(ROOT + 4 * 1, 4, pte(L0, PTE_V));
  return ram;
}

function walk(ram: Ram, va: number, access: Access, priv = PRIV_S, c = counters()): ReturnType<typeof walkSv32> {
  return walkSv32(ram, SATP, va, access, priv, false, false, allow, c);
}

describe('walkSv32 (§4.3.2)', () => {
  it('translates through a 4 KiB leaf with two PTE reads', () => {
    const ram = tables();
    ram.store(L0 + 4 * 3, 4, pte(0x80050000, RWX_AD));
    const c = counters();
    expect(walk(ram, 0x00403abc, LOAD, PRIV_S, c)).toEqual({ pageBase: 0x80050000, flags: RWX_AD, level: 0 });
    expect(c.pageWalkRefs).toBe(2);
  });

  it('translates through a 4 MiB superpage with one PTE read; the page base keeps VPN[0] from the address', () => {
    const ram = tables();
    ram.store(ROOT + 4 * 2, 4, pte(0x80000000, RWX_AD)); // VA 0x00800000-0x00bfffff -> PA 0x80000000
    const c = counters();
    expect(walk(ram, 0x00812345, STORE, PRIV_S, c)).toEqual({ pageBase: 0x80012000, flags: RWX_AD, level: 1 });
    expect(c.pageWalkRefs).toBe(1);
  });

  it('a superpage whose PPN[0] is not zero is misaligned: page fault of the access type (§4.3.2 step 6)', () => {
    const ram = tables();
    ram.store(ROOT + 4 * 2, 4, pte(0x80001000, RWX_AD));
    expect(walk(ram, 0x00800000, LOAD)).toBe(Exception.LoadPageFault);
    expect(walk(ram, 0x00800000, STORE)).toBe(Exception.StorePageFault);
    expect(walk(ram, 0x00800000, FETCH)).toBe(Exception.InstructionPageFault);
  });

  it('V=0 at either level and W=1 without R are page faults (§4.3.2 step 3)', () => {
    const ram = tables();
    expect(walk(ram, 0x00c00000, LOAD), 'root entry 3 is zero').toBe(Exception.LoadPageFault);
    expect(walk(ram, 0x00400000, STORE), 'L0 entry 0 is zero').toBe(Exception.StorePageFault);
    ram.store(L0, 4, pte(0x80050000, PTE_R | PTE_W | PTE_A | PTE_D)); // V = 0 with permissions
    expect(walk(ram, 0x00400000, LOAD)).toBe(Exception.LoadPageFault);
    ram.store(L0, 4, pte(0x80050000, PTE_V | PTE_W | PTE_A | PTE_D));
    expect(walk(ram, 0x00400000, LOAD)).toBe(Exception.LoadPageFault);
    ram.store(L0, 4, pte(0x80050000, PTE_V | PTE_W | PTE_X | PTE_A | PTE_D));
    expect(walk(ram, 0x00400000, FETCH)).toBe(Exception.InstructionPageFault);
    ram.store(ROOT + 4 * 2, 4, pte(0x80000000, PTE_V | PTE_W));
    expect(walk(ram, 0x00800000, LOAD), 'W without R at the root').toBe(Exception.LoadPageFault);
  });

  it('a pointer PTE at level 0 (no R/W/X) is a page fault: no third level (§4.3.2 step 4)', () => {
    const ram = tables();
    ram.store(L0, 4, pte(L0, PTE_V));
    expect(walk(ram, 0x00400000, LOAD)).toBe(Exception.LoadPageFault);
  });

  it('sets A on any access and D on a store in the leaf PTE (hardware A/D update, §4.3.2 step 7)', () => {
    const ram = tables();
    const flags = PTE_V | PTE_R | PTE_W;
    ram.store(L0, 4, pte(0x80050000, flags));
    const c = counters();
    const r = walk(ram, 0x00400000, LOAD, PRIV_S, c);
    expect(r).toMatchObject({ flags: flags | PTE_A });
    expect(ram.load(L0, 4)).toBe(pte(0x80050000, flags | PTE_A));
    expect(c.pageWalkRefs, 'two reads and one write-back').toBe(3);
    expect(walk(ram, 0x00400000, STORE)).toMatchObject({ flags: flags | PTE_A | PTE_D });
    expect(ram.load(L0, 4)).toBe(pte(0x80050000, flags | PTE_A | PTE_D));
    // Nothing left to update: no write.
    const c2 = counters();
    walk(ram, 0x00400000, STORE, PRIV_S, c2);
    expect(c2.pageWalkRefs).toBe(2);
  });

  it('a walk that faults on permissions does not set A (§4.3.2: step 5 stops before step 7)', () => {
    const ram = tables();
    ram.store(L0, 4, pte(0x80050000, PTE_V | PTE_R));
    expect(walk(ram, 0x00400000, STORE)).toBe(Exception.StorePageFault);
    expect(ram.load(L0, 4)).toBe(pte(0x80050000, PTE_V | PTE_R));
  });

  it('a PTE address outside RAM, or refused by PMP, is an access fault of the access type (§4.3.2 steps 2-3, §3.7.1)', () => {
    const ram = tables();
    const off = (satp: number, access: Access, pmp: PhysicalCheck = allow) => walkSv32(ram, satp, 0x00400000, access, PRIV_S, false, false, pmp, counters());
    const rootOutside = (0x80000000 | 0x00010) >>> 0; // root table at 0x00010000: no RAM there
    expect(off(rootOutside, LOAD)).toBe(Exception.LoadAccessFault);
    expect(off(rootOutside, STORE)).toBe(Exception.StoreAccessFault);
    expect(off(rootOutside, FETCH)).toBe(Exception.InstructionAccessFault);
    ram.store(ROOT + 4, 4, pte(0x00020000, PTE_V)); // level-0 table outside RAM
    expect(off(SATP, LOAD)).toBe(Exception.LoadAccessFault);
    // A level-0 table above 4 GiB (34-bit PPN): nothing is there.
    ram.store(ROOT + 4, 4, ((0x100011 << 10) | PTE_V) >>> 0);
    expect(off(SATP, STORE)).toBe(Exception.StoreAccessFault);
    // PMP refusing the PTE read.
    ram.store(ROOT + 4, 4, pte(L0, PTE_V));
    ram.store(L0, 4, pte(0x80050000, RWX_AD));
    expect(off(SATP, LOAD, (pa) => pa !== L0)).toBe(Exception.LoadAccessFault);
    // PMP refusing only the A/D write-back.
    ram.store(L0, 4, pte(0x80050000, PTE_V | PTE_R));
    expect(off(SATP, LOAD, (_pa, _n, kind) => kind !== STORE)).toBe(Exception.LoadAccessFault);
  });

  it('hands on 34-bit physical page bases above 4 GiB unchanged (the hart refuses them)', () => {
    const ram = tables();
    ram.store(L0, 4, ((0x100050 << 10) | RWX_AD) >>> 0);
    expect(walk(ram, 0x00400000, LOAD)).toMatchObject({ pageBase: 0x100050000, level: 0 });
  });
});

describe('leaf permissions (§4.3.1, §4.3.2 step 5)', () => {
  /** The rules as the spec words them, written independently of mmu.ts. */
  function specAllows(flags: number, access: Access, priv: number, sum: boolean, mxr: boolean): boolean {
    const user = (flags & PTE_U) !== 0;
    // "U-mode software may only access the page when U=1."
    if (priv === PRIV_U && !user) return false;
    // "If SUM is set, supervisor mode software may also access pages with U=1 ... Irrespective of
    // SUM, the supervisor may not execute code on pages with U=1."
    if (priv === PRIV_S && user && (!sum || access === FETCH)) return false;
    const r = (flags & PTE_R) !== 0, w = (flags & PTE_W) !== 0, x = (flags & PTE_X) !== 0;
    if (access === FETCH) return x;
    if (access === STORE) return w;
    // "When MXR=1, loads from pages marked either readable or executable will succeed."
    return r || (mxr && x);
  }

  it('a few rows spelled out', () => {
    const R = PTE_R, RW = PTE_R | PTE_W, X = PTE_X, U = PTE_U;
    const rows: [string, number, Access, number, boolean, boolean, boolean][] = [
      ['U reads its R page', R | U, LOAD, PRIV_U, false, false, true],
      ['U cannot touch a supervisor page', RW, LOAD, PRIV_U, true, true, false],
      ['U cannot write a read-only page', R | U, STORE, PRIV_U, false, false, false],
      ['U executes an X page', X | U, FETCH, PRIV_U, false, false, true],
      ['U reads X-only only with MXR', X | U, LOAD, PRIV_U, false, false, false],
      ['U reads X-only with MXR', X | U, LOAD, PRIV_U, false, true, true],
      ['S reads a user page only with SUM', RW | U, LOAD, PRIV_S, false, false, false],
      ['S writes a user page with SUM', RW | U, STORE, PRIV_S, true, false, true],
      ['S never executes a user page', X | R | U, FETCH, PRIV_S, true, true, false],
      ['S executes its own X page', X, FETCH, PRIV_S, false, false, true],
      ['S cannot fetch from an R page', R, FETCH, PRIV_S, false, false, false],
      ['MXR does not make X pages writable', X, STORE, PRIV_S, false, true, false],
      ['S with SUM and MXR reads a user X-only page', X | U, LOAD, PRIV_S, true, true, true],
    ];
    for (const [what, flags, access, priv, sum, mxr, want] of rows) {
      expect(leafPermits(flags | PTE_V, access, priv, sum, mxr), what).toBe(want);
    }
  });

  it('agrees with the spec rules for every leaf flag combination, mode, SUM, MXR and access', () => {
    let checked = 0;
    for (let f = 0; f < 32; f++) {
      const flags = (f << 1) | PTE_V; // R, W, X, U, G
      if ((flags & (PTE_R | PTE_W | PTE_X)) === 0) continue; // not a leaf
      for (const priv of [PRIV_U, PRIV_S]) {
        for (const sum of [false, true]) {
          for (const mxr of [false, true]) {
            for (const [name, access] of ACCESSES) {
              expect(leafPermits(flags, access, priv, sum, mxr), `flags ${flags.toString(2)} priv ${priv} sum ${sum} mxr ${mxr} ${name}`).toBe(
                specAllows(flags, access, priv, sum, mxr),
              );
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBe(28 * 2 * 2 * 2 * 3);
  });

  it('walkSv32 applies the rules with the SUM and MXR it is given', () => {
    const ram = tables();
    ram.store(L0, 4, pte(0x80050000, PTE_V | PTE_X | PTE_U | PTE_A | PTE_D));
    const go = (priv: number, sum: boolean, mxr: boolean) => walkSv32(ram, SATP, 0x00400000, LOAD, priv, sum, mxr, allow, counters());
    expect(go(PRIV_S, true, false)).toBe(Exception.LoadPageFault);
    expect(go(PRIV_S, false, true)).toBe(Exception.LoadPageFault);
    expect(go(PRIV_S, true, true)).toMatchObject({ pageBase: 0x80050000 });
    expect(go(PRIV_U, false, true)).toMatchObject({ pageBase: 0x80050000 });
  });
});

describe('Tlb', () => {
  it('is direct-mapped by the low VPN bits: a fill into an occupied slot with another VPN counts an eviction', () => {
    const c = counters();
    const tlb = new Tlb(4, c);
    expect(tlb.fill(0x401, 0x80050000 | 0, RWX_AD)).toBe(1);
    expect(tlb.fill(0x401, 0x80051000 | 0, RWX_AD)).toBe(1); // same VPN: a refresh, no eviction
    expect(c.tlbEvictions).toBe(0);
    expect(tlb.fill(0x405, 0x80052000 | 0, RWX_AD)).toBe(1);
    expect(c.tlbEvictions).toBe(1);
    expect(tlb.fill(0x402, 0x80053000 | 0, RWX_AD)).toBe(2);
    expect(c.tlbEvictions).toBe(1);
    expect(Array.from(tlb.vpn)).toEqual([-1, 0x405, 0x402, -1]);
    expect(tlb.pageBase[1]! >>> 0).toBe(0x80052000);
  });

  it('flushAll empties every entry and counts one flush', () => {
    const c = counters();
    const tlb = new Tlb(8, c);
    for (let v = 0; v < 8; v++) tlb.fill(v, 0, RWX_AD);
    tlb.flushAll();
    expect(Array.from(tlb.vpn)).toEqual(new Array(8).fill(-1));
    expect(c.tlbFlushes).toBe(1);
  });

  it('flushVa drops the 4 KiB entry of the address and every cached piece of a superpage covering it (§4.2.1)', () => {
    const c = counters();
    const tlb = new Tlb(16, c);
    const SP = RWX_AD | TLB_SUPERPAGE;
    tlb.fill(0x801, 0, SP); // pieces of the superpage VA 0x00800000-0x00bfffff
    tlb.fill(0x802, 0, SP);
    tlb.fill(0x803, 0, RWX_AD); // a 4 KiB entry in the same 4 MiB region (not a superpage piece)
    tlb.fill(0x404, 0, RWX_AD);
    tlb.fill(0x405, 0, RWX_AD);
    tlb.flushVa(0x00404abc);
    expect(Array.from(tlb.vpn).filter((v) => v !== -1).sort()).toEqual([0x405, 0x801, 0x802, 0x803]);
    // An address inside the superpage whose own piece is not cached still drops the other pieces.
    tlb.flushVa(0x00bff000);
    expect(Array.from(tlb.vpn).filter((v) => v !== -1).sort()).toEqual([0x405, 0x803]);
    expect(c.tlbFlushes).toBe(2);
  });

  it('refuses sizes that are not powers of two from 1 to 65536', () => {
    for (const bad of [0, 3, 12, 131072, 1.5, -4]) expect(() => new Tlb(bad, counters()), String(bad)).toThrow(RangeError);
    expect(new Tlb(1, counters()).mask).toBe(0);
  });
});

// ---------------------------------------------------------------- the hart with paging on

const DATA0 = 0x80020000; // VA 0x00400000
const DATA1 = 0x80021000; // VA 0x00402000 (VA 0x00401000 is unmapped)
const DATA2 = 0x80022000; // spare page for remapping
const VA0 = 0x00400000;

/**
 * A hart in S-mode with Sv32 on: the first 4 MiB of RAM (code, tables) identity-mapped by a
 * supervisor superpage, VA0 -> DATA0 and VA0+0x2000 -> DATA1 as 4 KiB pages, mtvec at `mtrap`.
 */
function pagedHart(body: string, leafFlags = RWX_AD): Hart {
  const h = hart(
    `
      .align 6
    mtrap: j mtrap
      .align 2
    body:
      ${body}
    end: nop
    `,
    { ramSize: 1 << 20 },
  );
  const ram = h.ram;
  ram.store(ROOT + 4 * 0x200, 4, pte(RAM_BASE, RWX_AD));
  ram.store(ROOT + 4 * 1, 4, pte(L0, PTE_V));
  ram.store(L0 + 4 * 0, 4, pte(DATA0, leafFlags));
  ram.store(L0 + 4 * 2, 4, pte(DATA1, leafFlags));
  ram.store(DATA0, 4, 111);
  ram.store(DATA1, 4, 222);
  ram.store(DATA2, 4, 333);
  h.cpu.csrWrite(CSR.mtvec, h.at('mtrap'));
  h.cpu.csrWrite(CSR.satp, SATP);
  h.enter(PRIV_S, 'body');
  return h;
}

describe('the hart with Sv32 on (§4.1.11, §4.2.1, §4.3)', () => {
  it('S-mode loads and stores go through the page tables; the hart sets A on a load and D on the later store', () => {
    const h = pagedHart(
      `
      lw a0, 0(s0)
      lw a1, 8(s1)
      sw a1, 4(s0)
    `,
      PTE_V | PTE_R | PTE_W,
    );
    h.cpu.x[8] = VA0;
    h.cpu.x[9] = VA0 + 0x2000 - 8;
    h.runTo('end');
    expect([h.reg('a0'), h.reg('a1')]).toEqual([111, 222]);
    expect(h.word(DATA0 + 4)).toBe(222);
    expect(h.word(L0)).toBe(pte(DATA0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D));
    expect(h.word(L0 + 8)).toBe(pte(DATA1, PTE_V | PTE_R | PTE_W | PTE_A));
  });

  it('counts one TLB miss and walk per page, then hits: code superpage (1 PTE read) and a 4 KiB data page (2 reads)', () => {
    const h = pagedHart(`
      lw a0, 0(s0)
      lw a1, 4(s0)
      lw a2, 8(s0)
    `);
    h.cpu.x[8] = VA0 + 0x2000; // TLB slot 2, apart from the code page's slot 0
    const e = h.cpu.events;
    const before = { ...e };
    h.runTo('end');
    expect(e.tlbMisses - before.tlbMisses).toBe(2);
    expect(e.pageWalkRefs - before.pageWalkRefs).toBe(3);
    expect(e.tlbHits - before.tlbHits).toBe(2);
    expect(e.tlbEvictions - before.tlbEvictions).toBe(0);
  });

  it('a PTE changed in memory is not seen through a cached entry until sfence.vma (stale use is allowed, §4.2.1)', () => {
    // VA0+0x2000 (TLB slot 2) does not share its direct-mapped slot with the code page (0x80000000, slot 0).
    const h = pagedHart(`
      lw a0, 0(s0)
      sw t1, 0(s2)        # L0[2] -> DATA2 (the tables are identity-mapped)
      lw a1, 0(s0)        # the TLB still holds the old translation
      sfence.vma
      lw a2, 0(s0)
      sw t2, 0(s2)        # back to DATA1
      sfence.vma s0, zero # flush just this address
      lw a3, 0(s0)
      sw t1, 0(s2)        # DATA2 again, then an unrelated address is flushed
      li t0, 0x00400000
      sfence.vma t0, zero
      lw a4, 0(s0)
    `);
    const c = h.cpu;
    c.x[8] = VA0 + 0x2000;
    c.x[18] = L0 + 8; // s2
    c.x[6] = pte(DATA2, RWX_AD) | 0; // t1
    c.x[7] = pte(DATA1, RWX_AD) | 0; // t2
    h.runTo('end');
    expect([h.reg('a0'), h.reg('a1'), h.reg('a2'), h.reg('a3'), h.reg('a4')]).toEqual([222, 222, 333, 222, 222]);
  });

  it('a satp write flushes cached translations (as QEMU 7.2)', () => {
    const h = pagedHart(`
      lw a0, 0(s0)
      sw t1, 0(s2)
      lw a1, 0(s0)
      csrw satp, s3
      lw a2, 0(s0)
    `);
    const c = h.cpu;
    c.x[8] = VA0 + 0x2000;
    c.x[18] = L0 + 8;
    c.x[19] = SATP | 0; // s3: the same value
    c.x[6] = pte(DATA2, RWX_AD) | 0;
    h.runTo('end');
    expect([h.reg('a0'), h.reg('a1'), h.reg('a2')]).toEqual([222, 222, 333]);
  });

  it('page faults carry the faulting virtual address in mtval: load 13, store 15, fetch 12 (§4.3.2, §3.1.16)', () => {
    for (const [insn, cause] of [['lw a0, 8(s0)', Exception.LoadPageFault], ['sb a0, 8(s0)', Exception.StorePageFault], ['jalr ra, 8(s0)', Exception.InstructionPageFault]] as const) {
      const h = pagedHart(insn);
      h.cpu.x[8] = VA0 + 0x1000; // unmapped
      h.runTo('mtrap', 2);
      expect([h.cpu.mcause, h.cpu.mtval], insn).toEqual([cause, VA0 + 0x1008]);
      expect(h.cpu.mepc, insn).toBe(cause === Exception.InstructionPageFault ? VA0 + 0x1008 : h.at('body'));
      expect((h.cpu.mstatus >>> MSTATUS_MPP_SHIFT) & 3).toBe(PRIV_S);
    }
  });

  it('permission faults: a store to a read-only page and a fetch from a non-executable page', () => {
    const h = pagedHart('sw a0, 0(s0)', PTE_V | PTE_R | PTE_A | PTE_D);
    h.cpu.x[8] = VA0;
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval]).toEqual([Exception.StorePageFault, VA0]);
    expect(h.word(DATA0)).toBe(111);
    const g = pagedHart('jr s0', PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);
    g.cpu.x[8] = VA0;
    g.runTo('mtrap', 2);
    expect([g.cpu.mcause, g.cpu.mtval, g.cpu.mepc]).toEqual([Exception.InstructionPageFault, VA0, VA0]);
  });

  it('SUM lets S-mode read user pages and MXR lets it read execute-only pages (§4.1.1)', () => {
    const h = pagedHart('lw a0, 0(s0)\nlw a1, 0(s1)', PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    h.ram.store(L0 + 8, 4, pte(DATA1, PTE_V | PTE_X | PTE_A));
    h.cpu.x[8] = VA0;
    h.cpu.x[9] = VA0 + 0x2000;
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval]).toEqual([Exception.LoadPageFault, VA0]);
    h.cpu.csrWrite(CSR.mstatus, MSTATUS_SUM);
    h.enter(PRIV_S, 'body');
    h.runTo('mtrap', 2);
    expect([h.reg('a0'), h.cpu.mcause, h.cpu.mtval]).toEqual([111, Exception.LoadPageFault, VA0 + 0x2000]);
    h.cpu.csrWrite(CSR.mstatus, MSTATUS_SUM | MSTATUS_MXR);
    h.enter(PRIV_S, 'body');
    h.runTo('end', 2);
    expect(h.reg('a1')).toBe(222);
  });

  it('M-mode is not translated, except its loads and stores with MPRV=1 and MPP below M (§3.1.6.3)', () => {
    const h = pagedHart('lw a0, 0(s0)');
    const c = h.cpu;
    c.x[8] = VA0;
    h.enter(PRIV_M, 'body');
    h.runTo('mtrap', 1);
    expect([c.mcause, c.mtval], 'VA0 as a physical address is not RAM').toEqual([Exception.LoadAccessFault, VA0]);
    c.csrWrite(CSR.mstatus, MSTATUS_MPRV | (PRIV_S << MSTATUS_MPP_SHIFT));
    h.enter(PRIV_M, 'body');
    h.runTo('end', 1);
    expect(h.reg('a0')).toBe(111);
  });

  it('a leaf pointing above 4 GiB (34-bit PPN) raises an access fault with mtval = the virtual address', () => {
    const h = pagedHart('lw a0, 4(s0)');
    h.ram.store(L0, 4, ((0x100020 << 10) | RWX_AD) >>> 0);
    h.cpu.x[8] = VA0;
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval]).toEqual([Exception.LoadAccessFault, VA0 + 4]);
    const g = pagedHart('sw a0, 4(s0)');
    g.ram.store(ROOT + 4 * 3, 4, ((0x400000 << 10) | RWX_AD) >>> 0); // superpage at PA 0x1_0000_0000
    g.cpu.x[8] = 0x00c00000;
    g.runTo('mtrap', 1);
    expect([g.cpu.mcause, g.cpu.mtval]).toEqual([Exception.StoreAccessFault, 0x00c00004]);
  });

  // Expected values checked on QEMU 7.2 (qemu-system-riscv32 -cpu rv32,c=false,h=false, the same
  // page tables, mtval read in the M handler): a fault on the first page reports the original
  // address; a fault on the second page reports the start of that page; memory is unchanged.
  const CROSSING = [
    ['lw a0, 0(s0)', 0x00400ffe, Exception.LoadPageFault, 0x00401000],
    ['lh a0, 0(s0)', 0x00400fff, Exception.LoadPageFault, 0x00401000],
    ['lw a0, 0(s0)', 0x00400ffd, Exception.LoadPageFault, 0x00401000],
    ['sw s0, 0(s0)', 0x00400ffe, Exception.StorePageFault, 0x00401000],
    ['lw a0, 0(s0)', 0x00401ffe, Exception.LoadPageFault, 0x00401ffe],
    ['sw s0, 0(s0)', 0x00401ffe, Exception.StorePageFault, 0x00401ffe],
    ['lw a0, 0(s0)', 0x00402ffe, Exception.LoadPageFault, 0x00403000],
    ['sw s0, 0(s0)', 0x00402ffd, Exception.StorePageFault, 0x00403000],
  ] as const;
  for (const [insn, va, cause, tval] of CROSSING) {
    it(`a misaligned '${insn}' at 0x${va.toString(16)} across into an unmapped page faults with mtval 0x${tval.toString(16)} and writes nothing`, () => {
      const h = pagedHart(insn);
      h.ram.store(DATA0 + 0xffc, 4, 0x44332211);
      h.ram.store(DATA1 + 0xffc, 4, 0x88776655);
      h.cpu.x[8] = va;
      h.runTo('mtrap', 1);
      expect([h.cpu.mcause, h.cpu.mtval, h.cpu.mepc]).toEqual([cause, tval, h.at('body')]);
      expect(h.reg('a0')).toBe(0);
      expect([h.word(DATA0 + 0xffc), h.word(DATA1 + 0xffc), h.word(DATA1)]).toEqual([0x44332211, 0x88776655, 222]);
    });
  }

  it('a misaligned load across two mapped pages reads both physical pages', () => {
    const h = pagedHart('lw a0, 0(s0)');
    h.ram.store(L0 + 4, 4, pte(DATA2, RWX_AD)); // VA0+0x1000 -> DATA2
    h.ram.store(DATA0 + 0xffc, 4, 0x44332211);
    h.ram.store(DATA2, 4, 0x88776655);
    h.cpu.x[8] = VA0 + 0xffe;
    h.runTo('end', 1);
    expect(h.reg('a0')).toBe(0x66554433);
  });

  it('with satp MODE=Bare S-mode addresses are physical', () => {
    const h = pagedHart('lw a0, 0(s0)');
    h.cpu.csrWrite(CSR.satp, 0);
    h.cpu.x[8] = DATA1 | 0;
    h.runTo('end', 1);
    expect(h.reg('a0')).toBe(222);
  });

  it('U-mode fetches need U=1: a supervisor code page gives an instruction page fault at the pc', () => {
    const h = pagedHart('nop');
    h.enter(PRIV_U, 'body');
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval, h.cpu.mepc]).toEqual([Exception.InstructionPageFault, h.at('body'), h.at('body')]);
    expect((h.cpu.mstatus >>> MSTATUS_MPP_SHIFT) & 3).toBe(PRIV_U);
  });
});
