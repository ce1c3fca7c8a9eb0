// Loop traces (jit/trace.ts + the trace code of translate.ts) against the interpreter. A trace
// compiles a hot loop through several blocks as one function on predictions that are only
// checked at run time: a branch goes the predicted way, a JALR returns to the link of the call
// on the path, and each page crossing finds the same TLB entry (vpn, fetch permissions, physical
// page) as when the trace was built. Every way those predictions can be wrong must leave the
// hart exactly as the interpreter would, so each program here breaks one of them on purpose:
// returns to a different address, branches that flip every k-th iteration, remapping the
// callee's page to another frame, taking its fetch permission away, SFENCE.VMA and data
// accesses that evict the callee's TLB slot through an alias of the same frame, the same code
// run at two virtual addresses, stores that rewrite the callee's code, misaligned return
// targets and interrupts in the middle of the loop; superpage-mapped code and random loops
// (U and S, calls, nested and tail calls) besides. Both harts run in the same slices (fixed lists of tiny slices that end
// inside a trace, and fast-check lists of 1 to 3000 steps), and after every slice their whole
// state (registers, pc, CSRs, counters, events including TLB hits, memory checksum) must be
// equal. Every test also checks that traces were really installed, so the file fails when
// traces silently stop forming instead of passing on plain blocks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../../hypervisor/machine/asm.ts';
import { Cpu, type RunExit } from '../../../../hypervisor/machine/cpu.ts';
import { BlockTier } from '../../../../hypervisor/machine/jit/block-tier.ts';
import { Ram, RAM_BASE } from '../../../../hypervisor/machine/memory.ts';
import { COUNTER_DEVICE, FINISHER, IRQ_ACK, image, state, TestBus, type Hart } from './harness.ts';

const RAM_BYTES = 128 * 1024;
/** Paged code sees the user area at WINDOW + its offset in RAM (so pc-relative code works unchanged). */
const WINDOW = 0x40000000;
/** RAM_BASE - WINDOW: subtracting it from a label gives the label's virtual address. */
const TO_VA = (RAM_BASE - WINDOW) >>> 0;
/** Where Program.megapage maps RAM. */
const MEGA_VA = 0xc0000000;
/** Virtual page of the counter device for paged code (pt2 index 0x90). */
const DEVICE_VA = WINDOW + 0x90 * 4096;
/** Virtual page through which S-mode code edits pt2 (pt2 index 0x80). */
const PT2_VA = WINDOW + 0x80 * 4096;
const PASS = 0x5555;
const FAIL = 0x3333;

type Mode = 'M' | 'S' | 'U';
const MPP: Record<Mode, number> = { M: 3, S: 1, U: 0 };
/** Leaf flags of the user area: D A X W R V, plus U for U-mode (writable, so code can patch itself). */
const AREA_FLAGS: Record<Mode, number> = { M: 0, S: 0xcf, U: 0xdf };
/** Leaf flags of a data page: D A W R V, plus U for U-mode. */
const DATA_FLAGS: Record<Mode, number> = { M: 0, S: 0xc7, U: 0xd7 };

// ---------------------------------------------------------------- harts and runs

interface TierOptions {
  hotness: number;
  tlbEntries?: number;
}

/** As harness.ts hart(), with the TLB size as an option (a small TLB makes eviction likely). */
function makeHart(img: Uint8Array, jit: boolean, o: TierOptions): Hart {
  const ram = new Ram(RAM_BYTES);
  ram.loadImage(img);
  const bus = new TestBus(ram);
  const cpu = new Cpu(bus, o.tlbEntries === undefined ? {} : { tlbEntries: o.tlbEntries });
  bus.cpu = cpu;
  const tier = jit ? new BlockTier(ram, { hotness: o.hotness }) : undefined;
  cpu.tier = tier;
  return { cpu, ram, bus, tier };
}

/** Steps per slice once the given slices are used up, and how many such slices at most. */
const TAIL = 5000;
const MAX_TAIL = 40;

/**
 * Runs `img` on an interpreted and a block-tier hart in `slices`, then in TAIL-step slices
 * until the program stops, asserting equal states after every slice. Returns both harts and
 * the interpreter's stop exit.
 */
function differential(img: Uint8Array, slices: readonly number[], o: TierOptions): { a: Hart; b: Hart; stop: RunExit } {
  const a = makeHart(img, false, o);
  const b = makeHart(img, true, o);
  let stop: RunExit | undefined;
  const slice = (n: number, label: string): void => {
    const ea = a.cpu.run(n);
    const eb = b.cpu.run(n);
    expect({ exit: eb, ...state(b) }, label).toEqual({ exit: ea, ...state(a) });
    if (ea.kind === 'stop') stop ??= ea;
  };
  slices.forEach((n, i) => slice(n, `slice ${i} (${n} steps)`));
  for (let i = 0; stop === undefined && i < MAX_TAIL; i++) slice(TAIL, `tail slice ${i}`);
  expect(stop, 'the program reached its finisher').toBeDefined();
  return { a, b, stop: stop! };
}

