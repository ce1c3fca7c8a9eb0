// A virtio block device on the virtio-mmio transport, modern interface (virtio 1.1 §4.2.2,
// Version 2), as QEMU virt's slots at 0x10001000 + i*0x1000; without a disk the slot answers
// DeviceID 0 (an empty slot, §4.2.3.1.1). Requests (§5.2.6) are served synchronously on
// QueueNotify from an in-memory copy of the disk; OUT writes change only that copy. Guest memory
// is reached only through `dma` (physical addresses); a broken virtqueue sets DEVICE_NEEDS_RESET.

import {
  type Device, type DeviceState, expectBool, expectBytes, expectInt, expectIntArray, expectObject, type InterruptLine, SnapshotError, toBase64,
} from '../device.ts';
import { type Bus, type BusFault, type Width } from '../memory.ts';
import { availHead, availIdx, type QueueLayout, readChain, type Segment, pushUsed, VirtqueueError } from './virtqueue.ts';
import { copyFromGuest, copyToGuest } from './dma-copy.ts';

export const VIRTIO_BASE = 0x10001000;
export const VIRTIO_SLOTS = 8;
export const QUEUE_NUM_MAX = 1024; // QEMU 7.2 virtio-blk reports 1024 (probe fixture)
const SECTOR = 512;
const MAX_DISK_BYTES = 2 ** 31; // a disk copy must fit one host array comfortably

// registers (§4.2.2, table "MMIO Device Register Layout")
const R = {
  MagicValue: 0x000, Version: 0x004, DeviceID: 0x008, VendorID: 0x00c, DeviceFeatures: 0x010, DeviceFeaturesSel: 0x014,
  DriverFeatures: 0x020, DriverFeaturesSel: 0x024, QueueSel: 0x030, QueueNumMax: 0x034, QueueNum: 0x038, QueueReady: 0x044,
  QueueNotify: 0x050, InterruptStatus: 0x060, InterruptACK: 0x064, Status: 0x070, QueueDescLow: 0x080, QueueDescHigh: 0x084,
  QueueDriverLow: 0x090, QueueDriverHigh: 0x094, QueueDeviceLow: 0x0a0, QueueDeviceHigh: 0x0a4, ConfigGeneration: 0x0fc, Config: 0x100,
} as const;
const MAGIC = 0x74726976; // "virt"
const VENDOR_QEMU = 0x554d4551;
const DEVICE_ID_BLOCK = 2;

// device status bits (§2.1)
const STATUS_FEATURES_OK = 8;
const STATUS_DRIVER_OK = 4;
const STATUS_NEEDS_RESET = 0x40;
// InterruptStatus bits (§4.2.2): used buffer, configuration change
const INT_USED = 1;
const INT_CONFIG = 2;

// feature bits: word 0 = bits 0..31, word 1 = bits 32..63
const BLK_F_RO = 1 << 5;
const BLK_F_BLK_SIZE = 1 << 6;
const BLK_F_FLUSH = 1 << 9;
const F_VERSION_1_HI = 1 << 0; // VIRTIO_F_VERSION_1 = bit 32

// request types and status (§5.2.6)
const T_IN = 0;
const T_OUT = 1;
const T_FLUSH = 4;
const T_GET_ID = 8;
const S_OK = 0;
const S_IOERR = 1;
const S_UNSUPP = 2;
const DEVICE_ID_STRING = 'ringfence-virtio-blk'; // exactly 20 bytes, VIRTIO_BLK_ID_BYTES

export interface VirtioBlkOptions {
  readonly name: string;
  readonly base: number;
  readonly disk: Uint8Array | undefined;
  readonly dma: Bus;
  readonly irq: InterruptLine;
  readonly readOnly?: boolean;
}

export class VirtioBlk implements Device {
  readonly name: string;
  readonly base: number;
  readonly size = 0x1000;

  // set once at construction
  private readonly disk: Uint8Array | undefined;
  private readonly readOnly: boolean;
  private readonly dma: Bus;
  private readonly irq: InterruptLine;
  private readonly deviceFeatures: readonly [number, number];

  // guest-visible transport state (reset by writing 0 to Status)
  private status = 0;
  private deviceFeaturesSel = 0;
  private driverFeaturesSel = 0;
  private driverFeatures: [number, number] = [0, 0];
  private queueSel = 0;
  private queueNum = 0;
  private queueReady = false;
  private queueAddr = [0, 0, 0, 0, 0, 0]; // desc lo/hi, driver lo/hi, device lo/hi
  private lastAvail = 0; // next available slot to serve (free-running mod 2^16)
  private usedIdx = 0;
  private interruptStatus = 0;

