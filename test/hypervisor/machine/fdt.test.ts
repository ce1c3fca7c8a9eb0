// The device tree the machine hands its harts (hypervisor/machine/fdt.ts). The guest kernel
// takes its RAM size from this tree, so it has to be right and in QEMU's shape:
//  - round trip: readFdt(buildFdt(virtDeviceTree(o))) gives back every node and property byte
//    for byte (names, cells, NUL-separated string lists, empty properties), for 1, 2 and 8 harts
//    and several RAM sizes; the blob's header is checked field by field against the spec.
//  - fdtAddress gives the addresses QEMU 7.2 was seen to use (recorded from its reset vector).
//  - against QEMU (live whenever qemu-system-riscv32 is installed, which CI guarantees): its own
//    DTB (-machine dumpdtb=) for three -m/-smp settings and ours agree on every node Ringfence
//    models, with phandles resolved (their numbers differ), and its reset vector holds the
//    address fdtAddress predicts for a range of -m sizes.
//  - hostile input: readFdt on random bytes, every truncation and random corruptions of a valid
//    blob returns a tree or throws FdtError, nothing else.
//  - the machine: loadElf writes exactly this tree at fdtAddress and starts every hart with
//    a0 = hartid, a1 = its address; an ELF segment over the spot wins and a1 = 0.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QEMU_SYSTEM, runQemu } from '../../../hypervisor/guest/conformance/fixture.ts';
import { parseElf } from '../../../hypervisor/machine/elf.ts';
import { buildFdt, fdtAddress, fdtCells, FdtError, readFdt, virtDeviceTree, type FdtNode, type FdtReadNode, type FdtValue, type VirtTreeOptions } from '../../../hypervisor/machine/fdt.ts';
import { VirtMachine } from '../../../hypervisor/machine/virt.ts';
import { writeElf } from './elf-writer.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const KERNEL_PATH = join(ROOT, 'hypervisor/guest/kernel/kernel.elf');
const KERNEL = parseElf(readFileSync(KERNEL_PATH), 'kernel.elf');
const RAM_BASE = 0x80000000;
const MiB = 2 ** 20;

/** The tree options of a VirtMachine with `memMiB` and `harts` (QEMU virt's values, written out so a change in the source shows). */
const machineTree = (memMiB: number, harts: number): VirtTreeOptions => ({
  ramBase: RAM_BASE, ramSize: memMiB * MiB, harts, timebase: 10_000_000, virtioBase: 0x10001000, virtioSlots: 8,
});

// ---- helpers: encode values independently of fdt.ts, walk parsed trees, resolve phandles ----

const be32 = (cells: readonly number[]): Uint8Array => {
  const out = new Uint8Array(4 * cells.length);
  cells.forEach((c, i) => new DataView(out.buffer).setUint32(4 * i, c >>> 0));
  return out;
};
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const encode = (v: FdtValue): Uint8Array => (v instanceof Uint8Array ? v : typeof v === 'string' ? latin1(`${v}\0`) : be32(v));

/** What readFdt should return for `n`: every property as its bytes, order of children kept. */
const expected = (n: FdtNode): FdtReadNode => ({
  name: n.name,
  props: new Map(n.props.map(([k, v]) => [k, encode(v)])),
  children: n.children.map(expected),
});

/** The node at a path like '/soc/plic@c000000' ('/' is the root); throws naming the missing part. */
function at(root: FdtReadNode, path: string): FdtReadNode {
  let n = root;
  for (const part of path.split('/').filter((p) => p !== '')) {
    const next = n.children.find((c) => c.name === part);
    if (next === undefined) throw new Error(`no node ${part} under ${n.name || '/'} (looking for ${path})`);
    n = next;
  }
  return n;
}
function prop(n: FdtReadNode, name: string): Uint8Array {
  const v = n.props.get(name);
  if (v === undefined) throw new Error(`node ${n.name || '/'} has no property ${name}`);
  return v;
}
const cells = (n: FdtReadNode, name: string): number[] => fdtCells(prop(n, name));
/** A string property as its raw text, NULs included ("a\0b\0"), so lists compare whole. */
const text = (n: FdtReadNode, name: string): string => String.fromCharCode(...prop(n, name));

