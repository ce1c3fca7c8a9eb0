// The SiFive test/finisher device at 0x100000 (QEMU hw/misc/sifive_test.c): a guest write
// powers the machine off (pass or fail with an exit code) or resets it. The machine decides
// what a request means; this device only decodes it, once.

import { type Device, type DeviceState, expectBool, expectObject } from '../device.ts';
import { BUS_FAULT, type BusFault, type Width } from '../memory.ts';

export const FINISHER_BASE = 0x00100000;

/** What the guest asked for; code is the upper 16 bits of the value for 'fail' (0 otherwise). */
export interface FinisherRequest {
  readonly kind: 'pass' | 'fail' | 'reset';
  readonly code: number;
}

// sifive_test.c: the low 16 bits select the action, the high 16 bits are the fail code.
const FINISHER_FAIL = 0x3333;
const FINISHER_PASS = 0x5555;
const FINISHER_RESET = 0x7777;

export class Finisher implements Device {
  readonly name = 'finisher';
  readonly base = FINISHER_BASE;
  readonly size = 0x1000;
  // guest-visible effect: set once by the first recognised write
  private fired = false;

  constructor(private readonly onRequest: (req: FinisherRequest) => void) {}

  /** Reads answer 0; byte accesses are invalid (QEMU: access sizes 2..4), i.e. access faults. */
  read(_offset: number, width: Width): number | BusFault {
    return width === 1 ? BUS_FAULT : 0;
  }

  /** Only writes at offset 0 act (QEMU decodes offset 0 only); other values are ignored. */
  write(offset: number, width: Width, value: number): BusFault | undefined {
    if (width === 1) return BUS_FAULT;
    if (offset !== 0 || this.fired) return undefined;
    // A 16-bit store carries no code (QEMU 7.2 accepts `sh` of 0x5555: docs/machine-toolchain.md §2).
    const v = width === 4 ? value >>> 0 : width === 2 ? value & 0xffff : value & 0xff;
    const kind = decode(v & 0xffff);
    if (kind === undefined) return undefined;
    // Power-off happens once; a reset request may repeat (the machine restarts the guest).
    this.fired = kind !== 'reset';
    this.onRequest({ kind, code: kind === 'fail' ? v >>> 16 : 0 });
    return undefined;
  }

  /** Machine reset: the device may fire again. */
  reset(): void {
    this.fired = false;
  }

  save(): DeviceState {
    return { fired: this.fired };
  }

  restore(state: unknown): void {
    this.fired = expectBool(expectObject(state, this.name), 'fired', this.name);
  }
}

function decode(low: number): FinisherRequest['kind'] | undefined {
  if (low === FINISHER_PASS) return 'pass';
  if (low === FINISHER_FAIL) return 'fail';
  if (low === FINISHER_RESET) return 'reset';
  return undefined;
}