  // statistics (hypervisor only)
  requests = 0;
  bytesRead = 0;
  bytesWritten = 0;

  constructor(options: VirtioBlkOptions) {
    if (options.disk !== undefined && (options.disk.length % SECTOR !== 0 || options.disk.length > MAX_DISK_BYTES)) {
      throw new RangeError(`${options.name}: disk size ${options.disk.length} is not a multiple of ${SECTOR} up to 2 GiB`);
    }
    this.name = options.name;
    this.base = options.base;
    this.disk = options.disk;
    this.readOnly = options.readOnly ?? false;
    this.dma = options.dma;
    this.irq = options.irq;
    this.deviceFeatures = [BLK_F_BLK_SIZE | BLK_F_FLUSH | (this.readOnly ? BLK_F_RO : 0), F_VERSION_1_HI];
  }

  read(offset: number, width: Width): number | BusFault {
    if (offset >= R.Config) return this.readConfig(offset - R.Config, width);
    if (width !== 4 || (offset & 3) !== 0) return 0; // QEMU: wrong-size register reads answer 0
    if (offset === R.MagicValue) return MAGIC;
    if (offset === R.Version) return 2;
    if (offset === R.DeviceID) return this.disk === undefined ? 0 : DEVICE_ID_BLOCK;
    if (offset === R.VendorID) return VENDOR_QEMU;
    if (this.disk === undefined) return 0;
    return this.readRegister(offset);
  }

  private readRegister(offset: number): number {
    switch (offset) {
      case R.DeviceFeatures: return this.deviceFeaturesSel < 2 ? this.deviceFeatures[this.deviceFeaturesSel]! >>> 0 : 0;
      case R.QueueNumMax: return this.queueSel === 0 ? QUEUE_NUM_MAX : 0;
      case R.QueueNum: return this.queueSel === 0 ? this.queueNum : 0;
      case R.QueueReady: return this.queueSel === 0 && this.queueReady ? 1 : 0;
      case R.InterruptStatus: return this.interruptStatus;
      case R.Status: return this.status;
      case R.QueueDescLow: case R.QueueDescHigh: case R.QueueDriverLow: case R.QueueDriverHigh: case R.QueueDeviceLow: case R.QueueDeviceHigh:
        return this.queueSel === 0 ? this.queueAddr[addrSlot(offset)]! : 0;
      case R.ConfigGeneration: return 0; // the configuration never changes
      default: return 0;
    }
  }

  /** Block configuration (§5.2.4): capacity (le64, sectors) at 0, blk_size (u32) at 0x14. */
  private readConfig(off: number, width: Width): number {
    if (this.disk === undefined) return 0;
    const config = new Uint8Array(0x18);
    const view = new DataView(config.buffer);
    view.setUint32(0, this.disk.length / SECTOR, true); // < 2^23 sectors: the high word stays 0
    view.setUint32(0x14, SECTOR, true);
    if (off + width > config.length) return 0;
    return width === 4 ? view.getUint32(off, true) : width === 2 ? view.getUint16(off, true) : config[off]!;
  }

  write(offset: number, width: Width, value: number): BusFault | undefined {
    if (this.disk === undefined || offset >= R.Config || width !== 4 || (offset & 3) !== 0) return undefined;
    const v = value >>> 0;
    switch (offset) {
      case R.DeviceFeaturesSel: this.deviceFeaturesSel = v; break;
      case R.DriverFeaturesSel: this.driverFeaturesSel = v; break;
      case R.DriverFeatures: if (this.driverFeaturesSel < 2 && !(this.status & STATUS_FEATURES_OK)) this.driverFeatures[this.driverFeaturesSel] = v; break;
      case R.QueueSel: this.queueSel = v; break;
      case R.QueueNum: if (this.queueEditable()) this.queueNum = v; break;
      case R.QueueReady: if (this.queueSel === 0) this.queueReady = (v & 1) === 1 && this.layout() !== undefined; break;
      case R.QueueNotify: if (v === 0) this.serve(); break;
      case R.InterruptACK: this.acknowledge(v); break;
      case R.Status: this.writeStatus(v & 0xff); break;
      case R.QueueDescLow: case R.QueueDescHigh: case R.QueueDriverLow: case R.QueueDriverHigh: case R.QueueDeviceLow: case R.QueueDeviceHigh:
        if (this.queueEditable()) this.queueAddr[addrSlot(offset)] = v;
        break;
      default: break;
    }
    return undefined;
  }

  /** The driver may set a queue up only while it is not ready (§4.2.3.2). */
  private queueEditable(): boolean {
    return this.queueSel === 0 && !this.queueReady;
  }

