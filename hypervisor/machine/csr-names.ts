// The standard CSRs: numbers and names, used by the CPU, the disassembler and the assembler.
// Privileged spec 20211203, ch. 2.2, tables 2.2-2.5.
//

/**
 * Standard CSR numbers by name (only what an RV32 M/S/U machine without F/D uses): THE table.
 * Unprivileged counters (table 2.2), supervisor (table 2.3), machine (tables 2.4-2.5).
 */
export const CSR = {
  cycle: 0xc00,
  time: 0xc01,
  instret: 0xc02,
  cycleh: 0xc80,
  timeh: 0xc81,
  instreth: 0xc82,
  sstatus: 0x100,
  sie: 0x104,
  stvec: 0x105,
  scounteren: 0x106,
  senvcfg: 0x10a,
  sscratch: 0x140,
  sepc: 0x141,
  scause: 0x142,
  stval: 0x143,
  sip: 0x144,
  satp: 0x180,
  mvendorid: 0xf11,
  marchid: 0xf12,
  mimpid: 0xf13,
  mhartid: 0xf14,
  mconfigptr: 0xf15,
  mstatus: 0x300,
  misa: 0x301,
  medeleg: 0x302,
  mideleg: 0x303,
  mie: 0x304,
  mtvec: 0x305,
  mcounteren: 0x306,
  mstatush: 0x310,
  menvcfg: 0x30a,
  menvcfgh: 0x31a,
  mcountinhibit: 0x320,
  mscratch: 0x340,
  mepc: 0x341,
  mcause: 0x342,
  mtval: 0x343,
  mip: 0x344,
  mtinst: 0x34a,
  mtval2: 0x34b,
  mcycle: 0xb00,
  minstret: 0xb02,
  mcycleh: 0xb80,
  minstreth: 0xb82,
  pmpcfg0: 0x3a0,
  pmpcfg1: 0x3a1,
  pmpcfg2: 0x3a2,
  pmpcfg3: 0x3a3,
  pmpaddr0: 0x3b0,
  pmpaddr1: 0x3b1,
  pmpaddr2: 0x3b2,
  pmpaddr3: 0x3b3,
  pmpaddr4: 0x3b4,
  pmpaddr5: 0x3b5,
  pmpaddr6: 0x3b6,
  pmpaddr7: 0x3b7,
  pmpaddr8: 0x3b8,
  pmpaddr9: 0x3b9,
  pmpaddr10: 0x3ba,
  pmpaddr11: 0x3bb,
  pmpaddr12: 0x3bc,
  pmpaddr13: 0x3bd,
  pmpaddr14: 0x3be,
  pmpaddr15: 0x3bf,
} as const;

export type CsrName = keyof typeof CSR;

/** CSR number -> name, for the disassembler and traces. */
export const CSR_NAMES: ReadonlyMap<number, string> = new Map(
  (Object.keys(CSR) as CsrName[]).map((name) => [CSR[name], name]),
);

/** CSR name -> number, for the assembler. */
export const CSR_NUMBERS: ReadonlyMap<string, number> = new Map(
  (Object.keys(CSR) as CsrName[]).map((name) => [name, CSR[name]]),
);
