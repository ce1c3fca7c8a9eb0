// Names of the standard CSRs (number -> name), used by the disassembler and assembler.
// Privileged spec 20211203, ch. 2.2, tables 2.2-2.5. The CPU's CSR file will extend this
// table with each register's behaviour; it is the one source of CSR names.

/** Standard CSR numbers and names (only what an RV32 M/S/U machine without F/D uses). */
export const CSR_NAMES: ReadonlyMap<number, string> = new Map<number, string>([
  // Unprivileged counters/timers (table 2.2).
  [0xc00, 'cycle'],
  [0xc01, 'time'],
  [0xc02, 'instret'],
  [0xc80, 'cycleh'],
  [0xc81, 'timeh'],
  [0xc82, 'instreth'],
  // Supervisor (table 2.3).
  [0x100, 'sstatus'],
  [0x104, 'sie'],
  [0x105, 'stvec'],
  [0x106, 'scounteren'],
  [0x10a, 'senvcfg'],
  [0x140, 'sscratch'],
  [0x141, 'sepc'],
  [0x142, 'scause'],
  [0x143, 'stval'],
  [0x144, 'sip'],
  [0x180, 'satp'],
  // Machine (tables 2.4-2.5).
  [0xf11, 'mvendorid'],
  [0xf12, 'marchid'],
  [0xf13, 'mimpid'],
  [0xf14, 'mhartid'],
  [0xf15, 'mconfigptr'],
  [0x300, 'mstatus'],
  [0x301, 'misa'],
  [0x302, 'medeleg'],
  [0x303, 'mideleg'],
  [0x304, 'mie'],
  [0x305, 'mtvec'],
  [0x306, 'mcounteren'],
  [0x310, 'mstatush'],
  [0x30a, 'menvcfg'],
  [0x31a, 'menvcfgh'],
  [0x320, 'mcountinhibit'],
  [0x340, 'mscratch'],
  [0x341, 'mepc'],
  [0x342, 'mcause'],
  [0x343, 'mtval'],
  [0x344, 'mip'],
  [0x34a, 'mtinst'],
  [0x34b, 'mtval2'],
  ...Array.from({ length: 4 }, (_, k): [number, string] => [0x3a0 + k, `pmpcfg${k}`]),
  ...Array.from({ length: 16 }, (_, k): [number, string] => [0x3b0 + k, `pmpaddr${k}`]),
  [0xb00, 'mcycle'],
  [0xb02, 'minstret'],
  [0xb80, 'mcycleh'],
  [0xb82, 'minstreth'],
]);

/** CSR name -> number. */
export const CSR_NUMBERS: ReadonlyMap<string, number> = new Map(
  [...CSR_NAMES].map(([num, name]) => [name, num]),
);