/** Slice lists every program runs with: one long run, tiny slices (shorter than any trace: deferral, budget ends inside a trace), a mix. */
const FIXED_SLICES: readonly (readonly number[])[] = [
  [],
  Array.from({ length: 120 }, (_, i) => 1 + ((i * 7) % 13)),
  [3000, 1, 2999, 17, 40, 1000, 5, 23],
];
/** Random slices: many short (inside one trace iteration), some up to a few thousand steps. */
const arbSlices = fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3000 })), { minLength: 1, maxLength: 10 });

/**
 * The differential check of one program: the fixed slice lists and `runs` random ones, with
 * hotness 1 and 2. Each run must end at the PASS finisher, with loop traces installed; `verify`
 * checks what the program computed (on the interpreter, so a test cannot pass on a program that
 * never did what it is about).
 */
function check(src: string, opts: { tlbEntries?: number; runs?: number; verify?: (a: Hart, b: Hart) => void } = {}): void {
  const img = image(src);
  const once = (slices: readonly number[], hotness: number): void => {
    const { a, b, stop } = differential(img, slices, { hotness, tlbEntries: opts.tlbEntries });
    expect(stop.kind === 'stop' && stop.request.code, 'finisher code').toBe(PASS);
    expect(b.tier!.cache.counters.traces, 'loop traces installed').toBeGreaterThan(0);
    opts.verify?.(a, b);
  };
  for (const slices of FIXED_SLICES) for (const hotness of [1, 2]) once(slices, hotness);
  fc.assert(
    fc.property(arbSlices, fc.constantFrom(1, 2), (slices, hotness) => once(slices, hotness)),
    { numRuns: opts.runs ?? 8 },
  );
}

// ---------------------------------------------------------------- programs

interface Program {
  mode: Mode;
  /**
   * The loop's code, run in `mode` from label `entry`. It lies in a page-aligned user area
   * (ucode..uend) that paged modes see at WINDOW + its RAM offset; `.balign 4096` puts a piece
   * on another virtual page. Must not use t5/t6 (the M handler's) nor s9-s11 (its counters);
   * ends with `li a7, 0; ecall`.
   */
  user: string;
  /**
   * Paged modes run the user area through a 4 MiB superpage leaf mapping RAM at 0xc0000000
   * instead of the 4 KiB leaves at WINDOW (the TLB caches a superpage per 4 KiB piece).
   */
  megapage?: boolean;
  /** More M-mode setup before entering (extra PTEs: see pte()). */
  setup?: string;
  /** Handler code for `ecall` with a7 != 0 (may use t5, t6; falls through to return past the ecall). */
  service?: string;
  /** Handler code for exceptions other than ecalls (cause in t6; ends with mret, or falls through to FAIL). */
  fault?: string;
  /** Enable machine software interrupts (the counter device raises MSIP every 5th read). */
  interrupts?: boolean;
  /** Text after the user area: frames no PTE maps until the program says so. */
  frames?: string;
}

/**
 * The leaf PTE for the physical page at `target` (an asm expression), as an asm expression.
 * PPN << 10 is the address >> 2; the mask undoes the assembler's arithmetic shift of RAM
 * addresses (bit 31 set).
 */
const leaf = (target: string, flags: number): string => `((((${target}) >> 2) & 0x3ffffc00) | ${flags})`;

/** M-mode asm: pt2 byte offset `index` (an expression) gets a leaf for physical `target` (an expression). */
function pte(index: string, target: string, flags: number): string {
  return `
    la t0, pt2 + (${index})
    li t1, ${leaf(target, flags)}
    sw t1, 0(t0)`;
}

/** pt2 byte offset of the user-area page holding `label` (its virtual page is WINDOW + the label's RAM offset). */
const slotOf = (label: string, pagesAbove = 0): string => `((${label} - ${RAM_BASE}) >> 10) + ${pagesAbove * 4}`;

/**
 * The whole image: M-mode setup (trap vector, PMP, for S/U an Sv32 table mapping the user area
 * page by page), entry into `mode`, the M trap handler, the user area, frames, page tables.
 * The handler: ecall with a7 = 0 stops with PASS, other ecalls run `service`; an
 * instruction-address-misaligned trap resumes at the target rounded down (s10 counts them); an
 * interrupt acks the counter device (s11 counts them); other exceptions run `fault`, else stop
 * with FAIL. Both add mepc to s9, so a trap or interrupt taken at the wrong pc shows even when
 * the handler's own mret hides it.
 */
