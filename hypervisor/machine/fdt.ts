// The flattened device tree (FDT, "DTB") the machine hands its harts at boot, as QEMU's virt
// board does: QEMU with `-bios none -kernel` starts every hart with a1 = the address of a DTB it
// placed near the end of RAM, and a guest kernel reads its RAM size and devices from it instead
// of assuming them. Format: Devicetree Specification v0.4, ch. 5 (header, structure block of
// tokens, strings block, all big-endian); node and property names as QEMU 7.2's
// hw/riscv/virt.c writes them for the devices this machine has (`dtc -I dtb` prints both alike).
//
// `buildFdt` serialises a tree; `virtDeviceTree` is the tree of this machine; `readFdt` parses
// a blob back (for tests and tools; it checks every offset, so a hostile blob only throws
// FdtError).

import { PLIC_SOURCES } from './devices/plic.ts';

export class FdtError extends Error {}

/** A property value: bytes, a string (NUL-terminated; `\0` inside separates a string list), or 32-bit cells. */
export type FdtValue = Uint8Array | string | readonly number[];

export interface FdtNode {
  readonly name: string;
  readonly props: readonly (readonly [string, FdtValue])[];
  readonly children: readonly FdtNode[];
}

const MAGIC = 0xd00dfeed;
const HEADER_BYTES = 40;
const VERSION = 17;
const LAST_COMP_VERSION = 16;
const BEGIN_NODE = 1;
const END_NODE = 2;
const PROP = 3;
const NOP = 4;
const END = 9;

/**
 * Where QEMU 7.2 puts the DTB (hw/riscv/boot.c riscv_load_fdt): 1 MiB below the end of RAM, or
 * below the address 3 GiB when RAM reaches past it, rounded down to 2 MiB; undefined if RAM is
 * too small.
 */
export function fdtAddress(ramBase: number, ramSize: number): number | undefined {
  const end = Math.min(ramBase + ramSize, 3 * 2 ** 30);
  const at = Math.floor((end - 2 ** 20) / 2 ** 21) * 2 ** 21;
  return at >= ramBase ? at : undefined;
}

/** Serialises `root` as an FDT blob (version 17, no memory reservations, boot cpu 0). */
export function buildFdt(root: FdtNode): Uint8Array {
  const struct: number[] = [];
  const strings: number[] = [];
  const stringOffsets = new Map<string, number>();
  const u32 = (out: number[], v: number): void => void out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  const pad = (out: number[]): void => {
    while (out.length % 4 !== 0) out.push(0);
  };
  const nameOffset = (name: string): number => {
    let off = stringOffsets.get(name);
    if (off === undefined) {
      off = strings.length;
      stringOffsets.set(name, off);
      strings.push(...new TextEncoder().encode(name), 0);
    }
    return off;
  };
  const emit = (node: FdtNode): void => {
    u32(struct, BEGIN_NODE);
    struct.push(...new TextEncoder().encode(node.name), 0);
    pad(struct);
    for (const [name, value] of node.props) {
      const bytes = encodeValue(value);
      u32(struct, PROP);
      u32(struct, bytes.length);
      u32(struct, nameOffset(name));
      struct.push(...bytes);
      pad(struct);
    }
    node.children.forEach(emit);
    u32(struct, END_NODE);
  };
  emit(root);
  u32(struct, END);
  const reservations = new Uint8Array(16); // one all-zero entry ends the (empty) list
  const offStruct = HEADER_BYTES + reservations.length;
  const offStrings = offStruct + struct.length;
  const total = offStrings + strings.length;
  const blob = new Uint8Array(total);
  const view = new DataView(blob.buffer);
  const header = [MAGIC, total, offStruct, offStrings, HEADER_BYTES, VERSION, LAST_COMP_VERSION, 0, strings.length, struct.length];
  header.forEach((v, i) => view.setUint32(4 * i, v >>> 0));
  blob.set(struct, offStruct);
  blob.set(strings, offStrings);
  return blob;
}

function encodeValue(value: FdtValue): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return new TextEncoder().encode(`${value}\0`);
  const out = new Uint8Array(4 * value.length);
  const view = new DataView(out.buffer);
  value.forEach((cell, i) => view.setUint32(4 * i, cell >>> 0));
  return out;
}