  private acknowledge(bits: number): void {
    this.interruptStatus &= ~bits;
    this.irq.set(this.interruptStatus !== 0);
  }

  /** Writing 0 resets the device (§4.2.2.1); FEATURES_OK sticks only for an acceptable subset (§3.1.1). */
  private writeStatus(v: number): void {
    if (v === 0) {
      this.reset();
      return;
    }
    let next = v | (this.status & STATUS_NEEDS_RESET);
    if (next & STATUS_FEATURES_OK && !(this.status & STATUS_FEATURES_OK) && !this.featuresAcceptable()) next &= ~STATUS_FEATURES_OK;
    this.status = next;
  }

  private featuresAcceptable(): boolean {
    const [lo, hi] = this.driverFeatures;
    return (lo & ~this.deviceFeatures[0]) === 0 && (hi & ~this.deviceFeatures[1]) === 0 && (hi & F_VERSION_1_HI) !== 0;
  }

  private reset(): void {
    this.status = 0;
    this.deviceFeaturesSel = 0;
    this.driverFeaturesSel = 0;
    this.driverFeatures = [0, 0];
    this.queueSel = 0;
    this.queueNum = 0;
    this.queueReady = false;
    this.queueAddr = [0, 0, 0, 0, 0, 0];
    this.lastAvail = 0;
    this.usedIdx = 0;
    this.interruptStatus = 0;
    this.irq.set(false);
  }

  /** The queue geometry when it is valid: num a power of 2 up to the max, 32-bit aligned areas (§2.6). */
  private layout(): QueueLayout | undefined {
    const [descLo, descHi, availLo, availHi, usedLo, usedHi] = this.queueAddr as [number, number, number, number, number, number];
    const num = this.queueNum;
    if (num === 0 || num > QUEUE_NUM_MAX || (num & (num - 1)) !== 0) return undefined;
    if (descHi !== 0 || availHi !== 0 || usedHi !== 0 || descLo % 16 !== 0 || availLo % 2 !== 0 || usedLo % 4 !== 0) return undefined;
    return { num, desc: descLo, avail: availLo, used: usedLo };
  }

  /**
   * QueueNotify: serves every newly available chain. Work is bounded: at most `num` chains per
   * notify (more would mean avail.idx lies), each at most `num` descriptors and the disk's size.
   */
  private serve(): void {
    const q = this.layout();
    if (!this.queueReady || q === undefined || !(this.status & STATUS_DRIVER_OK) || this.status & STATUS_NEEDS_RESET) return;
    try {
      const target = availIdx(this.dma, q);
      const count = (target - this.lastAvail) & 0xffff;
      if (count > q.num) throw new VirtqueueError(`avail.idx moved by ${count}, more than the queue size ${q.num}`);
      for (let k = 0; k < count; k++) {
        const head = availHead(this.dma, q, this.lastAvail);
        const written = this.handle(readChain(this.dma, q, head));
        pushUsed(this.dma, q, this.usedIdx, head, written);
        this.usedIdx = (this.usedIdx + 1) & 0xffff;
        this.lastAvail = (this.lastAvail + 1) & 0xffff;
      }
      if (count > 0) this.raise(INT_USED);
    } catch (e) {
      if (!(e instanceof VirtqueueError)) throw e;
      this.status |= STATUS_NEEDS_RESET;
      this.raise(INT_CONFIG);
    }
  }

  private raise(bits: number): void {
    this.interruptStatus |= bits;
    this.irq.set(true);
  }

  /**
   * One request (§5.2.6): header {type u32, reserved u32, sector u64}, data, status byte. Returns
   * the used length: as QEMU, the whole device-writable length of the chain, also on errors
   * (drivers do not rely on it for block requests; the spec's "bytes written" would be less).
   */
  private handle(chain: Segment[]): number {
    this.requests++;
    const readable = chain.filter((s) => !s.writable);
    const writable = chain.filter((s) => s.writable);
    const inLen = total(writable);
    if (inLen < 1) throw new VirtqueueError('request has no writable status byte');
    const header = copyFromGuest(this.dma, readable, 0, 16);
    const statusSegs = writable;
    let status = S_IOERR;
    if (header !== undefined) {
      const view = new DataView(header.buffer);
      const type = view.getUint32(0, true);
      const sector = view.getUint32(8, true) + view.getUint32(12, true) * 2 ** 32;
      status = this.perform(type, sector, readable, writable, inLen - 1);
    }
    if (!copyToGuest(this.dma, statusSegs, inLen - 1, Uint8Array.of(status))) throw new VirtqueueError('status byte is not writable');
    return inLen % 2 ** 32;
  }