function program(p: Program): string {
  const paged = p.mode !== 'M';
  const paging = `
    la t0, pt
    la t1, pt2
    srli t1, t1, 12
    slli t1, t1, 10
    ori t1, t1, 1
    li t2, ${(WINDOW >>> 22) * 4}
    add t2, t2, t0
    sw t1, 0(t2)
    la t0, pt2 + ${slotOf('ucode')}
    la t1, ucode
    la t3, uend
  map_area:
    srli t2, t1, 12
    slli t2, t2, 10
    ori t2, t2, ${AREA_FLAGS[p.mode]}
    sw t2, 0(t0)
    addi t0, t0, 4
    li t2, 4096
    add t1, t1, t2
    bltu t1, t3, map_area
    ${p.megapage === true ? `la t0, pt + ${(MEGA_VA >>> 22) * 4}
li t1, ${leaf(String(RAM_BASE), AREA_FLAGS[p.mode])}
sw t1, 0(t0)` : ''}
    ${p.setup ?? ''}
    la t0, pt
    srli t0, t0, 12
    li t1, 0x80000000
    or t0, t0, t1
    csrw satp, t0`;
  return `
    la t0, mtrap
    csrw mtvec, t0
    li t1, -1
    csrw pmpaddr0, t1
    li t1, 0x0f
    csrw pmpcfg0, t1
    ${paged ? paging : (p.setup ?? '')}
    li t1, 0x1800
    csrc mstatus, t1
    li t1, ${(MPP[p.mode] << 11) | (p.interrupts === true ? 0x80 : 0)}
    csrs mstatus, t1
    ${p.interrupts === true ? 'li t1, 8\ncsrw mie, t1' : ''}
    li t1, ${!paged ? 'entry' : p.megapage === true ? `entry + ${(MEGA_VA - RAM_BASE) >>> 0}` : `entry - ${TO_VA}`}
    csrw mepc, t1
    mret

  mtrap:
    csrr t6, mcause
    bltz t6, m_irq
    beqz t6, m_misaligned
    li t5, 8
    bltu t6, t5, m_fatal
    li t5, 12
    bgeu t6, t5, m_fault
    beqz a7, m_exit
    ${p.service ?? 'j m_fatal'}
    csrr t6, mepc
    addi t6, t6, 4
    csrw mepc, t6
    mret
  m_misaligned:
    addi s10, s10, 1
    csrr t6, mepc
    add s9, s9, t6
    csrr t6, mtval
    andi t6, t6, -4
    csrw mepc, t6
    mret
  m_irq:
    addi s11, s11, 1
    csrr t6, mepc
    add s9, s9, t6
    li t6, ${IRQ_ACK}
    sw zero, 0(t6)
    mret
  m_fault:
    ${p.fault ?? ''}
  m_fatal:
    li t5, ${FAIL}
    j m_finish
  m_exit:
    li t5, ${PASS}
  m_finish:
    li t6, ${FINISHER}
    sw t5, 0(t6)
  m_halt:
    j m_halt

    .balign 4096
  ucode:
    ${p.user}
    .balign 4096
  uend:
    ${p.frames ?? ''}

    .data
    .balign 4096
  pt:
    .space 4096
  pt2:
    .space 4096
  `;
}

/** Puts what follows on the next page when the mode pages (M-mode traces stay in one page). */
const nextPage = (mode: Mode): string => (mode === 'M' ? '' : '.balign 4096');

/** The little-endian word `insn` assembles to. */
function encoding(insn: string): number {
  const b = assemble(insn, { base: RAM_BASE }).bytes;
  return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
}

// ---------------------------------------------------------------- 1, 2: a loop calling a function

/**
 * A loop with loads, stores, mul/div (some by zero) calling `f`. With `straddle` the loop
 * starts 24 bytes before a page end, so its first block falls through into the next page (a
 * crossing without a jump).
 */
function callLoop(mode: Mode, straddle = false, megapage = false): string {
  return program({
    mode,
    megapage,
    user: `
    entry:
      li s0, 300
      li s1, 0
      la s2, udata
      li s3, 7
      li a0, 0
      j loop
      ${straddle ? '.balign 4096\n.space 4096 - 24' : ''}
    loop:
      lw t0, 0(s2)
      addi t0, t0, 3
      sw t0, 0(s2)
      mul t1, t0, s3
      andi t2, s0, 3
      divu t3, t1, t2         # by zero every 4th iteration
      jal ra, f
      add s1, s1, a0
      add s1, s1, t3
      sw s1, 4(s2)
      remu t4, s1, s3
      add s1, s1, t4
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
      ${nextPage(mode)}
    f:
      div a0, t1, s3
      rem t2, t1, s0
      add a0, a0, t2
      lw t3, 8(s2)
      xor t3, t3, a0
      sw t3, 8(s2)
      mulh t4, t3, t1
      add a0, a0, t4
      ret
      .balign 4096
    udata:
      .space 64
    `,
  });
}

