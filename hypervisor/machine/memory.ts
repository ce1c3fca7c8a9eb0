// The physical-address bus the CPU loads and stores through, and the RAM region at
// 0x80000000 (QEMU virt). Accesses outside every region return a typed BusFault, which the
// CPU turns into an access-fault trap; nothing here throws for a guest address.

/** Access width in bytes. */
export type Width = 1 | 2 | 4;

/** No device or memory answers at this physical address (becomes an access fault). */
export interface BusFault {
  readonly kind: 'bus-fault';
}
export const BUS_FAULT: BusFault = Object.freeze({ kind: 'bus-fault' });

export function isFault(v: number | BusFault): v is BusFault {
  return typeof v !== 'number';
}

/** Physical memory as the CPU sees it. Addresses are unsigned 32-bit; values are unsigned. */
export interface Bus {
  /** The zero-extended value of `width` little-endian bytes at `addr`, or a fault. */
  load(addr: number, width: Width): number | BusFault;
  /** Stores the low `width` bytes of `value` at `addr`; undefined on success. */
  store(addr: number, width: Width, value: number): BusFault | undefined;
}

/** QEMU virt's RAM base. */
export const RAM_BASE = 0x80000000;

/** A RAM region of `size` bytes at `base`, backed by one Uint8Array (little-endian). */
export class Ram implements Bus {
  // set once at construction
  readonly base: number;
  readonly size: number;
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  constructor(size: number, base = RAM_BASE) {
    if (!Number.isInteger(size) || size <= 0 || base + size > 2 ** 32) {
      throw new RangeError(`RAM of ${size} bytes at 0x${base.toString(16)} does not fit in 32 bits`);
    }
    this.base = base >>> 0;
    this.size = size;
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  /** Offset of [addr, addr+width) inside the region, or -1 when any byte lies outside. */
  private offset(addr: number, width: Width): number {
    const off = (addr >>> 0) - this.base;
    return off >= 0 && off + width <= this.size ? off : -1;
  }

  load(addr: number, width: Width): number | BusFault {
    const off = this.offset(addr, width);
    if (off < 0) return BUS_FAULT;
    if (width === 4) return this.view.getUint32(off, true);
    if (width === 2) return this.view.getUint16(off, true);
    return this.bytes[off]!;
  }

  store(addr: number, width: Width, value: number): BusFault | undefined {
    const off = this.offset(addr, width);
    if (off < 0) return BUS_FAULT;
    if (width === 4) this.view.setUint32(off, value >>> 0, true);
    else if (width === 2) this.view.setUint16(off, value & 0xffff, true);
    else this.bytes[off] = value & 0xff;
    return undefined;
  }

  /** Copies an image (e.g. an assembled program) to physical address `addr` (host side). */
  loadImage(image: Uint8Array, addr = this.base): void {
    const off = (addr >>> 0) - this.base;
    if (off < 0 || off + image.length > this.size) {
      throw new RangeError(`image of ${image.length} bytes at 0x${(addr >>> 0).toString(16)} is outside RAM`);
    }
    this.bytes.set(image, off);
  }
}
