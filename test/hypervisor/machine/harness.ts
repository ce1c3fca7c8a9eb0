// Shared helpers for the hart's privileged-architecture, interrupt, MMU and machine tests:
// assemble a small program into RAM at 0x80000000 on a bare hart (RAM + the SiFive finisher),
// put the hart into a chosen mode, and step it until it reaches a label (e.g. a trap handler).
// Test-only; hands on the hart, its RAM and the program's symbols.

import { expect } from 'vitest';
import { assemble } from '../../../hypervisor/machine/asm.ts';
import { CSR, Cpu } from '../../../hypervisor/machine/cpu.ts';
import { registerNumber } from '../../../hypervisor/machine/isa.ts';
import type { ElfImage } from '../../../hypervisor/machine/elf.ts';
import { Ram, RAM_BASE, type Bus, type BusFault, type Width } from '../../../hypervisor/machine/memory.ts';
import { VirtMachine, type VirtOptions } from '../../../hypervisor/machine/virt.ts';

export const FINISHER = 0x100000;

/** RAM plus a finisher at 0x100000 whose 32-bit store asks the hart to stop (QEMU virt's sifive_test). */
export class TestBus implements Bus {
  cpu: Cpu | undefined;
  constructor(readonly ram: Ram) {}
  load(addr: number, width: Width): number | BusFault {
    return this.ram.load(addr, width);
  }
  store(addr: number, width: Width, value: number): BusFault | undefined {
    if (addr === FINISHER && width === 4) {
      this.cpu?.requestStop({ source: 'finisher', code: value & 0xffff });
      return undefined;
    }
    return this.ram.store(addr, width, value);
  }
}

export interface Hart {
  readonly cpu: Cpu;
  readonly ram: Ram;
  /** The address of a label (fails the test when it is not defined). */
  at(label: string): number;
  /** The value of a register by ABI or x-name, as unsigned 32 bits. */
  reg(name: string): number;
  /** Steps until pc is at `label` (or `maxSteps` run out, which fails the test). Returns the steps taken. */
  runTo(label: string, maxSteps?: number): number;
  /** Puts the hart in `priv` at `label`, as if an xRET had gone there. */
  enter(priv: number, label: string): void;
  /** A 32-bit word of physical RAM. */
  word(pa: number): number;
}

export interface HartOptions {
  /** RAM bytes (default 64 KiB). */
  ramSize?: number;
  tlbEntries?: number;
  /** Open PMP entry 0 over all memory with RWX (firmware does this before leaving M; default true). */
  openPmp?: boolean;
}

/** Assembles `src` at 0x80000000 into a fresh hart's RAM; the hart starts in M-mode at the first instruction. */
export function hart(src: string, options: HartOptions = {}): Hart {
  const r = assemble(src, { base: RAM_BASE });
  const ram = new Ram(options.ramSize ?? 64 * 1024);
  ram.loadImage(r.bytes);
  const bus = new TestBus(ram);
  const cpu = new Cpu(bus, { tlbEntries: options.tlbEntries });
  bus.cpu = cpu;
  if (options.openPmp ?? true) openPmp(cpu);
  const at = (label: string): number => {
    const v = r.symbols.get(label);
    if (v === undefined) throw new Error(`no label '${label}' in the test program`);
    return v >>> 0;
  };
  return {
    cpu,
    ram,
    at,
    reg: (name) => cpu.x[registerNumber(name)!]! >>> 0,
    runTo(label, maxSteps = 10_000) {
      const target = at(label);
      let steps = 0;
      while (cpu.pc !== target && steps < maxSteps) {
        cpu.step();
        steps++;
      }
      expect(cpu.pc >>> 0, `hart should reach '${label}' within ${maxSteps} steps (priv ${cpu.priv}, mcause ${cpu.mcause}, scause ${cpu.scause})`).toBe(target);
      return steps;
    },
    enter(priv, label) {
      cpu.priv = priv;
      cpu.pc = at(label);
      cpu.contextChanged();
    },
    word: (pa) => ram.load(pa, 4) as number,
  };
}

/** PMP entry 0 = NAPOT over the whole 34-bit space with R, W and X (§3.7.1): S and U may access everything. */
export function openPmp(cpu: Cpu): void {
  cpu.csrWrite(CSR.pmpaddr0, 0xffffffff);
  cpu.csrWrite(CSR.pmpcfg0, 0x1f);
}

export const u32 = (v: number): number => v >>> 0;

export interface Virt {
  readonly machine: VirtMachine;
  /** The assembled image (raw, loaded at 0x80000000). */
  readonly image: Uint8Array;
  at(label: string): number;
  /** Everything the guest wrote to the UART so far. */
  output(): string;
  /** A 32-bit word of physical RAM. */
  word(pa: number): number;
}

/** Assembles `src` at 0x80000000 and loads it into a fresh VirtMachine (every hart starts there, a0 = mhartid). */
export function virt(src: string, options: VirtOptions = {}): Virt {
  const r = assemble(src, { base: RAM_BASE });
  let out = '';
  const machine = VirtMachine.create({ memMiB: 1, ...options, output: (b) => (out += String.fromCharCode(b)) });
  const image: ElfImage = {
    name: 'test',
    entry: RAM_BASE,
    segments: [{ index: 0, vaddr: RAM_BASE, paddr: RAM_BASE, data: r.bytes, memsz: r.bytes.length, flags: 7 }],
    symbols: new Map(),
  };
  machine.loadElf(image);
  return {
    machine,
    image: r.bytes,
    at(label) {
      const v = r.symbols.get(label);
      if (v === undefined) throw new Error(`no label '${label}' in the test program`);
      return v >>> 0;
    },
    output: () => out,
    word: (pa) => machine.ram.load(pa, 4) as number,
  };
}

/** Guest code: finish the machine through the SiFive test device (0x5555 = pass, (code << 16) | 0x3333 = fail). */
export const PASS = `
  li t6, ${FINISHER}
  li t5, 0x5555
  sw t5, 0(t6)
`;