/** Events of the interpreted hart (the block-tier hart's are equal: compared in every slice). */
const events = (h: Hart): Record<string, number> => h.cpu.events as unknown as Record<string, number>;

describe('loop traces: a loop calling a function', () => {
  it('M-mode, callee in the same page', () => {
    check(callLoop('M'), { verify: (a) => expect(a.cpu.x[8]).toBe(0) });
  });

  for (const mode of ['U', 'S'] as const) {
    it(`${mode}-mode under Sv32, callee on another page (crossings both ways, TLB hits agree)`, () => {
      check(callLoop(mode), { verify: (a) => expect(events(a)['tlbHits']).toBeGreaterThan(600) });
    });

    it(`${mode}-mode, the loop itself straddles a page boundary`, () => {
      check(callLoop(mode, true), { verify: (a) => expect(events(a)['tlbHits']).toBeGreaterThan(900) });
    });
  }

  for (const mode of ['U', 'S'] as const) {
    it(`${mode}-mode through a 4 MiB superpage (one TLB entry per 4 KiB piece)`, () => {
      check(callLoop(mode, true, true), { verify: (a) => expect(events(a)['tlbHits']).toBeGreaterThan(900) });
    });
  }

  it('U-mode with a 4-entry TLB', () => {
    check(callLoop('U', true), { tlbEntries: 4 });
  });
});

// ---------------------------------------------------------------- 3a: side exits

/**
 * Predictions that fail every k-th iteration: a forward branch in the caller taken every 16th
 * (predicted not taken), one in the callee taken every 5th, and a callee that returns 4 bytes
 * past its link every 8th (the JALR guard), skipping an instruction of the caller.
 */
function sideExitLoop(mode: Mode): string {
  return program({
    mode,
    user: `
    entry:
      li s0, 400
      li s4, 5
      li s1, 0
      li a0, 0
      j loop
    rare:
      addi s1, s1, 100
      j back
    loop:
      andi t0, s0, 15
      beqz t0, rare
    back:
      jal ra, f
      addi s1, s1, 1          # skipped when f returns past its link
      addi s1, s1, 2
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
      ${nextPage(mode)}
    f:
      addi a0, a0, 1
      remu t0, s0, s4
      beqz t0, f_fifth
      andi t1, s0, 7
      addi t1, t1, -3
      seqz t1, t1
      slli t1, t1, 2
      add ra, ra, t1          # every 8th iteration: return to link + 4
      ret
    f_fifth:
      addi a0, a0, 10
      ret
    `,
  });
}

/** s1 of sideExitLoop: 3 per iteration, 100 more every 16th, 1 less when f returned past the link (s0 % 8 == 3, not a multiple of 5). */
function sideExitS1(): number {
  let s1 = 0;
  for (let s0 = 400; s0 > 0; s0--) {
    if (s0 % 16 === 0) s1 += 100;
    s1 += s0 % 5 !== 0 && s0 % 8 === 3 ? 2 : 3;
  }
  return s1;
}

describe('loop traces: guards that fail', () => {
  for (const mode of ['M', 'U', 'S'] as const) {
    it(`${mode}: branches leaving the predicted path and returns to another address side-exit as the interpreter`, () => {
      check(sideExitLoop(mode), { verify: (a) => expect(a.cpu.x[9]).toBe(sideExitS1()) });
    });
  }
});

// ---------------------------------------------------------------- 3b: remapping the callee's page

const REMAP_AT = 200;
const REMAP_BACK = 100;
/** a0 after the remap loop: +1 per call through the original frame, +100 through the other. */
const REMAP_A0 = (300 - REMAP_AT) + 100 * (REMAP_AT - REMAP_BACK) + REMAP_BACK;

/**
 * The callee's virtual page points at frame `fpage` (f adds 1), at iteration REMAP_AT at
 * `falt` (f at the same offset adds 100), at REMAP_BACK at `fpage` again. U-mode asks M to
 * change the PTE (ecall, a1 = the frame, then SFENCE.VMA in M); S-mode writes pt2 through its
 * own mapping of it and runs SFENCE.VMA itself. After the fence, a trace built for fpage must
 * leave at the crossing: first because the TLB misses, then (once the fetch refilled it)
 * because the entry holds another physical page; after the remap back it may run again.
 */