export interface VirtTreeOptions {
  readonly ramBase: number;
  readonly ramSize: number;
  readonly harts: number;
  /** mtime frequency in Hz (timebase-frequency). */
  readonly timebase: number;
  /** virtio-mmio transports: base of slot 0, slot count (one 4 KiB page each, PLIC sources 1..). */
  readonly virtioBase: number;
  readonly virtioSlots: number;
}

const node = (name: string, props: FdtNode['props'], children: readonly FdtNode[] = []): FdtNode => ({ name, props, children });
const hex = (n: number): string => n.toString(16);
/** A 64-bit address or size as two cells (#address-cells = #size-cells = 2). */
const cells64 = (n: number): number[] => [Math.floor(n / 2 ** 32), n >>> 0];

// phandles: CPU h's interrupt controller is INTC + h.
const PLIC_PHANDLE = 1;
const TEST_PHANDLE = 2;
const INTC_PHANDLE = 3;
/** The machine's PLIC and CLINT (QEMU virt memmap); UART on PLIC source 10. */
const PLIC = { base: 0x0c000000, size: 0x600000, sources: PLIC_SOURCES };
const CLINT = { base: 0x02000000, size: 0x10000 };
const UART = { base: 0x10000000, size: 0x100, irq: 10, clock: 3686400 };
const TEST = { base: 0x100000, size: 0x1000 };
// Local interrupt numbers (privileged spec table 3.6) the CLINT and PLIC drive per hart.
const IRQ_M_SOFT = 3;
const IRQ_M_TIMER = 7;
const IRQ_M_EXT = 11;
const IRQ_S_EXT = 9;

/** This machine's device tree, in QEMU virt's shape for the devices it has. */
export function virtDeviceTree(o: VirtTreeOptions): FdtNode {
  const harts = Array.from({ length: o.harts }, (_, h) => h);
  const cpus = node(
    'cpus',
    [['#address-cells', [1]], ['#size-cells', [0]], ['timebase-frequency', [o.timebase]]],
    harts.map((h) =>
      node(`cpu@${h}`, [
        ['phandle', [INTC_PHANDLE + o.harts + h]],
        ['device_type', 'cpu'],
        ['reg', [h]],
        ['status', 'okay'],
        ['compatible', 'riscv'],
        ['riscv,isa', 'rv32ima_zicsr_zifencei'],
        ['mmu-type', 'riscv,sv32'],
      ], [node('interrupt-controller', [['#interrupt-cells', [1]], ['interrupt-controller', new Uint8Array(0)], ['compatible', 'riscv,cpu-intc'], ['phandle', [INTC_PHANDLE + h]]])]),
    ),
  );
  const virtio = Array.from({ length: o.virtioSlots }, (_, i) => o.virtioSlots - 1 - i).map((slot) => {
    const base = o.virtioBase + slot * 0x1000;
    return node(`virtio_mmio@${hex(base)}`, [['interrupts', [1 + slot]], ['interrupt-parent', [PLIC_PHANDLE]], ['reg', [...cells64(base), ...cells64(0x1000)]], ['compatible', 'virtio,mmio']]);
  });
  const soc = node('soc', [['#address-cells', [2]], ['#size-cells', [2]], ['compatible', 'simple-bus'], ['ranges', new Uint8Array(0)]], [
    node(`serial@${hex(UART.base)}`, [['interrupts', [UART.irq]], ['interrupt-parent', [PLIC_PHANDLE]], ['clock-frequency', [UART.clock]], ['reg', [...cells64(UART.base), ...cells64(UART.size)]], ['compatible', 'ns16550a']]),
    node(`test@${hex(TEST.base)}`, [['phandle', [TEST_PHANDLE]], ['reg', [...cells64(TEST.base), ...cells64(TEST.size)]], ['compatible', 'sifive,test1\0sifive,test0\0syscon']]),
    ...virtio,
    node(`plic@${hex(PLIC.base)}`, [
      ['phandle', [PLIC_PHANDLE]],
      ['riscv,ndev', [PLIC.sources]],
      ['reg', [...cells64(PLIC.base), ...cells64(PLIC.size)]],
      ['interrupts-extended', harts.flatMap((h) => [INTC_PHANDLE + h, IRQ_M_EXT, INTC_PHANDLE + h, IRQ_S_EXT])],
      ['interrupt-controller', new Uint8Array(0)],
      ['compatible', 'sifive,plic-1.0.0\0riscv,plic0'],
      ['#address-cells', [0]],
      ['#interrupt-cells', [1]],
    ]),
    node(`clint@${hex(CLINT.base)}`, [
      ['interrupts-extended', harts.flatMap((h) => [INTC_PHANDLE + h, IRQ_M_SOFT, INTC_PHANDLE + h, IRQ_M_TIMER])],
      ['reg', [...cells64(CLINT.base), ...cells64(CLINT.size)]],
      ['compatible', 'sifive,clint0\0riscv,clint0'],
    ]),
  ]);
  return node('', [['#address-cells', [2]], ['#size-cells', [2]], ['compatible', 'riscv-virtio'], ['model', 'riscv-virtio,ringfence']], [
    node('chosen', [['stdout-path', `/soc/serial@${hex(UART.base)}`]]),
    node('poweroff', [['value', [0x5555]], ['offset', [0]], ['regmap', [TEST_PHANDLE]], ['compatible', 'syscon-poweroff']]),
    node('reboot', [['value', [0x7777]], ['offset', [0]], ['regmap', [TEST_PHANDLE]], ['compatible', 'syscon-reboot']]),
    node(`memory@${hex(o.ramBase)}`, [['device_type', 'memory'], ['reg', [...cells64(o.ramBase), ...cells64(o.ramSize)]]]),
    cpus,
    soc,
  ]);
}