/** Every node by phandle, with its parent (an interrupt controller's parent is its cpu). */
function phandles(root: FdtReadNode): Map<number, { node: FdtReadNode; parent: FdtReadNode | undefined }> {
  const out = new Map<number, { node: FdtReadNode; parent: FdtReadNode | undefined }>();
  const walk = (node: FdtReadNode, parent: FdtReadNode | undefined): void => {
    const ph = node.props.get('phandle');
    if (ph !== undefined) out.set(fdtCells(ph)[0]!, { node, parent });
    node.children.forEach((c) => walk(c, node));
  };
  walk(root, undefined);
  return out;
}

/** interrupts-extended (#interrupt-cells = 1 on every cpu intc) as (cpu reg, irq) pairs. */
function cpuIrqPairs(root: FdtReadNode, n: FdtReadNode): [number, number][] {
  const byHandle = phandles(root);
  const raw = cells(n, 'interrupts-extended');
  const pairs: [number, number][] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const target = byHandle.get(raw[i]!);
    if (target === undefined || target.parent === undefined) throw new Error(`phandle ${raw[i]} in ${n.name} resolves to no node`);
    expect(text(target.node, 'compatible')).toBe('riscv,cpu-intc\0');
    pairs.push([cells(target.parent, 'reg')[0]!, raw[i + 1]!]);
  }
  return pairs;
}

/** The node a single-phandle property (regmap, interrupt-parent) points at, by name. */
function pointee(root: FdtReadNode, n: FdtReadNode, name: string): string {
  const target = phandles(root).get(cells(n, name)[0]!);
  if (target === undefined) throw new Error(`${n.name}.${name} resolves to no node`);
  return target.node.name;
}

// ---- round trip and header ----

describe('buildFdt / readFdt round trip', () => {
  const cases = [
    { harts: 1, memMiB: 8 },
    { harts: 1, memMiB: 128 },
    { harts: 2, memMiB: 64 },
    { harts: 2, memMiB: 1024 },
    { harts: 8, memMiB: 256 },
    { harts: 8, memMiB: 2047 },
  ];

  it.each(cases)('$harts harts, $memMiB MiB: every node and property comes back byte for byte', ({ harts, memMiB }) => {
    const tree = virtDeviceTree(machineTree(memMiB, harts));
    expect(readFdt(buildFdt(tree))).toEqual(expected(tree));
  });

  it.each(cases)('$harts harts, $memMiB MiB: the values the guest reads are the machine\'s', ({ harts, memMiB }) => {
    const root = readFdt(buildFdt(virtDeviceTree(machineTree(memMiB, harts))));
    expect(cells(at(root, '/memory@80000000'), 'reg')).toEqual([0, RAM_BASE, Math.floor((memMiB * MiB) / 2 ** 32), (memMiB * MiB) >>> 0]);
    expect(text(at(root, '/memory@80000000'), 'device_type')).toBe('memory\0');
    expect(at(root, '/cpus').children.map((c) => c.name)).toEqual(Array.from({ length: harts }, (_, h) => `cpu@${h}`));
    expect(at(root, '/cpus').children.map((c) => cells(c, 'reg'))).toEqual(Array.from({ length: harts }, (_, h) => [h]));
    expect(cells(at(root, '/cpus'), 'timebase-frequency')).toEqual([10_000_000]);
    // string lists: NUL separators inside, one NUL at the end
    expect(text(at(root, '/soc/test@100000'), 'compatible')).toBe('sifive,test1\0sifive,test0\0syscon\0');
    expect(text(at(root, '/soc/plic@c000000'), 'compatible')).toBe('sifive,plic-1.0.0\0riscv,plic0\0');
    // empty properties stay empty (not dropped, not a lone NUL)
    expect(prop(at(root, '/soc/plic@c000000'), 'interrupt-controller')).toEqual(new Uint8Array(0));
    expect(prop(at(root, '/soc'), 'ranges')).toEqual(new Uint8Array(0));
    expect(prop(at(root, '/cpus/cpu@0/interrupt-controller'), 'interrupt-controller')).toEqual(new Uint8Array(0));
    // every hart's M and S external lines go to the PLIC, its M soft and timer lines to the CLINT
    const soc = '/soc';
    expect(cpuIrqPairs(root, at(root, `${soc}/plic@c000000`))).toEqual(Array.from({ length: harts }, (_, h) => [[h, 11], [h, 9]]).flat());
    expect(cpuIrqPairs(root, at(root, `${soc}/clint@2000000`))).toEqual(Array.from({ length: harts }, (_, h) => [[h, 3], [h, 7]]).flat());
    expect(pointee(root, at(root, '/poweroff'), 'regmap')).toBe('test@100000');
  });

  it('the header follows the spec: magic, sizes, offsets, version 17/16, empty reservation map, strings shared', () => {
    const blob = buildFdt(virtDeviceTree(machineTree(128, 2)));
    const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    const h = Array.from({ length: 10 }, (_, i) => v.getUint32(4 * i));
    const [magic, total, offStruct, offStrings, offRsv, version, lastComp, bootCpu, sizeStrings, sizeStruct] = h;
    expect(magic).toBe(0xd00dfeed);
    expect(total).toBe(blob.length);
    expect(version).toBe(17);
    expect(lastComp).toBe(16);
    expect(bootCpu).toBe(0);
    expect(offRsv).toBe(40);
    expect(Array.from(blob.subarray(offRsv!, offRsv! + 16))).toEqual(new Array(16).fill(0)); // the terminating entry
    expect(offStruct).toBe(56);
    expect(offStruct! % 4).toBe(0);
    expect(offStrings).toBe(offStruct! + sizeStruct!);
    expect(offStrings! + sizeStrings!).toBe(total);
    expect(v.getUint32(offStruct! + sizeStruct! - 4)).toBe(9); // FDT_END closes the structure block
    // each property name appears once in the strings block
    const names = String.fromCharCode(...blob.subarray(offStrings!, offStrings! + sizeStrings!)).split('\0').slice(0, -1);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('interrupts-extended');
  });

  it('readFdt skips NOP tokens and accepts a blob with slack after totalsize', () => {
    const tree: FdtNode = { name: '', props: [['a', [1, 2]], ['s', 'x\0y'], ['e', new Uint8Array(0)]], children: [{ name: 'n@1', props: [['b', new Uint8Array([7, 8, 9])]], children: [] }] };
    const blob = buildFdt(tree);
    const offStruct = new DataView(blob.buffer).getUint32(8);
    // insert FDT_NOP right after the root's BEGIN_NODE + empty name (8 bytes in)
    const withNop = new Uint8Array(blob.length + 4 + 16);
    withNop.set(blob.subarray(0, offStruct + 8));
    new DataView(withNop.buffer).setUint32(offStruct + 8, 4);
    withNop.set(blob.subarray(offStruct + 8), offStruct + 12);
    const dv = new DataView(withNop.buffer);
    for (const field of [4, 12]) dv.setUint32(field, dv.getUint32(field) + 4); // totalsize, off_dt_strings
    dv.setUint32(36, dv.getUint32(36) + 4); // size_dt_struct
    expect(readFdt(withNop)).toEqual(expected(tree));
  });
});

