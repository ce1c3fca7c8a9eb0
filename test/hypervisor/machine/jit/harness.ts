// Differential harness for the block tier: the same program on two identical harts, one
// interpreted and one under BlockTier, run in the same slices; every architectural and
// accounting value the hart exposes is captured for comparison.

import { assemble } from '../../../../hypervisor/machine/asm.ts';
import { CSR, Cpu, type RunExit } from '../../../../hypervisor/machine/cpu.ts';
import { BlockTier } from '../../../../hypervisor/machine/jit/block-tier.ts';
import type { BlockCacheOptions } from '../../../../hypervisor/machine/jit/block-cache.ts';
import { Ram, RAM_BASE, type Bus, type BusFault, type Width } from '../../../../hypervisor/machine/memory.ts';

export const FINISHER = 0x100000;
/** A device word that counts reads (a load with a side effect, like an MMIO FIFO). */
export const COUNTER_DEVICE = 0x200000;
/** Every 5th read of the counter raises the hart's MSIP line; a store here lowers it. */
export const IRQ_ACK = 0x200004;
const MSI = 3;

/** RAM, a finisher (a store asks the hart to stop) and a read-counting register. */
export class TestBus implements Bus {
  cpu: Cpu | undefined;
  reads = 0;
  constructor(readonly ram: Ram) {}
  load(addr: number, width: Width): number | BusFault {
    if (addr === COUNTER_DEVICE) {
      if (++this.reads % 5 === 0) this.cpu?.setInterruptLine(MSI, true);
      return this.reads;
    }
    return this.ram.load(addr, width);
  }
  store(addr: number, width: Width, value: number): BusFault | undefined {
    if (addr === FINISHER && width === 4) {
      this.cpu?.requestStop({ source: 'finisher', code: value & 0xffff });
      return undefined;
    }
    if (addr === IRQ_ACK) {
      this.cpu?.setInterruptLine(MSI, false);
      return undefined;
    }
    return this.ram.store(addr, width, value);
  }
}

export interface Hart {
  cpu: Cpu;
  ram: Ram;
  bus: TestBus;
  tier: BlockTier | undefined;
}

/** A hart with `image` at RAM_BASE (64 KiB of RAM unless said), interpreted or block-translated. */
export function hart(image: Uint8Array, jit: boolean, options: BlockCacheOptions = { hotness: 1 }, ramBytes = 64 * 1024): Hart {
  const ram = new Ram(ramBytes);
  ram.loadImage(image);
  const bus = new TestBus(ram);
  const cpu = new Cpu(bus);
  bus.cpu = cpu;
  const tier = jit ? new BlockTier(ram, options) : undefined;
  cpu.tier = tier;
  return { cpu, ram, bus, tier };
}

export function image(src: string): Uint8Array {
  return assemble(src, { base: RAM_BASE }).bytes;
}

const CSRS = Object.entries(CSR).filter(([name]) => !/^(time|timeh)$/.test(name));

/** Everything observable about a hart: registers, pc, privilege, CSRs, counters, events, memory. */
export function state(h: { cpu: Cpu; ram: Ram; bus?: { reads: number } }): Record<string, unknown> {
  const cpu = h.cpu;
  const csrs: Record<string, number | undefined> = {};
  for (const [name, n] of CSRS) csrs[name] = cpu.csrRead(n);
  return {
    x: Array.from(cpu.x),
    pc: cpu.pc >>> 0,
    priv: cpu.priv,
    csrs,
    cycle: cpu.cycle,
    instret: cpu.instret,
    rowCounts: Array.from(cpu.rowCounts),
    trappedSteps: cpu.trappedSteps,
    extraCycles: cpu.extraCycles,
    events: { ...cpu.events },
    exceptions: Array.from(cpu.exceptionCounts),
    interrupts: Array.from(cpu.interruptCounts),
    reservation: cpu.reservation,
    waiting: cpu.waiting,
    deviceReads: h.bus?.reads ?? 0,
    memory: checksum(h.ram.bytes),
    decoded: checksum(h.ram.decoded),
  };
}

function checksum(bytes: Uint8Array): string {
  let a = 1, b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return `${bytes.length}:${a}:${b}`;
}

/** Runs both harts in the same slices; returns the exits and the states after each slice. */
export function runBoth(src: string | Uint8Array, slices: readonly number[], options?: BlockCacheOptions): { interp: unknown[]; jit: unknown[]; h: Hart } {
  const img = typeof src === 'string' ? image(src) : src;
  const a = hart(img, false);
  const b = hart(img, true, options);
  const interp: unknown[] = [];
  const jit: unknown[] = [];
  for (const n of slices) {
    const ea: RunExit = a.cpu.run(n);
    const eb: RunExit = b.cpu.run(n);
    interp.push({ exit: ea, ...state(a) });
    jit.push({ exit: eb, ...state(b) });
  }
  return { interp, jit, h: b };
}