/** A parsed node: properties as raw bytes. */
export interface FdtReadNode {
  readonly name: string;
  readonly props: Map<string, Uint8Array>;
  readonly children: FdtReadNode[];
}

/** Parses an FDT blob; throws FdtError naming the offset of the first thing wrong. */
export function readFdt(blob: Uint8Array): FdtReadNode {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const word = (at: number): number => {
    if (at < 0 || at + 4 > blob.length) throw new FdtError(`FDT truncated at offset ${at}`);
    return view.getUint32(at);
  };
  if (word(0) !== MAGIC) throw new FdtError('not an FDT (bad magic at offset 0)');
  const total = word(4);
  const offStruct = word(8);
  const offStrings = word(12);
  const version = word(20);
  const sizeStrings = word(32);
  if (total > blob.length) throw new FdtError(`FDT totalsize ${total} exceeds the ${blob.length} bytes given`);
  if (version < LAST_COMP_VERSION) throw new FdtError(`FDT version ${version} is older than 16`);
  if (offStrings + sizeStrings > total) throw new FdtError(`FDT strings block at ${offStrings} runs past totalsize`);
  const cstring = (at: number, limit: number): string => {
    let end = at;
    while (end < limit && blob[end] !== 0) end++;
    if (end >= limit) throw new FdtError(`unterminated name at offset ${at}`);
    return new TextDecoder().decode(blob.subarray(at, end));
  };
  let at = offStruct;
  const align = (n: number): number => (n + 3) & ~3;
  const stack: FdtReadNode[] = [];
  let root: FdtReadNode | undefined;
  for (;;) {
    const token = word(at);
    at += 4;
    if (token === BEGIN_NODE) {
      const name = cstring(at, total);
      at = align(at + name.length + 1);
      const n: FdtReadNode = { name, props: new Map(), children: [] };
      if (stack.length === 0) {
        if (root !== undefined) throw new FdtError(`second root node at offset ${at}`);
        root = n;
      } else stack[stack.length - 1]!.children.push(n);
      stack.push(n);
    } else if (token === PROP) {
      const len = word(at);
      const nameoff = word(at + 4);
      if (stack.length === 0) throw new FdtError(`property outside any node at offset ${at}`);
      if (at + 8 + len > total) throw new FdtError(`property at offset ${at} runs past totalsize`);
      const name = cstring(offStrings + nameoff, offStrings + sizeStrings);
      stack[stack.length - 1]!.props.set(name, blob.slice(at + 8, at + 8 + len));
      at = align(at + 8 + len);
    } else if (token === END_NODE) {
      if (stack.pop() === undefined) throw new FdtError(`unbalanced END_NODE at offset ${at - 4}`);
    } else if (token === END) {
      if (stack.length !== 0 || root === undefined) throw new FdtError(`FDT_END inside a node at offset ${at - 4}`);
      return root;
    } else if (token !== NOP) {
      throw new FdtError(`unknown token ${token} at offset ${at - 4}`);
    }
  }
}

/** A property's 32-bit cells. */
export function fdtCells(value: Uint8Array): number[] {
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  return Array.from({ length: value.length >>> 2 }, (_, i) => view.getUint32(4 * i));
}