describe('fdtAddress', () => {
  // Read from QEMU 7.2's reset vector (the fdt_laddr word at 0x1020) with
  // `-M virt -bios none -m <size> -S -monitor stdio` and `xp /10wx 0x1000`.
  // QEMU caps the spot at the 3 GiB *address* (0xc0000000), not 3 GiB into RAM, so every -m
  // above 1 GiB gives 0xbfe00000.
  const QEMU_SEEN: [number, string][] = [[64, '83e00000'], [128, '87e00000'], [256, '8fe00000'], [1024, 'bfe00000'], [1536, 'bfe00000'], [2047, 'bfe00000']];

  it.each(QEMU_SEEN)('-m %iM: 0x%s as QEMU 7.2 puts it', (memMiB, want) => {
    expect(fdtAddress(RAM_BASE, memMiB * MiB)?.toString(16)).toBe(want);
  });

  it('is 2 MiB aligned, inside RAM with room for the tree, for every size 1..1024 MiB', () => {
    const blobBytes = buildFdt(virtDeviceTree(machineTree(1024, 8))).length;
    for (let memMiB = 1; memMiB <= 1024; memMiB++) {
      const a = fdtAddress(RAM_BASE, memMiB * MiB);
      if (a === undefined) throw new Error(`undefined for ${memMiB} MiB`);
      expect(a % (2 * MiB)).toBe(0);
      expect(a >= RAM_BASE && a + blobBytes <= RAM_BASE + memMiB * MiB).toBe(true);
    }
  });

  it('is undefined when RAM is smaller than the 1 MiB it keeps below the end', () => {
    expect(fdtAddress(RAM_BASE, 4096)).toBeUndefined();
    expect(fdtAddress(RAM_BASE, MiB - 4096)).toBeUndefined();
    expect(fdtAddress(RAM_BASE, MiB)).toBe(RAM_BASE);
  });
});

// ---- against QEMU's own tree ----

