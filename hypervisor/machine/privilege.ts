// Privilege levels and the bit layouts of the status, interrupt and delegation CSRs
// (privileged spec 20211203, ch. 3 and 4). Constants only: cpu.ts and csr-file.ts share them.
//
// mstatus (RV32, §3.1.6, figure 3.7); sstatus is a view of the S-level fields (§4.1.1):
//
//   31 30  23 22  21  20  19  18   17  16 15 14 13 12 11 10 9  8   7    6   5    4 3   2 1   0
//  |SD| WPRI |TSR|TW|TVM|MXR|SUM|MPRV| XS  | FS  | MPP | VS |SPP|MPIE|UBE|SPIE|W|MIE|W|SIE|W|
//
// This hart has no F, D or V state, so FS, VS, XS and SD stay 0; UBE/SBE/MBE stay 0 (little-endian).

export const PRIV_U = 0;
export const PRIV_S = 1;
export const PRIV_M = 3;
export type Privilege = typeof PRIV_U | typeof PRIV_S | typeof PRIV_M;
export const PRIV_NAMES: Readonly<Record<number, string>> = { 0: 'U', 1: 'S', 3: 'M' };

export const MSTATUS_SIE = 1 << 1;
export const MSTATUS_MIE = 1 << 3;
export const MSTATUS_SPIE = 1 << 5;
export const MSTATUS_MPIE = 1 << 7;
export const MSTATUS_SPP = 1 << 8;
export const MSTATUS_MPP_SHIFT = 11;
export const MSTATUS_MPP = 3 << MSTATUS_MPP_SHIFT;
export const MSTATUS_MPRV = 1 << 17;
export const MSTATUS_SUM = 1 << 18;
export const MSTATUS_MXR = 1 << 19;
export const MSTATUS_TVM = 1 << 20;
export const MSTATUS_TW = 1 << 21;
export const MSTATUS_TSR = 1 << 22;

/** Bits software may write in mstatus (the rest are read-only zero here). */
export const MSTATUS_WRITABLE =
  MSTATUS_SIE |
  MSTATUS_MIE |
  MSTATUS_SPIE |
  MSTATUS_MPIE |
  MSTATUS_SPP |
  MSTATUS_MPP |
  MSTATUS_MPRV |
  MSTATUS_SUM |
  MSTATUS_MXR |
  MSTATUS_TVM |
  MSTATUS_TW |
  MSTATUS_TSR;

/** The mstatus fields sstatus shows and may change (§4.1.1). */
export const SSTATUS_MASK = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR;

/** mip/mie bits (§3.1.9): bit n is interrupt cause n. */
export const MIP_SSIP = 1 << 1;
export const MIP_MSIP = 1 << 3;
export const MIP_STIP = 1 << 5;
export const MIP_MTIP = 1 << 7;
export const MIP_SEIP = 1 << 9;
export const MIP_MEIP = 1 << 11;
/** Interrupts S-mode can be given (mideleg's writable bits, as QEMU 7.2). */
export const S_INTERRUPTS = MIP_SSIP | MIP_STIP | MIP_SEIP;
export const ALL_INTERRUPTS = S_INTERRUPTS | MIP_MSIP | MIP_MTIP | MIP_MEIP;
/** mip bits M-mode software may write (the others are driven by the CLINT and PLIC). */
export const MIP_WRITABLE = S_INTERRUPTS;

/**
 * Interrupt causes in the order they are taken when several are pending and enabled
 * (§3.1.9: MEI, MSI, MTI, SEI, SSI, STI).
 */
export const INTERRUPT_PRIORITY: readonly number[] = [11, 3, 7, 9, 1, 5];

/**
 * Exceptions medeleg can delegate (§3.1.8): every cause below 16 except ecall from M (11,
 * read-only zero) and the reserved 10 and 14.
 */
export const DELEGABLE_EXCEPTIONS =
  (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 12) | (1 << 13) | (1 << 15);

/** misa: MXL = 1 (32-bit), extensions A, I, M, S, U (§3.1.1). Read-only here (WARL). */
export const MISA = ((1 << 30) | (1 << 0) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20)) >>> 0;