function remapLoop(mode: 'U' | 'S'): string {
  const remap = (frame: string): string =>
    mode === 'U'
      ? `li a1, ${frame === 'falt' ? 1 : 0}\nli a7, 1\necall`
      : `li t0, ${leaf(frame, AREA_FLAGS.S)}\nli t1, ${PT2_VA} + ${slotOf('fpage')}\nsw t0, 0(t1)\nsfence.vma`;
  return program({
    mode,
    setup: mode === 'S' ? pte('0x80 * 4', 'pt2', DATA_FLAGS.S) : '',
    service: `
      la t6, pt2 + ${slotOf('fpage')}
      la t5, fpage
      beqz a1, m_remap
      la t5, falt
    m_remap:
      srli t5, t5, 12
      slli t5, t5, 10
      ori t5, t5, ${AREA_FLAGS[mode]}
      sw t5, 0(t6)
      sfence.vma`,
    user: `
    entry:
      li s0, 300
      li a0, 0
    loop:
      addi t0, s0, -${REMAP_AT}
      beqz t0, remap_alt      # forward: predicted not taken, off the trace
      addi t0, s0, -${REMAP_BACK}
      beqz t0, remap_back
    back:
      jal ra, f
      add s1, s1, a0
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
    remap_alt:
      ${remap('falt')}
      j back
    remap_back:
      ${remap('fpage')}
      j back
      .balign 4096
    fpage:
      nop
      nop
    f:
      addi a0, a0, 1
      ret
    `,
    frames: `
      .balign 4096
    falt:
      nop
      nop
      addi a0, a0, 50
      addi a0, a0, 50
      ret
    `,
  });
}

// ---------------------------------------------------------------- 3c: TLB flushes and evictions

/**
 * Every 4th iteration a load goes through a page whose TLB slot is the callee's (vpn + 64, the
 * default TLB's size), every 8th a store through one sharing the loop page's slot; every 16th
 * the TLB is flushed (SFENCE.VMA from S, or an ecall asking M in U). The two alias pages map the
 * callee's and the loop's own frames with the same permissions, so only the vpn tells their
 * TLB entries from the code pages' (a crossing guard that skipped it would take them).
 */
function evictLoop(mode: 'U' | 'S'): string {
  const fence = mode === 'S' ? 'sfence.vma' : 'li a7, 2\necall';
  return program({
    mode,
    setup: pte(slotOf('fpage', 64), 'fpage', AREA_FLAGS[mode]) + pte(slotOf('ucode', 64), 'ucode', AREA_FLAGS[mode]),
    service: 'sfence.vma',
    user: `
    entry:
      li s0, 300
      li a0, 0
      la s2, udata
      la s5, fpage + 64 * 4096 + 0x800
      sub s5, s5, s2          # from udata to the page sharing the callee's slot (its second half: data)
      la s6, ucode + 64 * 4096 + 0xf00
      sub s6, s6, s2          # from udata to the page sharing the loop's slot (its end: data)
    loop:
      andi t0, s0, 3
      seqz t0, t0
      neg t0, t0
      and t1, t0, s5
      add t1, t1, s2
      lw t2, 0(t1)            # every 4th: evicts the callee's TLB entry
      add a0, a0, t2
      andi t0, s0, 15
      beqz t0, fence          # forward: off the trace
    back:
      jal ra, f
      andi t0, s0, 7
      seqz t0, t0
      neg t0, t0
      and t1, t0, s6
      add t1, t1, s2
      sw s0, 4(t1)            # every 8th: evicts the loop page's TLB entry
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
    fence:
      ${fence}
      j back
      .balign 4096
    fpage:
    f:
      addi a0, a0, 3
      lw t3, 4(s2)
      add a0, a0, t3
      ret
      .balign 4096
    udata:
      .space 64
    `,
  });
}

/**
 * Every 16th iteration M takes X away from the callee's leaf (ecall) and flushes the TLB; the
 * load from the callee's first word that follows refills its TLB entry: same vpn, same frame,
 * but no fetch permission, so the trace's crossing guard must fail and the fetch fault (which
 * puts X back) be taken as in the interpreter.
 */
function noExecLoop(mode: 'U' | 'S'): string {
  const flags = (x: boolean): number => AREA_FLAGS[mode] & ~(x ? 0 : 0x0c); // without X (and W: R-only)
  const setLeaf = (x: boolean): string => `
      la t6, pt2 + ${slotOf('fpage')}
      li t5, ${leaf('fpage', flags(x))}
      sw t5, 0(t6)
      sfence.vma`;
  return program({
    mode,
    service: setLeaf(false),
    fault: `
      li t5, 12
      bne t6, t5, m_fatal     # an instruction page fault: the callee's page lost X
      addi s10, s10, 1
      ${setLeaf(true)}
      mret`,
    user: `
    entry:
      li s0, 300
      li a0, 0
      la s7, f
    loop:
      andi t0, s0, 15
      beqz t0, protect        # forward: off the trace
    back:
      lw t1, 0(s7)            # the callee's first word, through the callee's own vpn
      add s1, s1, t1
      jal ra, f
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
    protect:
      li a7, 1
      ecall
      j back
      .balign 4096
    fpage:
    f:
      addi a0, a0, 1
      ret
    `,
  });
}

/** pt2 slots between the user area and its alias (aliasLoop): 1 MiB. */
const ALIAS_PAGES = 256;

