// The 16550A UART at 0x10000000 (reg-shift 0) as QEMU's hw/char/serial.c behaves with a chardev
// that is always ready: transmission is instantaneous (THRE/TEMT always read 1), received bytes
// wait in a bounded host-side queue and enter the 16-byte RX FIFO (or the 1-byte RBR without
// FIFO) as the guest reads them. Register numbers and IIR priorities: TI PC16550D datasheet
// §8.4–8.6 (the "16550 datasheet"), reset values as observed on QEMU 7.2 (probe fixture).
//
//   0 RBR (read) / THR (write) / DLL (LCR.DLAB)    4 MCR (5 bits; bit 4 = loopback)
//   1 IER (4 bits) / DLM (LCR.DLAB)                5 LSR (DR, THRE, TEMT)
//   2 IIR (read) / FCR (write)                     6 MSR (DCD|DSR|CTS; loopback reflects MCR)
//   3 LCR                                          7 SCR
//
// Character-timeout interrupts need time a host-less UART does not have: here the timeout is
// taken to have elapsed at once, so RX data below the FIFO trigger level raises CTI (IIR 0x0c)
// immediately; Linux and xv6 drivers read the FIFO either way.

import {
  type Device, type DeviceState, expectBool, expectBytes, expectInt, expectObject, type InterruptLine, toBase64,
} from '../device.ts';
import { BUS_FAULT, type BusFault, type Width } from '../memory.ts';

export const UART_BASE = 0x10000000;
export const UART_IRQ = 10;
/** Host-side receive queue bound; pushInput drops (and counts) bytes beyond it. */
export const UART_INPUT_LIMIT = 64 * 1024;
const FIFO_SIZE = 16;

// register bits (datasheet table 2)
const IER_RDI = 0x01;
const IER_THRI = 0x02;
const IIR_NO_INT = 0x01;
const IIR_THRI = 0x02;
const IIR_RDI = 0x04;
const IIR_CTI = 0x0c;
const IIR_FIFO_ENABLED = 0xc0;
const FCR_FE = 0x01;
const FCR_RFR = 0x02;
const FCR_XFR = 0x04;
const LCR_DLAB = 0x80;
const MCR_LOOP = 0x10;
const LSR_DR = 0x01;
const LSR_THRE = 0x20;
const LSR_TEMT = 0x40;
const MSR_IDLE = 0xb0; // DCD | DSR | CTS, as QEMU's reset
const TRIGGER_LEVELS = [1, 4, 8, 14] as const;

export interface UartOptions {
  readonly output: (byte: number) => void;
  readonly irq: InterruptLine;
}

export class Uart16550 implements Device {
  readonly name = 'uart0';
  readonly base = UART_BASE;
  readonly size = 0x100;

  // guest-visible registers
  private ier = 0;
  private iir = IIR_NO_INT;
  private lcr = 0;
  private mcr = 0x08; // OUT2, QEMU's reset value
  private fcr = 0;
  private scr = 0;
  private divisor = 0x0c; // QEMU's reset divisor (DLL 0x0c, DLM 0)
  private thrIpending = false;
  private lastRbr = 0;

  // received bytes: the first min(count, FIFO or 1) are "in the UART", the rest wait on the host side
  private readonly rx = new Uint8Array(UART_INPUT_LIMIT);
  private rxHead = 0;
  private rxCount = 0;

  // statistics (hypervisor only)
  droppedInput = 0;
  bytesOut = 0;

  private readonly output: (byte: number) => void;
  private readonly irq: InterruptLine;

  constructor(options: UartOptions) {
    this.output = options.output;
    this.irq = options.irq;
  }

  /** Queues host input for the guest; bytes beyond UART_INPUT_LIMIT queued are dropped and counted. */
  pushInput(bytes: Uint8Array): void {
    const room = UART_INPUT_LIMIT - this.rxCount;
    const take = Math.min(room, bytes.length);
    for (let k = 0; k < take; k++) this.rx[(this.rxHead + this.rxCount + k) % UART_INPUT_LIMIT] = bytes[k]!;
    this.rxCount += take;
    this.droppedInput += bytes.length - take;
    if (take > 0) this.updateIrq();
  }

