// Synchronous exception causes (privileged spec 20211203, §3.1.15, table 3.6) and the typed
// Trap value the CPU hands on when an instruction cannot complete. Traps are values, never
// host exceptions; the CPU takes them into mtvec, and a hypervisor may observe them.

/** mcause exception codes (Interrupt = 0). Reserved and custom codes are left out. */
export const Exception = {
  InstructionAddressMisaligned: 0,
  InstructionAccessFault: 1,
  IllegalInstruction: 2,
  Breakpoint: 3,
  LoadAddressMisaligned: 4,
  LoadAccessFault: 5,
  StoreAddressMisaligned: 6, // store/AMO
  StoreAccessFault: 7, // store/AMO
  EcallFromU: 8,
  EcallFromS: 9,
  EcallFromM: 11,
  InstructionPageFault: 12,
  LoadPageFault: 13,
  StorePageFault: 15, // store/AMO
} as const;

export type ExceptionName = keyof typeof Exception;
export type ExceptionCause = (typeof Exception)[ExceptionName];

/** Cause code -> spec name, for traces and test messages. */
export const EXCEPTION_NAMES: Readonly<Record<ExceptionCause, ExceptionName>> = Object.fromEntries(
  Object.entries(Exception).map(([name, code]) => [code, name]),
) as Record<ExceptionCause, ExceptionName>;

/** A synchronous exception: its cause and the value written to mtval (0 when none applies). */
export interface Trap {
  readonly kind: 'trap';
  readonly cause: ExceptionCause;
  readonly tval: number;
}

export function trap(cause: ExceptionCause, tval = 0): Trap {
  return { kind: 'trap', cause, tval: tval >>> 0 };
}

/**
 * Interrupt cause codes (§3.1.15, table 3.6, Interrupt = 1), which are also the bit numbers of
 * mip/mie (§3.1.9): supervisor/machine software, timer and external interrupts.
 */
export const Interrupt = {
  SSI: 1,
  MSI: 3,
  STI: 5,
  MTI: 7,
  SEI: 9,
  MEI: 11,
} as const;

export type InterruptName = keyof typeof Interrupt;
export type InterruptCause = (typeof Interrupt)[InterruptName];

/** Interrupt cause code -> spec name, for traces and statistics. */
export const INTERRUPT_NAMES: Readonly<Record<InterruptCause, InterruptName>> = Object.fromEntries(
  Object.entries(Interrupt).map(([name, code]) => [code, name]),
) as Record<InterruptCause, InterruptName>;