  /** Performs a parsed request; its status. */
  private perform(type: number, sector: number, readable: Segment[], writable: Segment[], inData: number): number {
    const disk = this.disk!;
    if (type === T_IN) {
      const at = this.diskRange(sector, inData);
      if (at === undefined || !copyToGuest(this.dma, writable, 0, disk.subarray(at, at + inData))) return S_IOERR;
      this.bytesRead += inData;
      return S_OK;
    }
    if (type === T_OUT) {
      const outData = total(readable) - 16;
      const at = this.diskRange(sector, outData);
      if (at === undefined || this.readOnly) return S_IOERR;
      const data = copyFromGuest(this.dma, readable, 16, outData);
      if (data === undefined) return S_IOERR;
      disk.set(data, at);
      this.bytesWritten += outData;
      return S_OK;
    }
    if (type === T_FLUSH) return S_OK;
    if (type === T_GET_ID) {
      const id = new TextEncoder().encode(DEVICE_ID_STRING).subarray(0, Math.min(20, inData));
      return copyToGuest(this.dma, writable, 0, id) ? S_OK : S_IOERR;
    }
    return S_UNSUPP;
  }

  /** Byte offset of [sector, +len) when it lies inside the disk and len is whole sectors (§5.2.6.1). */
  private diskRange(sector: number, len: number): number | undefined {
    const at = sector * SECTOR;
    if (len < 0 || len % SECTOR !== 0 || !Number.isSafeInteger(at) || at + len > this.disk!.length) return undefined;
    return at;
  }

  save(): DeviceState {
    return {
      status: this.status, deviceFeaturesSel: this.deviceFeaturesSel, driverFeaturesSel: this.driverFeaturesSel,
      driverFeatures: [...this.driverFeatures], queueSel: this.queueSel, queueNum: this.queueNum, queueReady: this.queueReady,
      queueAddr: [...this.queueAddr], lastAvail: this.lastAvail, usedIdx: this.usedIdx, interruptStatus: this.interruptStatus,
      disk: this.disk !== undefined && !this.readOnly ? toBase64(this.disk) : null,
    };
  }

  restore(state: unknown): void {
    const s = expectObject(state, this.name);
    const n = this.name;
    const u32 = (f: string) => expectInt(s, f, 0, 0xffffffff, n);
    const status = expectInt(s, 'status', 0, 0xff, n);
    const deviceFeaturesSel = u32('deviceFeaturesSel');
    const driverFeaturesSel = u32('driverFeaturesSel');
    const driverFeatures = expectIntArray(s, 'driverFeatures', 2, 0, 0xffffffff, n);
    const queueSel = u32('queueSel');
    const queueNum = u32('queueNum');
    const queueReady = expectBool(s, 'queueReady', n);
    const queueAddr = expectIntArray(s, 'queueAddr', 6, 0, 0xffffffff, n);
    const lastAvail = expectInt(s, 'lastAvail', 0, 0xffff, n);
    const usedIdx = expectInt(s, 'usedIdx', 0, 0xffff, n);
    const interruptStatus = expectInt(s, 'interruptStatus', 0, INT_USED | INT_CONFIG, n);
    const disk = this.disk !== undefined && !this.readOnly ? expectBytes(s, 'disk', this.disk.length, n) : undefined;
    if (disk !== undefined && disk.length !== this.disk!.length) throw new SnapshotError(`${n}: field disk must hold ${this.disk!.length} bytes`);
    // every field validated: now replace the state
    this.status = status;
    this.deviceFeaturesSel = deviceFeaturesSel;
    this.driverFeaturesSel = driverFeaturesSel;
    this.driverFeatures = [driverFeatures[0]!, driverFeatures[1]!];
    this.queueSel = queueSel;
    this.queueNum = queueNum;
    this.queueAddr = [...queueAddr];
    this.queueReady = queueReady && this.layout() !== undefined;
    if (queueReady && !this.queueReady) this.status |= STATUS_NEEDS_RESET; // a ready queue with an impossible layout
    this.lastAvail = lastAvail;
    this.usedIdx = usedIdx;
    this.interruptStatus = interruptStatus;
    if (disk !== undefined) this.disk!.set(disk);
    this.irq.set(this.interruptStatus !== 0);
  }
}

function addrSlot(offset: number): number {
  return ((offset - R.QueueDescLow) >>> 4) * 2 + ((offset >>> 2) & 1);
}

function total(segs: readonly Segment[]): number {
  let sum = 0;
  for (const s of segs) sum += s.len;
  return sum;
}