  /** Bytes queued for the guest and not yet read. */
  get pendingInput(): number {
    return this.rxCount;
  }

  read(offset: number, _width: Width): number | BusFault {
    // QEMU registers 8 bytes (8 << reg-shift); any access width reads the one byte register.
    switch (offset) {
      case 0: return this.lcr & LCR_DLAB ? this.divisor & 0xff : this.readRbr();
      case 1: return this.lcr & LCR_DLAB ? this.divisor >>> 8 : this.ier;
      case 2: return this.readIir();
      case 3: return this.lcr;
      case 4: return this.mcr;
      case 5: return this.lsr();
      case 6: return this.msr();
      case 7: return this.scr;
      default: return BUS_FAULT;
    }
  }

  write(offset: number, _width: Width, value: number): BusFault | undefined {
    const v = value & 0xff;
    switch (offset) {
      case 0: if (this.lcr & LCR_DLAB) this.divisor = (this.divisor & 0xff00) | v; else this.writeThr(v); break;
      case 1: if (this.lcr & LCR_DLAB) this.divisor = (this.divisor & 0xff) | (v << 8); else this.writeIer(v); break;
      case 2: this.writeFcr(v); break;
      case 3: this.lcr = v; break;
      case 4: this.mcr = v & 0x1f; break;
      case 5: case 6: break; // LSR/MSR writes are factory-test only; QEMU ignores them
      case 7: this.scr = v; break;
      default: return BUS_FAULT;
    }
    return undefined;
  }

  private fifoEnabled(): boolean {
    return (this.fcr & FCR_FE) !== 0;
  }

  /** Bytes the UART itself holds: up to the FIFO size, or the single RBR. */
  private held(): number {
    return Math.min(this.rxCount, this.fifoEnabled() ? FIFO_SIZE : 1);
  }

  private lsr(): number {
    return (this.rxCount > 0 ? LSR_DR : 0) | LSR_THRE | LSR_TEMT;
  }

  /** In loopback, MSR mirrors MCR: RTS->CTS, DTR->DSR, OUT1->RI, OUT2->DCD (datasheet §8.6.3). */
  private msr(): number {
    if ((this.mcr & MCR_LOOP) === 0) return MSR_IDLE;
    return ((this.mcr & 0x0c) << 4) | ((this.mcr & 0x02) << 3) | ((this.mcr & 0x01) << 5);
  }

  private readRbr(): number {
    if (this.rxCount > 0) {
      this.lastRbr = this.rx[this.rxHead]!;
      this.rxHead = (this.rxHead + 1) % UART_INPUT_LIMIT;
      this.rxCount--;
    } else if (this.fifoEnabled()) {
      this.lastRbr = 0; // QEMU reads 0 from an empty FIFO
    }
    this.updateIrq();
    return this.lastRbr;
  }

  /** Reading an IIR that shows THRI acknowledges it (datasheet table 4). */
  private readIir(): number {
    const iir = this.iir;
    if ((iir & 0x0f) === IIR_THRI) {
      this.thrIpending = false;
      this.updateIrq();
    }
    return iir;
  }

  /** Transmission is instantaneous: the byte leaves (or loops back) and THR is empty again. */
  private writeThr(v: number): void {
    if (this.mcr & MCR_LOOP) this.pushInput(Uint8Array.of(v));
    else {
      this.bytesOut++;
      this.output(v);
    }
    this.thrIpending = true;
    this.updateIrq();
  }

  /** Enabling THRI while THR is empty raises it at once (QEMU, and the datasheet's ETBEI note). */
  private writeIer(v: number): void {
    const changed = (this.ier ^ v) & 0x0f;
    this.ier = v & 0x0f;
    if (changed & IER_THRI) this.thrIpending = (this.ier & IER_THRI) !== 0;
    if (changed) this.updateIrq();
  }