/**
 * The user area is mapped twice, 1 MiB apart (the same frames), and every 32nd iteration (or
 * every one, when `mask` is 0) the loop jumps to the same place in the other copy: the same
 * physical code (the same block-cache slot and deferred-trace key) is run at two virtual pcs,
 * so a trace or deferred trace built for one must never run for the other. Switching every
 * iteration, each copy's trace evicts the other's, and a trace deferred at one copy's head is
 * next asked for at the other's.
 */
function aliasLoop(mode: 'U' | 'S', mask: number): string {
  return program({
    mode,
    setup: `
      la t0, pt2 + ${slotOf('ucode', ALIAS_PAGES)}
      la t1, ucode
      la t3, uend
    map_alias:
      srli t2, t1, 12
      slli t2, t2, 10
      ori t2, t2, ${AREA_FLAGS[mode]}
      sw t2, 0(t0)
      addi t0, t0, 4
      li t2, 4096
      add t1, t1, t2
      bltu t1, t3, map_alias`,
    user: `
    entry:
      li s0, 400
      li a0, 0
      li s5, ${ALIAS_PAGES * 4096}
    loop:
      andi t0, s0, ${mask}
      beqz t0, switch         # forward: off the trace
    back:
      jal ra, f
      add s1, s1, a0
      add s1, s1, ra          # the link tells which copy made the call
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
    switch:
      la t2, back             # pc-relative: back in the copy running now
      xor t2, t2, s5          # the other copy
      jr t2
      .balign 4096
    f:
      addi a0, a0, 1
      ret
    `,
  });
}

describe('loop traces: page-crossing guards', () => {
  for (const mode of ['U', 'S'] as const) {
    it(`${mode}: remapping the callee's page to another frame mid-loop runs the new code`, () => {
      check(remapLoop(mode), { verify: (a) => expect(a.cpu.x[10]).toBe(REMAP_A0) });
    });

    for (const mask of [31, 0]) {
      it(`${mode}: the same code at two virtual addresses, switching copies ${mask === 0 ? 'every iteration' : `every ${mask + 1} iterations`}, runs each copy's own trace`, () => {
        check(aliasLoop(mode, mask), { verify: (a) => expect(a.cpu.x[10]).toBe(400) });
      });
    }

    it(`${mode}: a TLB entry for the callee's page without fetch permission fails the crossing guard`, () => {
      check(noExecLoop(mode), {
        verify: (a) => {
          expect(a.cpu.x[26]).toBe(Math.floor(300 / 16)); // s10: one fetch fault per protection
          expect(a.cpu.x[10]).toBe(300);
        },
      });
    });

    it(`${mode}: SFENCE.VMA and data accesses evicting the callee's and the loop's TLB slots`, () => {
      check(evictLoop(mode), {
        verify: (a) => {
          expect(events(a)['tlbEvictions']).toBeGreaterThan(100);
          expect(events(a)['sfences']).toBeGreaterThanOrEqual(18);
        },
      });
    });
  }
});

// ---------------------------------------------------------------- 4: self-modifying code

const PATCH_AT = 300;
const PATCH_BACK = 120;
/** a0 after smcLoop: f adds 1, or 7 while patched (iterations PATCH_AT down to PATCH_BACK + 1). */
const SMC_A0 = (400 - PATCH_AT) + 7 * (PATCH_AT - PATCH_BACK) + PATCH_BACK;

/**
 * Every iteration stores twice, before calling f, to a scratch word, except at iteration
 * PATCH_AT (the first store goes to f's `addi a0, a0, 1`, making it add 7) and PATCH_BACK (the
 * second puts the original back). The patched word is in the callee's segment, after the store
 * in the same trace iteration, so the trace must leave right after the store.
 */
function smcLoop(mode: Mode): string {
  return program({
    mode,
    user: `
    entry:
      li s0, 400
      li a0, 0
      la s2, udata
      la s3, fpatch
      sub s3, s3, s2          # from the scratch word to the patched instruction
      li s4, ${encoding('addi a0, a0, 7')}
      li s5, ${encoding('addi a0, a0, 1')}
    loop:
      addi t0, s0, -${PATCH_AT}
      seqz t0, t0
      neg t0, t0
      and t1, t0, s3
      add t1, t1, s2
      sw s4, 0(t1)
      addi t0, s0, -${PATCH_BACK}
      seqz t0, t0
      neg t0, t0
      and t1, t0, s3
      add t1, t1, s2
      sw s5, 0(t1)
      jal ra, f
      add s1, s1, a0
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
      ${nextPage(mode)}
    f:
      addi a1, a1, 3
    fpatch:
      addi a0, a0, 1
      ret
      .balign 4096
    udata:
      .space 64
    `,
  });
}

describe('loop traces: self-modifying code', () => {
  for (const mode of ['M', 'U', 'S'] as const) {
    it(`${mode}: a store in the loop rewrites an instruction of the callee's segment`, () => {
      check(smcLoop(mode), {
        verify: (a, b) => {
          expect(a.cpu.x[10]).toBe(SMC_A0);
          expect(b.tier!.cache.counters.invalidated).toBeGreaterThan(0);
        },
      });
    });
  }
});