describe.skipIf(QEMU_SYSTEM === undefined && !process.env.CI)('the tree matches QEMU 7.2 virt for the nodes Ringfence models', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rf-fdt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function qemuTree(memMiB: number, harts: number): FdtReadNode {
    const file = join(dir, `virt-${memMiB}-${harts}.dtb`);
    const run = runQemu(['-M', 'virt', '-m', `${memMiB}M`, '-smp', String(harts), '-bios', 'none', '-display', 'none', '-machine', `dumpdtb=${file}`], dir);
    expect(run.status).toBe(0);
    return readFdt(new Uint8Array(readFileSync(file)));
  }

  const SETTINGS = [{ memMiB: 64, harts: 1 }, { memMiB: 128, harts: 2 }, { memMiB: 256, harts: 4 }];

  describe.each(SETTINGS)('-m $memMiB M -smp $harts', ({ memMiB, harts }) => {
    // in beforeAll, not the describe body: a skipped suite's body still runs at collection
    let q: FdtReadNode;
    let r: FdtReadNode;
    beforeAll(() => {
      q = qemuTree(memMiB, harts);
      r = readFdt(buildFdt(virtDeviceTree(machineTree(memMiB, harts))));
    });
    /** The same properties of the node at `path`, in both trees. */
    const same = (path: string, names: string[], as: (n: FdtReadNode, p: string) => unknown = (n, p) => Array.from(prop(n, p))): void => {
      for (const name of names) expect({ path, name, value: as(at(r, path), name) }).toEqual({ path, name, value: as(at(q, path), name) });
    };

    it('root and memory', () => {
      same('/', ['#address-cells', '#size-cells'], cells);
      same('/', ['compatible'], text);
      same('/memory@80000000', ['device_type'], text);
      same('/memory@80000000', ['reg'], cells);
    });

    it('cpus: timebase, cpu@N nodes and their interrupt controllers', () => {
      same('/cpus', ['#address-cells', '#size-cells', 'timebase-frequency'], cells);
      // QEMU also has a cpu-map node; the cpu@ nodes must be the same set.
      const cpuNames = (t: FdtReadNode): string[] => at(t, '/cpus').children.map((c) => c.name).filter((n) => n.startsWith('cpu@')).sort();
      expect(cpuNames(r)).toEqual(cpuNames(q));
      expect(cpuNames(r)).toHaveLength(harts);
      for (const cpu of cpuNames(q)) {
        same(`/cpus/${cpu}`, ['reg'], cells);
        // riscv,isa is not compared: QEMU's default CPU advertises extensions this machine does
        // not implement (f, d, c, h, zb*, sstc...); ours lists what the interpreter executes.
        same(`/cpus/${cpu}`, ['device_type', 'status', 'mmu-type', 'compatible'], text);
        same(`/cpus/${cpu}/interrupt-controller`, ['compatible'], text);
        same(`/cpus/${cpu}/interrupt-controller`, ['#interrupt-cells'], cells);
        same(`/cpus/${cpu}/interrupt-controller`, ['interrupt-controller']);
      }
    });

    it('chosen stdout-path', () => {
      same('/chosen', ['stdout-path'], text);
    });

    it('soc: serial, test finisher', () => {
      same('/soc', ['#address-cells', '#size-cells'], cells);
      same('/soc', ['compatible'], text);
      same('/soc/serial@10000000', ['reg', 'interrupts', 'clock-frequency'], cells);
      same('/soc/serial@10000000', ['compatible'], text);
      expect(pointee(r, at(r, '/soc/serial@10000000'), 'interrupt-parent')).toBe(pointee(q, at(q, '/soc/serial@10000000'), 'interrupt-parent'));
      same('/soc/test@100000', ['reg'], cells);
      same('/soc/test@100000', ['compatible'], text);
    });

    it('soc: the same virtio_mmio@ nodes with the same reg, interrupts and compatible', () => {
      const virtio = (t: FdtReadNode): string[] => at(t, '/soc').children.map((c) => c.name).filter((n) => n.startsWith('virtio_mmio@'));
      expect(virtio(r)).toEqual(virtio(q)); // same set, and in QEMU's (descending) order
      expect(virtio(r)).toHaveLength(8);
      for (const name of virtio(q)) {
        same(`/soc/${name}`, ['reg', 'interrupts'], cells);
        same(`/soc/${name}`, ['compatible'], text);
        expect(pointee(r, at(r, `/soc/${name}`), 'interrupt-parent')).toBe('plic@c000000');
        expect(pointee(q, at(q, `/soc/${name}`), 'interrupt-parent')).toBe('plic@c000000');
      }
    });

    it('soc: PLIC reg, riscv,ndev, compatible and its per-hart contexts', () => {
      same('/soc/plic@c000000', ['reg', 'riscv,ndev', '#interrupt-cells', '#address-cells'], cells);
      same('/soc/plic@c000000', ['compatible'], text);
      same('/soc/plic@c000000', ['interrupt-controller']);
      expect(cpuIrqPairs(r, at(r, '/soc/plic@c000000'))).toEqual(cpuIrqPairs(q, at(q, '/soc/plic@c000000')));
    });

    it('soc: CLINT reg, compatible and its per-hart lines', () => {
      same('/soc/clint@2000000', ['reg'], cells);
      same('/soc/clint@2000000', ['compatible'], text);
      expect(cpuIrqPairs(r, at(r, '/soc/clint@2000000'))).toEqual(cpuIrqPairs(q, at(q, '/soc/clint@2000000')));
    });

    it('poweroff and reboot: value, offset, compatible, regmap -> test@100000', () => {
      for (const path of ['/poweroff', '/reboot']) {
        same(path, ['value', 'offset'], cells);
        same(path, ['compatible'], text);
        expect(pointee(r, at(r, path), 'regmap')).toBe('test@100000');
        expect(pointee(q, at(q, path), 'regmap')).toBe('test@100000');
      }
    });
  });

  it('fdtAddress is the fdt_laddr word of QEMU\'s reset vector for -m 8M..2047M', () => {
    const sizes = [8, 9, 64, 65, 128, 1023, 1024, 1025, 1536, 2047];
    const qemu = sizes.map((memMiB) => {
      // -S: stop before the first instruction; the monitor dumps the reset ROM, word 8 = fdt_laddr
      const r = spawnSync(QEMU_SYSTEM!, ['-M', 'virt', '-bios', 'none', '-m', `${memMiB}M`, '-smp', '1', '-display', 'none', '-S', '-monitor', 'stdio', '-serial', 'none', '-kernel', KERNEL_PATH],
        { input: 'xp /10wx 0x1000\nquit\n', encoding: 'latin1', timeout: 30_000 });
      const word = /0000000000001020: (0x[0-9a-f]{8})/.exec(r.stdout)?.[1];
      return `${memMiB}M: ${word === undefined ? `no reset vector in ${JSON.stringify(r.stdout)}` : Number(word).toString(16)}`;
    });
    expect(sizes.map((memMiB) => `${memMiB}M: ${fdtAddress(RAM_BASE, memMiB * MiB)?.toString(16)}`)).toEqual(qemu);
  });
});