  /** FCR: toggling FIFO enable flushes both FIFOs; RFR drops what the UART holds, not the host queue. */
  private writeFcr(v: number): void {
    if (v === this.fcr) return;
    let val = v;
    if ((val ^ this.fcr) & FCR_FE) val |= FCR_RFR | FCR_XFR;
    if (val & FCR_RFR) this.dropHeld();
    this.fcr = val & 0xc9;
    this.iir = this.fifoEnabled() ? this.iir | IIR_FIFO_ENABLED : this.iir & ~IIR_FIFO_ENABLED;
    this.updateIrq();
  }

  private dropHeld(): void {
    const n = this.held();
    this.rxHead = (this.rxHead + n) % UART_INPUT_LIMIT;
    this.rxCount -= n;
  }

  /** IIR identification in the datasheet's priority order (table 4), then the irq line. */
  private updateIrq(): void {
    let id = IIR_NO_INT;
    const held = this.held();
    const level = TRIGGER_LEVELS[this.fcr >>> 6]!;
    // Priority 1, receiver line status (IER.RLSI), never fires: no line errors are simulated.
    if (this.ier & IER_RDI && held > 0 && this.fifoEnabled() && held < level) id = IIR_CTI;
    else if (this.ier & IER_RDI && held > 0) id = IIR_RDI;
    else if (this.ier & IER_THRI && this.thrIpending) id = IIR_THRI;
    // Priority 4, modem status (IER.MSI), never fires: the modem lines never change.
    this.iir = id | (this.fifoEnabled() ? IIR_FIFO_ENABLED : 0);
    this.irq.set(id !== IIR_NO_INT);
  }

  save(): DeviceState {
    const queued = new Uint8Array(this.rxCount);
    for (let k = 0; k < this.rxCount; k++) queued[k] = this.rx[(this.rxHead + k) % UART_INPUT_LIMIT]!;
    return {
      ier: this.ier, iir: this.iir, lcr: this.lcr, mcr: this.mcr, fcr: this.fcr, scr: this.scr, divisor: this.divisor,
      thrIpending: this.thrIpending, lastRbr: this.lastRbr, rx: toBase64(queued), droppedInput: this.droppedInput, bytesOut: this.bytesOut,
    };
  }

  restore(state: unknown): void {
    const s = expectObject(state, this.name);
    const n = this.name;
    const fields = {
      ier: expectInt(s, 'ier', 0, 0x0f, n), iir: expectInt(s, 'iir', 0, 0xff, n), lcr: expectInt(s, 'lcr', 0, 0xff, n),
      mcr: expectInt(s, 'mcr', 0, 0x1f, n), fcr: expectInt(s, 'fcr', 0, 0xc9, n), scr: expectInt(s, 'scr', 0, 0xff, n),
      divisor: expectInt(s, 'divisor', 0, 0xffff, n), thrIpending: expectBool(s, 'thrIpending', n),
      lastRbr: expectInt(s, 'lastRbr', 0, 0xff, n), rx: expectBytes(s, 'rx', UART_INPUT_LIMIT, n),
      droppedInput: expectInt(s, 'droppedInput', 0, Number.MAX_SAFE_INTEGER, n), bytesOut: expectInt(s, 'bytesOut', 0, Number.MAX_SAFE_INTEGER, n),
    };
    // every field validated: now replace the state
    this.ier = fields.ier;
    this.iir = fields.iir;
    this.lcr = fields.lcr;
    this.mcr = fields.mcr;
    this.fcr = fields.fcr & 0xc9;
    this.scr = fields.scr;
    this.divisor = fields.divisor;
    this.thrIpending = fields.thrIpending;
    this.lastRbr = fields.lastRbr;
    this.droppedInput = fields.droppedInput;
    this.bytesOut = fields.bytesOut;
    this.rx.set(fields.rx);
    this.rxHead = 0;
    this.rxCount = fields.rx.length;
    this.irq.set((this.iir & 0x0f) !== IIR_NO_INT);
  }
}
