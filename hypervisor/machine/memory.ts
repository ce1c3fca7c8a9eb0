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

/**
 * A RAM region of `size` bytes at `base`, backed by one ArrayBuffer (little-endian), with
 * word and byte views for the CPU's fast paths.
 *
 * `decoded` is a host-side cache, not architectural state: per aligned word, the instruction
 * table row + 1 the CPU decoded there (0 = not decoded). Every write path (CPU stores, DMA
 * through `store`, `loadImage`, snapshots) clears the entries it overwrites, so a cached row
 * always describes the word currently in memory. `codePages` marks pages holding translated
 * blocks (block tier); `onCodeWrite` is told when such a page is written.
 */
export class Ram implements Bus {
  // set once at construction
  readonly base: number;
  readonly size: number;
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
  readonly decoded: Uint8Array;
  readonly codePages: Uint8Array;
  onCodeWrite: (page: number) => void = () => {};
  private readonly view: DataView;

  constructor(size: number, base = RAM_BASE) {
    if (!Number.isInteger(size) || size <= 0 || size % 4096 !== 0 || base % 4096 !== 0 || base + size > 2 ** 32) {
      throw new RangeError(`RAM of ${size} bytes at 0x${base.toString(16)} must be whole 4 KiB pages inside 32 bits`);
    }
    this.base = base >>> 0;
    this.size = size;
    const buffer = new ArrayBuffer(size);
    this.bytes = new Uint8Array(buffer);
    this.words = new Int32Array(buffer);
    this.decoded = new Uint8Array(size >>> 2);
    this.codePages = new Uint8Array(size >>> 12);
    this.view = new DataView(buffer);
  }

  /** Forgets cached decodings of the bytes [off, off+width) (offsets into the region). */
  invalidate(off: number, width: number): void {
    this.decoded[off >>> 2] = 0;
    if (((off + width - 1) & ~3) !== (off & ~3)) this.decoded[(off + width - 1) >>> 2] = 0;
    const page = off >>> 12;
    if (this.codePages[page] !== 0) this.onCodeWrite(page);
    const last = (off + width - 1) >>> 12;
    if (last !== page && this.codePages[last] !== 0) this.onCodeWrite(last);
  }

  /** Forgets cached decodings of [off, off+length) after a bulk write (DMA). */
  invalidateRange(off: number, length: number): void {
    if (length <= 0) return;
    this.decoded.fill(0, off >>> 2, (off + length + 3) >>> 2);
    for (let p = off >>> 12; p <= (off + length - 1) >>> 12; p++) if (this.codePages[p] !== 0) this.onCodeWrite(p);
  }

  /** Forgets every cached decoding (after a bulk write such as a snapshot restore). */
  invalidateAll(): void {
    this.decoded.fill(0);
    for (let p = 0; p < this.codePages.length; p++) if (this.codePages[p] !== 0) this.onCodeWrite(p);
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
    this.invalidate(off, width);
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
    this.invalidateAll();
  }
}