// ---- hostile blobs ----

/** 'tree' or 'FdtError'; any other exception escapes and fails the test. */
function outcome(blob: Uint8Array): 'tree' | 'FdtError' {
  try {
    readFdt(blob);
    return 'tree';
  } catch (e) {
    if (e instanceof FdtError) return 'FdtError';
    throw e;
  }
}

describe('readFdt on hostile bytes only ever returns a tree or throws FdtError', () => {
  const valid = buildFdt(virtDeviceTree(machineTree(64, 2)));

  it('random bytes, and random bytes behind a valid magic and header', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
      expect(outcome(bytes)).toBe(bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0x0d && bytes[2] === 0xfe && bytes[3] === 0xed ? outcome(bytes) : 'FdtError');
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ minLength: 0, maxLength: 512 }), (tail) => {
      const blob = new Uint8Array(40 + tail.length);
      blob.set(valid.subarray(0, 40));
      blob.set(tail, 40);
      new DataView(blob.buffer).setUint32(4, blob.length); // totalsize fits, the rest is noise
      outcome(blob);
    }), { numRuns: 300 });
  });

  it('every truncation of a valid blob throws FdtError (totalsize no longer fits); the whole blob parses', () => {
    for (let len = 0; len < valid.length; len++) expect({ len, got: outcome(valid.subarray(0, len)) }).toEqual({ len, got: 'FdtError' });
    expect(outcome(valid)).toBe('tree');
  });

  it('truncations with totalsize patched to fit still end in a tree or FdtError', () => {
    for (let len = 40; len < valid.length; len++) {
      const blob = valid.slice(0, len);
      new DataView(blob.buffer).setUint32(4, len);
      outcome(blob);
    }
  });

  it('random single-byte corruptions of a valid blob', () => {
    fc.assert(fc.property(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 }), (index, byte) => {
      const blob = valid.slice();
      blob[index] = byte;
      outcome(blob);
    }), { numRuns: 1000 });
  });

  it('random 32-bit words written over header fields and tokens', () => {
    fc.assert(fc.property(fc.nat({ max: (valid.length >>> 2) - 1 }), fc.nat({ max: 0xffffffff }), (word, value) => {
      const blob = valid.slice();
      new DataView(blob.buffer).setUint32(4 * word, value);
      outcome(blob);
    }), { numRuns: 1000 });
  });
});