// ---------------------------------------------------------------- 5: misaligned returns, interrupts

/**
 * Every 3rd iteration the loop's load reads the counter device instead of RAM (every 5th read
 * raises MSIP, taken right after the load, in the middle of the trace; a device access always
 * ends the trace there, so the other iterations keep running the whole trace). Every iteration
 * calls f, which every 8th iteration returns to its link + 2: the JALR traps with
 * instruction-address-misaligned (mostly inside the trace), and the handler resumes at the link.
 */
function trapLoop(mode: 'M' | 'U'): string {
  return program({
    mode,
    interrupts: true,
    setup: mode === 'U' ? pte('0x90 * 4', String(COUNTER_DEVICE), DATA_FLAGS.U) : '',
    user: `
    entry:
      li s0, 300
      li a0, 0
      li s3, 3
      la s2, udata
      li s6, ${mode === 'M' ? COUNTER_DEVICE : DEVICE_VA}
      sub s6, s6, s2          # from udata to the device
    loop:
      remu t0, s0, s3
      seqz t0, t0
      neg t0, t0
      and t1, t0, s6
      add t1, t1, s2
      lw t0, 0(t1)            # the device when s0 % 3 == 0, else udata
      add s1, s1, t0
      sw s1, 0(s2)
      jal ra, f
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
      ${nextPage(mode)}
    f:
      addi a0, a0, 1
      andi t1, s0, 7
      addi t1, t1, -5
      seqz t1, t1
      slli t1, t1, 1
      add ra, ra, t1          # every 8th iteration: a misaligned return target
      ret
      .balign 4096
    udata:
      .space 64
    `,
  });
}

/** Iterations of trapLoop whose return is misaligned (s0 from 300 down to 1, s0 % 8 == 5). */
const MISALIGNED_RETURNS = Array.from({ length: 300 }, (_, i) => i + 1).filter((s0) => s0 % 8 === 5).length;

describe('loop traces: traps and interrupts inside the loop', () => {
  for (const mode of ['M', 'U'] as const) {
    it(`${mode}: misaligned JALR targets trap and interrupts arrive mid-trace as in the interpreter`, () => {
      check(trapLoop(mode), {
        verify: (a) => {
          expect(a.cpu.x[26]).toBe(MISALIGNED_RETURNS); // s10
          expect(a.cpu.x[27]).toBe(20); // s11: one interrupt per 5 device reads (100 reads)
          expect(a.cpu.x[10]).toBe(300);
        },
      });
    });
  }
});

// ---------------------------------------------------------------- 6: random loops

const DATA_REGS = ['a1', 'a2', 'a3', 'a4', 'a5'];
const dataReg = fc.constantFrom(...DATA_REGS);
const ALU_R = ['add', 'sub', 'xor', 'or', 'and', 'sll', 'srl', 'sra', 'slt', 'sltu', 'mul', 'mulh', 'mulhu', 'mulhsu', 'div', 'divu', 'rem', 'remu'];
const ALU_I = ['addi', 'xori', 'ori', 'andi', 'slti', 'sltiu'];

/** One random ALU line. */
const aluLine = fc.oneof(
  fc.tuple(fc.constantFrom(...ALU_R), dataReg, dataReg, dataReg).map(([op, d, a, b]) => `${op} ${d}, ${a}, ${b}`),
  fc.tuple(fc.constantFrom(...ALU_I), dataReg, dataReg, fc.integer({ min: -2048, max: 2047 })).map(([op, d, a, i]) => `${op} ${d}, ${a}, ${i}`),
  fc.tuple(fc.constantFrom('slli', 'srli', 'srai'), dataReg, dataReg, fc.integer({ min: 0, max: 31 })).map(([op, d, a, i]) => `${op} ${d}, ${a}, ${i}`),
  fc.tuple(dataReg, fc.integer({ min: 0, max: 0xfffff })).map(([d, i]) => `lui ${d}, ${i}`),
);
/** One random load or store in the data page (s2 points at its middle; `collide` also uses s3, the page sharing the callee's TLB slot). */
const memLine = (bases: readonly string[]): fc.Arbitrary<string> => {
  const base = fc.constantFrom(...bases);
  const offset = fc.integer({ min: -2048, max: 2040 });
  return fc.oneof(
    fc.tuple(fc.constantFrom('lw', 'lh', 'lhu', 'lb', 'lbu'), dataReg, base, offset).map(([op, d, b, o]) => `${op} ${d}, ${o}(${b})`),
    fc.tuple(fc.constantFrom('sw', 'sh', 'sb'), dataReg, base, offset).map(([op, s, b, o]) => `${op} ${s}, ${o}(${b})`),
  );
};
const lines = (bases: readonly string[], n: number): fc.Arbitrary<string[]> =>
  fc.array(fc.oneof({ weight: 3, arbitrary: aluLine }, { weight: 2, arbitrary: memLine(bases) }), { minLength: 1, maxLength: n });

