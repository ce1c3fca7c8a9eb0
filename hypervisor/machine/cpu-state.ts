// Saving and restoring one hart: every architectural register and CSR, the PMP, the TLB (so a
// restored machine continues with the same misses, hence the same cycles), and the event
// counters the cost table prices. The decoded-instruction cache is host-side and is rebuilt.
// Restore input may be hostile: every field is checked, and only SnapshotError escapes.

import type { Cpu } from './cpu.ts';
import { expectBool, expectInt, expectIntArray, expectObject, SnapshotError, type DeviceState } from './device.ts';
import { PRIV_M, PRIV_S, PRIV_U } from './privilege.ts';

/** CSR-like fields saved by name (all unsigned 32-bit). */
export const U32_FIELDS = [
  'mstatus', 'medeleg', 'mideleg', 'mie', 'mipSoftware', 'mipLines', 'mtvec', 'stvec', 'mepc', 'sepc',
  'mcause', 'scause', 'mtval', 'stval', 'mscratch', 'sscratch', 'satp', 'mcounteren', 'scounteren',
  'menvcfg', 'senvcfg',
] as const;
type U32Field = (typeof U32_FIELDS)[number];

/** Counters kept as exact integers below 2^53. */
export const COUNTER_FIELDS = ['cycleBase', 'instretBase', 'trappedSteps', 'extraCycles'] as const;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export function saveCpu(cpu: Cpu): DeviceState {
  cpu.foldCounts();
  const csrs: Record<string, number> = {};
  for (const f of U32_FIELDS) csrs[f] = cpu[f] >>> 0;
  const counters: Record<string, number> = {};
  for (const f of COUNTER_FIELDS) counters[f] = cpu[f];
  return {
    hartId: cpu.hartId,
    x: Array.from(cpu.x),
    pc: cpu.pc >>> 0,
    priv: cpu.priv,
    csrs,
    reservation: cpu.reservation,
    waiting: cpu.waiting,
    pmp: cpu.pmp.save(),
    tlb: { vpn: Array.from(cpu.tlb.vpn), pageBase: Array.from(cpu.tlb.pageBase), flags: Array.from(cpu.tlb.flags) },
    counters,
    rowCounts: Array.from(cpu.rowCounts),
    events: { ...cpu.events },
    exceptionCounts: Array.from(cpu.exceptionCounts),
    interruptCounts: Array.from(cpu.interruptCounts),
  };
}

export function restoreCpu(cpu: Cpu, state: unknown): void {
  const where = `hart ${cpu.hartId}`;
  const s = expectObject(state, where);
  if (expectInt(s, 'hartId', 0, 4095, where) !== cpu.hartId) throw new SnapshotError(`${where}: state belongs to another hart`);
  const x = expectIntArray(s, 'x', 32, -0x80000000, 0xffffffff, where);
  const pc = expectInt(s, 'pc', 0, 0xffffffff, where);
  const priv = expectInt(s, 'priv', 0, 3, where);
  if (priv !== PRIV_U && priv !== PRIV_S && priv !== PRIV_M) throw new SnapshotError(`${where}: field priv must be 0, 1 or 3`);
  const csrObj = expectObject(s['csrs'], `${where} csrs`);
  const csrs = {} as Record<U32Field, number>;
  for (const f of U32_FIELDS) csrs[f] = expectInt(csrObj, f, 0, 0xffffffff, `${where} csrs`);
  const reservation = expectInt(s, 'reservation', -1, 0xffffffff, where);
  const waiting = expectBool(s, 'waiting', where);
  const tlbObj = expectObject(s['tlb'], `${where} tlb`);
  const n = cpu.tlb.size;
  const tlbVpn = expectIntArray(tlbObj, 'vpn', n, -1, 0xfffff, `${where} tlb`);
  const tlbBase = expectIntArray(tlbObj, 'pageBase', n, -0x80000000, 0x7fffffff, `${where} tlb`);
  const tlbFlags = expectIntArray(tlbObj, 'flags', n, 0, 0xfff, `${where} tlb`);
  const counterObj = expectObject(s['counters'], `${where} counters`);
  const counters: Record<string, number> = {};
  for (const f of COUNTER_FIELDS) counters[f] = expectInt(counterObj, f, -MAX_SAFE, MAX_SAFE, `${where} counters`);
  const rowCounts = expectIntArray(s, 'rowCounts', cpu.rowCounts.length, 0, MAX_SAFE, where);
  const eventsObj = expectObject(s['events'], `${where} events`);
  const events: Record<string, number> = {};
  for (const k of Object.keys(cpu.events)) events[k] = expectInt(eventsObj, k, 0, MAX_SAFE, `${where} events`);
  const exceptionCounts = expectIntArray(s, 'exceptionCounts', cpu.exceptionCounts.length, 0, MAX_SAFE, where);
  const interruptCounts = expectIntArray(s, 'interruptCounts', cpu.interruptCounts.length, 0, MAX_SAFE, where);
  const pmpState = s['pmp'];

  // Everything validated: apply (the PMP validates itself before changing anything).
  cpu.pmp.restore(pmpState);
  cpu.x.set(x.map((v) => v | 0));
  cpu.x[0] = 0;
  cpu.pc = pc;
  cpu.priv = priv;
  for (const f of U32_FIELDS) cpu[f] = csrs[f];
  cpu.reservation = reservation;
  cpu.waiting = waiting;
  cpu.tlb.vpn.set(tlbVpn);
  cpu.tlb.pageBase.set(tlbBase);
  cpu.tlb.flags.set(tlbFlags);
  cpu.foldCounts();
  cpu.rowCounts.set(rowCounts);
  for (const f of COUNTER_FIELDS) cpu[f] = counters[f]!;
  Object.assign(cpu.events, events);
  cpu.exceptionCounts.set(exceptionCounts);
  cpu.interruptCounts.set(interruptCounts);
  cpu.restored();
}