// ---- the machine places the tree and starts the harts on it ----

const ramAt = (m: VirtMachine, addr: number, len: number): Uint8Array => m.ram.bytes.subarray(addr - m.ram.base, addr - m.ram.base + len);

describe('VirtMachine.loadElf hands every hart the tree', () => {
  it.each([
    { memMiB: 8, harts: 1 },
    { memMiB: 64, harts: 2 },
    { memMiB: 128, harts: 1 },
    { memMiB: 256, harts: 4 },
    { memMiB: 1024, harts: 8 },
  ])('$memMiB MiB, $harts harts: RAM at fdtAddress holds buildFdt(virtDeviceTree(..)); a0 = hartid, a1 = its address', ({ memMiB, harts }) => {
    const m = VirtMachine.create({ memMiB, harts });
    m.loadElf(KERNEL);
    const addr = fdtAddress(RAM_BASE, memMiB * MiB)!;
    const blob = buildFdt(virtDeviceTree(machineTree(memMiB, harts)));
    expect(Buffer.from(ramAt(m, addr, blob.length)).equals(Buffer.from(blob))).toBe(true);
    // the guest finds its RAM size there
    expect(cells(at(readFdt(ramAt(m, addr, blob.length).slice()), '/memory@80000000'), 'reg')).toEqual([0, RAM_BASE, 0, memMiB * MiB]);
    expect(m.harts.map((cpu) => [cpu.hartId, cpu.x[10], cpu.x[11]! >>> 0])).toEqual(Array.from({ length: harts }, (_, h) => [h, h, addr]));
  });

  const NOP_LOOP = new Uint8Array([0x13, 0, 0, 0, 0x6f, 0, 0, 0]); // addi x0,x0,0; j .
  const MEM = 16; // fdtAddress = 0x80e00000
  const spot = (): number => fdtAddress(RAM_BASE, MEM * MiB)!;
  const load = (segments: Parameters<typeof writeElf>[0]['segments']): VirtMachine => {
    const m = VirtMachine.create({ memMiB: MEM, harts: 2 });
    m.loadElf(parseElf(writeElf({ entry: RAM_BASE, segments }), 'spot.elf'));
    return m;
  };

  it('a segment with data over the spot wins: RAM there is the ELF\'s and a1 = 0', () => {
    expect(spot()).toBe(0x80e00000);
    const data = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 1) & 0xff);
    const m = load([{ vaddr: RAM_BASE, data: NOP_LOOP }, { vaddr: spot() - 32, data, flags: 6 }]);
    expect(Array.from(ramAt(m, spot() - 32, 64))).toEqual(Array.from(data));
    expect(Array.from(ramAt(m, spot() + 32, 64))).toEqual(new Array(64).fill(0)); // no tree bytes past the segment either
    expect(m.harts.map((cpu) => [cpu.x[10], cpu.x[11]])).toEqual([[0, 0], [1, 0]]);
  });

  it('a zero-filled (bss) tail over the spot wins too', () => {
    const m = load([{ vaddr: RAM_BASE, data: NOP_LOOP }, { vaddr: spot() - 0x1000, data: new Uint8Array(16).fill(0xaa), memsz: 0x2000, flags: 6 }]);
    expect(Array.from(ramAt(m, spot(), 0x1000))).toEqual(new Array(0x1000).fill(0));
    expect(m.harts.map((cpu) => cpu.x[11])).toEqual([0, 0]);
  });

  it('a segment ending right at the spot does not overlap: the tree is placed', () => {
    const data = new Uint8Array(0x1000).fill(0x55);
    const m = load([{ vaddr: RAM_BASE, data: NOP_LOOP }, { vaddr: spot() - 0x1000, data, flags: 6 }]);
    const blob = buildFdt(virtDeviceTree(machineTree(MEM, 2)));
    expect(Buffer.from(ramAt(m, spot(), blob.length)).equals(Buffer.from(blob))).toBe(true);
    expect(Array.from(ramAt(m, spot() - 0x1000, 0x1000))).toEqual(Array.from(data));
    expect(m.harts.map((cpu) => cpu.x[11]! >>> 0)).toEqual([spot(), spot()]);
  });
});