/**
 * How the loop reaches the functions on the other page: a call to each of one or two of them
 * ('calls'), f0 calling f1 with ra saved ('nested'), or f0 ending in a jump to f1 that returns
 * for it ('tail'). Each function is entered once per iteration (a trace may not go through a
 * block twice).
 */
type CallShape = 'calls' | 'nested' | 'tail';

interface RandomLoop {
  mode: 'U' | 'S';
  shape: CallShape;
  body: string[];
  f0: string[];
  f1: string[];
  /**
   * Returns through `jalr a5, 0(ra)` instead of `ret` (the trace writes a JALR's link). Not f1's
   * return when nested: trace.ts predicts any linking JALR as a call, so f0's return would be
   * predicted to go back into f1 and no trace would form.
   */
  linkReturn: boolean;
  /** f0 starts 8 bytes before the end of its page, so it runs on into the next one. */
  straddle: boolean;
  collide: boolean;
  loops: number;
  tlbEntries: number;
}

/**
 * A random loop: ALU lines and memory accesses, the calls of `shape` at random places, and
 * maybe one forward branch over the next instruction (a prediction that fails when taken).
 */
const arbLoop: fc.Arbitrary<RandomLoop> = fc.boolean().chain((collide) => {
  const bases = collide ? ['s2', 's3'] : ['s2'];
  return fc.constantFrom<CallShape>('calls', 'nested', 'tail').chain((shape) =>
    fc.record({
      mode: fc.constantFrom<'U' | 'S'>('U', 'S'),
      shape: fc.constant(shape),
      body: fc
        .tuple(
          lines(bases, 14),
          shape === 'calls' ? fc.subarray(['jal ra, f0', 'jal ra, f1'], { minLength: 1 }) : fc.constant(['jal ra, f0']),
          fc.option(fc.tuple(fc.constantFrom('bltu', 'bge', 'bne', 'beq'), dataReg, dataReg)),
          fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        )
        .map(([ls, calls, skip, at]) => {
          const body = [...ls];
          calls.forEach((c, i) => body.splice(at[i]! % (body.length + 1), 0, c));
          if (skip !== null) body.splice(at[2]! % (body.length + 1), 0, `${skip[0]} ${skip[1]}, ${skip[2]}, . + 8`);
          return body;
        }),
      f0: lines(bases, 6),
      f1: lines(bases, 6),
      linkReturn: fc.boolean(),
      straddle: fc.boolean(),
      collide: fc.constant(collide),
      loops: fc.integer({ min: 300, max: 500 }),
      tlbEntries: fc.constantFrom(8, 64),
    }),
  );
});

function randomLoop(r: RandomLoop): string {
  const ret = r.linkReturn ? 'jalr a5, 0(ra)' : 'ret';
  const f0End = r.shape === 'nested' ? ['mv s4, ra', 'jal ra, f1', 'mv ra, s4', ret] : r.shape === 'tail' ? ['j f1'] : [ret];
  return program({
    mode: r.mode,
    setup: pte(slotOf('fpage', 64), 'udata', DATA_FLAGS[r.mode]),
    user: `
    entry:
      li s0, ${r.loops}
      la s2, udata + 2048
      la s3, fpage + 64 * 4096 + 2048
      li a1, 0x12345678
      li a2, -7
      li a3, 3
      li a4, 0x7fffffff
      li a5, 100
    loop:
      ${r.body.join('\n')}
      nop                     # the forward branch may skip it
      addi s0, s0, -1
      bnez s0, loop
      li a7, 0
      ecall
      .balign 4096
    fpage:
      ${r.straddle ? '.space 4096 - 8' : ''}
    f0:
      ${[...r.f0, ...f0End].join('\n')}
    f1:
      ${r.f1.join('\n')}
      ${r.shape === 'nested' ? 'ret' : ret}
      .balign 4096
    udata:
      .space 4096
    `,
  });
}

describe('loop traces: random loops', () => {
  it('random U- and S-mode loops calling functions on another page end every slice in identical state', () => {
    fc.assert(
      fc.property(arbLoop, arbSlices, fc.constantFrom(1, 2), (loop, slices, hotness) => {
        const { b, stop } = differential(image(randomLoop(loop)), slices, { hotness, tlbEntries: loop.tlbEntries });
        expect(stop.kind === 'stop' && stop.request.code).toBe(PASS);
        // With the colliding page the callee's TLB entry may be missing whenever a trace would
        // form (then plain blocks are right); without it a trace must form.
        if (!loop.collide) expect(b.tier!.cache.counters.traces).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
