// The ELF loader against GNU readelf on real executables built by riscv64-unknown-elf-gcc, its
// refusals (one line naming the file) for files the machine cannot run, and its totality on
// hostile bytes. With the cross tools installed the comparison is live (fresh builds, fresh
// readelf output); without them, against the recorded fixtures (fixtures/elf-*.elf and the
// `readelf -W -lhs` text recorded beside them). RF_UPDATE_FIXTURES=1 re-records them.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFits, ElfError, parseElf, type ElfImage } from '../../../hypervisor/machine/elf.ts';
import { writeElf, type WriterOptions } from './elf-writer.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const GUEST = fileURLToPath(new URL('../../../hypervisor/guest/', import.meta.url));
const RAM_BASE = 0x80000000;
const RAM_128M = 128 << 20;
const CC = 'riscv64-unknown-elf-gcc';
const READELF = 'riscv64-unknown-elf-readelf';
const RV32 = ['-march=rv32ima_zicsr_zifencei', '-mabi=ilp32'];
const LINK = ['-nostdlib', '-nostartfiles', '-static', '-Wl,--build-id=none', '-Wl,--no-warn-rwx-segments'];

function onPath(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const haveGcc = onPath(CC) && onPath(READELF);
const work = mkdtempSync(join(tmpdir(), 'rf-elf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Compiles and links in two steps (stable STT_FILE names, see docs/machine-toolchain.md). */
function gcc(out: string, source: string, compile: string[], link: string[]): string {
  const obj = join(work, `${out}.o`);
  const elf = join(work, out);
  execFileSync(CC, [...compile, '-O2', '-ffreestanding', '-c', '-o', obj, source], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync(CC, [...compile, ...LINK, ...link, '-o', elf, obj], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  return elf;
}

/** The two real executables: bare-metal hello (RAM, one segment) and a user program at 0x10000 (text + data/bss). */
const builders: Record<string, () => string> = {
  hello: () => gcc('hello.elf', join(GUEST, 'bare/hello.S'), [...RV32, '-mcmodel=medany'], ['-T', join(GUEST, 'bare/link.ld')]),
  user: () => gcc('user.elf', join(FIXTURES, 'elf-user.c'), RV32, []),
};

function readelf(path: string): string {
  return execFileSync(READELF, ['-W', '-lhs', path], { encoding: 'utf8' });
}

// --- readelf's view, parsed from its text ---------------------------------------------------

interface ReadelfView {
  entry: number;
  loads: { index: number; offset: number; vaddr: number; paddr: number; filesz: number; memsz: number; flags: number }[];
  symbols: Map<number, string>;
}

function parseReadelf(text: string): ReadelfView {
  const entry = Number(/Entry point address:\s+(0x[0-9a-f]+)/.exec(text)![1]);
  const headers = text.slice(text.indexOf('Program Headers:'), text.indexOf('Section to Segment'));
  const rows = headers.split('\n').filter((l) => /^\s+[A-Z_]+\s+0x/.test(l));
  const loads = rows.flatMap((line, index) => {
    const m = /^\s+(\S+)\s+(0x\S+)\s+(0x\S+)\s+(0x\S+)\s+(0x\S+)\s+(0x\S+)\s+([RWE ]{3})\s+0x\S+/.exec(line)!;
    if (m[1] !== 'LOAD') return [];
    const flg = m[7]!;
    const flags = (flg[0] === 'R' ? 4 : 0) | (flg[1] === 'W' ? 2 : 0) | (flg[2] === 'E' ? 1 : 0);
    const [offset, vaddr, paddr, filesz, memsz] = m.slice(2, 7).map(Number) as [number, number, number, number, number];
    return [{ index, offset, vaddr, paddr, filesz, memsz, flags }];
  });
  return { entry, loads, symbols: readelfSymbols(text) };
}

/** The symbols a trace should name, by the loader's documented rule, from readelf's table. */
function readelfSymbols(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const rank = new Map<number, number>();
  const symRow = /^\s+\d+: ([0-9a-f]{8})\s+\d+ (\w+)\s+(\w+)\s+\w+\s+(\w+) (.*)$/;
  for (const line of text.slice(text.indexOf('Symbol table')).split('\n')) {
    const m = symRow.exec(line);
    if (!m) continue;
    const [, value, type, bind, ndx, name] = m as unknown as [string, string, string, string, string, string];
    if (ndx === 'UND' || !['NOTYPE', 'OBJECT', 'FUNC'].includes(type) || !name || name.startsWith('$') || name.startsWith('.L')) continue;
    const r = (type === 'NOTYPE' ? 0 : 2) + (bind === 'GLOBAL' ? 1 : 0);
    const v = parseInt(value, 16);
    if ((rank.get(v) ?? -1) >= r) continue;
    out.set(v, name);
    rank.set(v, r);
  }
  return out;
}

function expectSameAsReadelf(image: ElfImage, bytes: Uint8Array, view: ReadelfView): void {
  expect(image.entry).toBe(view.entry);
  expect(image.segments.map((s) => ({ index: s.index, vaddr: s.vaddr, paddr: s.paddr, filesz: s.data.length, memsz: s.memsz, flags: s.flags }))).toEqual(
    view.loads.map(({ offset: _, ...rest }) => rest),
  );
  for (const [k, s] of image.segments.entries()) {
    const offset = view.loads[k]!.offset;
    expect(Buffer.from(s.data).equals(Buffer.from(bytes.subarray(offset, offset + s.data.length)))).toBe(true);
  }
  expect([...image.symbols].sort()).toEqual([...view.symbols].sort());
}

// --- tests ----------------------------------------------------------------------------------

describe('parseElf on real executables', () => {
  for (const name of Object.keys(builders)) {
    const fixture = join(FIXTURES, `elf-${name}.elf`);
    const recorded = join(FIXTURES, `elf-${name}.readelf.txt`);
    if (haveGcc && process.env['RF_UPDATE_FIXTURES'] === '1') {
      copyFileSync(builders[name]!(), fixture);
      writeFileSync(recorded, readelf(fixture).replaceAll(fixture, `elf-${name}.elf`));
    }

    it(`reads the recorded ${name} executable as readelf recorded it`, () => {
      const bytes = readFileSync(fixture);
      expectSameAsReadelf(parseElf(bytes, `elf-${name}.elf`), bytes, parseReadelf(readFileSync(recorded, 'utf8')));
    });

    if (haveGcc) {
      it(`reads a freshly built ${name} executable as readelf does (live, cross tools installed)`, () => {
        const path = builders[name]!();
        const bytes = readFileSync(path);
        expectSameAsReadelf(parseElf(bytes, path), bytes, parseReadelf(readelf(path)));
      });

      it(`the recorded ${name} readelf text is what readelf prints for the fixture (live)`, () => {
        expect(readelf(fixture).replaceAll(fixture, `elf-${name}.elf`)).toBe(readFileSync(recorded, 'utf8'));
      });
    }
  }

  it('keeps virtual and physical addresses apart (a writer-made file with p_vaddr != p_paddr)', () => {
    const elf = writeElf({
      entry: 0x1000,
      segments: [
        { vaddr: 0x1000, paddr: RAM_BASE, data: NOP },
        { vaddr: 0x2000, paddr: RAM_BASE + 0x1000, data: new Uint8Array([1, 2, 3]), memsz: 64, flags: 6 },
      ],
      symbols: new Map([['_start', 0x1000]]),
    });
    const image = parseElf(elf, 'w.elf');
    expect(image.segments.map((s) => [s.vaddr, s.paddr, s.data.length, s.memsz, s.flags])).toEqual([
      [0x1000, RAM_BASE, 8, 8, 5],
      [0x2000, RAM_BASE + 0x1000, 3, 64, 6],
    ]);
    if (haveGcc) {
      // The writer's output is a file GNU readelf reads the same way (live).
      const path = join(work, 'w.elf');
      writeFileSync(path, elf);
      expectSameAsReadelf(image, elf, parseReadelf(readelf(path)));
    }
  });

  it('names functions and data: _start at the entry, counter over __DATA_BEGIN__ at one address', () => {
    const image = parseElf(readFileSync(join(FIXTURES, 'elf-user.elf')), 'user.elf');
    expect(image.symbols.get(image.entry)).toBe('_start');
    expect([...image.symbols.values()]).toContain('counter');
    expect([...image.symbols.values()]).not.toContain('__DATA_BEGIN__');
    expect([...image.symbols.values()].some((n) => n.startsWith('$x'))).toBe(false);
  });

  it('hands segment bytes on as views into the file, never copies', () => {
    const bytes = readFileSync(join(FIXTURES, 'elf-hello.elf'));
    for (const s of parseElf(bytes, 'hello.elf').segments) expect(s.data.buffer).toBe(bytes.buffer);
  });
});

describe('checkFits', () => {
  it('accepts the bare-metal hello in 128 MiB of RAM at 0x80000000', () => {
    expect(() => checkFits(parseElf(readFileSync(join(FIXTURES, 'elf-hello.elf')), 'hello.elf'), RAM_BASE, RAM_128M)).not.toThrow();
  });

  it('refuses a user program linked at 0x10000, naming the segment and the RAM range', () => {
    const image = parseElf(readFileSync(join(FIXTURES, 'elf-user.elf')), 'user.elf');
    expect(() => checkFits(image, RAM_BASE, RAM_128M)).toThrow(new ElfError('user.elf: segment 1 at 0x00010000 (192 bytes) lies outside RAM 0x80000000..0x88000000'));
  });

  it('refuses a segment whose memory size runs past the end of RAM (bss larger than RAM)', () => {
    const elf = writeElf({ entry: RAM_BASE, segments: [{ vaddr: RAM_BASE, data: new Uint8Array(4), memsz: RAM_128M + 1, flags: 7 }] });
    expect(() => checkFits(parseElf(elf, 'big.elf'), RAM_BASE, RAM_128M)).toThrow(/^big\.elf: segment 0 at 0x80000000 \(134217729 bytes\) lies outside RAM/);
    expect(() => checkFits(parseElf(elf, 'big.elf'), RAM_BASE, RAM_128M * 2)).not.toThrow();
  });
});

/** The error message parseElf gives for `bytes`, or 'ok'. */
function refusal(bytes: Uint8Array, name = 'x.elf'): string {
  try {
    parseElf(bytes, name);
    return 'ok';
  } catch (e) {
    if (!(e instanceof ElfError)) throw e;
    return e.message;
  }
}

const NOP = new Uint8Array([0x13, 0, 0, 0, 0x6f, 0, 0, 0]); // addi x0,x0,0; j .
const minimal = (over: Partial<WriterOptions> = {}): Uint8Array => writeElf({ entry: RAM_BASE, segments: [{ vaddr: RAM_BASE, data: NOP }], ...over });

describe('parseElf refusals', () => {
  it('accepts the minimal writer-made executable', () => {
    expect(refusal(minimal())).toBe('ok');
  });

  it('a text file is not an ELF file', () => {
    expect(refusal(new TextEncoder().encode('#!/bin/sh\necho hi\n'), 'kernel.elf')).toBe('kernel.elf: not an ELF file');
    expect(refusal(new Uint8Array(0), 'empty.elf')).toBe('empty.elf: not an ELF file');
  });

  it('the host ELF64 executable /bin/true is refused as ELF64', () => {
    if (!existsSync('/bin/true')) return expect(refusal(minimal({ elfClass: 2 }))).toBe('x.elf: ELF64; the machine is RV32');
    expect(refusal(readFileSync('/bin/true'), 'true')).toBe('true: ELF64; the machine is RV32');
  });

  it('names the wrong machine, class, byte order and type', () => {
    expect(refusal(minimal({ machine: 62 }))).toBe('x.elf: machine x86-64 (62), expected RISC-V (243)');
    expect(refusal(minimal({ machine: 3 }))).toBe('x.elf: machine x86 (3), expected RISC-V (243)');
    expect(refusal(minimal({ elfClass: 2 }))).toBe('x.elf: ELF64; the machine is RV32');
    expect(refusal(minimal({ elfClass: 9 }))).toBe('x.elf: invalid ELF class 9');
    expect(refusal(minimal({ data: 2 }))).toBe('x.elf: big-endian ELF; the machine is little-endian');
    expect(refusal(minimal({ type: 3 }))).toBe('x.elf: type ET_DYN (3), expected an executable (ET_EXEC)');
    expect(refusal(minimal({ type: 1 }))).toBe('x.elf: type ET_REL (1), expected an executable (ET_EXEC)');
  });

  it('refuses RVC-flagged and hard-float executables (RISC-V psABI e_flags)', () => {
    expect(refusal(minimal({ flags: 0x1 }))).toBe('x.elf: compressed instructions (RVC) are not supported');
    expect(refusal(minimal({ flags: 0x2 }))).toBe('x.elf: single-float ABI; the machine has no FPU (build with -mabi=ilp32)');
    expect(refusal(minimal({ flags: 0x4 }))).toBe('x.elf: double-float ABI; the machine has no FPU (build with -mabi=ilp32)');
    expect(refusal(minimal({ flags: 0x8 }))).toBe('ok'); // RVE code runs on RV32I
  });

  if (haveGcc) {
    const asm = (): string => {
      const path = join(work, 'tiny.S');
      writeFileSync(path, '.globl _start\n_start: addi a0, a0, 1\n j _start\n');
      return path;
    };
    it('refuses what gcc builds for rv64, for rv32 with C, for ilp32f/ilp32d, and an object file (live)', () => {
      const build = (out: string, march: string, mabi: string) => readFileSync(gcc(out, asm(), [`-march=${march}`, `-mabi=${mabi}`], []));
      expect(refusal(build('rv64.elf', 'rv64imac', 'lp64'), 'rv64.elf')).toBe('rv64.elf: ELF64; the machine is RV32');
      expect(refusal(build('rvc.elf', 'rv32imac', 'ilp32'), 'rvc.elf')).toBe('rvc.elf: compressed instructions (RVC) are not supported');
      expect(refusal(build('f.elf', 'rv32imaf', 'ilp32f'), 'f.elf')).toBe('f.elf: single-float ABI; the machine has no FPU (build with -mabi=ilp32)');
      expect(refusal(build('d.elf', 'rv32imafd', 'ilp32d'), 'd.elf')).toBe('d.elf: double-float ABI; the machine has no FPU (build with -mabi=ilp32)');
      expect(refusal(build('ok.elf', 'rv32ima', 'ilp32'), 'ok.elf')).toBe('ok');
      expect(refusal(readFileSync(join(work, 'ok.elf.o')), 'ok.o')).toBe('ok.o: type ET_REL (1), expected an executable (ET_EXEC)');
    });
  }

  it('refuses truncated files and program headers past the end', () => {
    const good = minimal();
    expect(refusal(good.subarray(0, 10))).toBe('x.elf: truncated ELF identification');
    expect(refusal(good.subarray(0, 40))).toBe('x.elf: truncated ELF header');
    expect(refusal(good.subarray(0, 60))).toBe('x.elf: program headers (1 at offset 52) extend past the end of the file');
    expect(refusal(good.subarray(0, 0x1004))).toBe('x.elf: segment 0: file bytes 4096..4104 extend past the end of the file (4100 bytes)');
  });

  it('refuses inconsistent segments', () => {
    const seg = { vaddr: RAM_BASE, data: NOP };
    expect(refusal(minimal({ segments: [{ ...seg, memsz: 4 }] }))).toBe('x.elf: segment 0: file size 8 exceeds memory size 4');
    expect(refusal(minimal({ segments: [{ ...seg, align: 12 }] }))).toBe('x.elf: segment 0: alignment 12 is not a power of two');
    expect(refusal(minimal({ segments: [{ ...seg, vaddr: 0xfffffff8, memsz: 16 }], entry: 0xfffffff8 }))).toBe(
      'x.elf: segment 0 at 0xfffffff8 (16 bytes) wraps around the 32-bit address space',
    );
    expect(refusal(minimal({ segments: [seg, { vaddr: RAM_BASE + 4, data: NOP, align: 4, flags: 6 }] }))).toBe('x.elf: segments 0 and 1 overlap at 0x80000004');
    expect(refusal(minimal({ segments: [{ ...seg, type: 3 }] }))).toBe('x.elf: dynamically linked; only static executables run');
    expect(refusal(minimal({ segments: [{ ...seg, type: 4 }] }))).toBe('x.elf: no loadable (PT_LOAD) segments');
    expect(refusal(minimal({ segments: [] }))).toBe('x.elf: no program headers (not a loadable executable)');
  });

  it('refuses an entry outside every executable segment or not 4-byte aligned', () => {
    expect(refusal(minimal({ entry: RAM_BASE + 2 }))).toBe('x.elf: entry 0x80000002 is not 4-byte aligned');
    expect(refusal(minimal({ entry: RAM_BASE + 8 }))).toBe('x.elf: entry 0x80000008 is not inside an executable segment');
    expect(refusal(minimal({ segments: [{ vaddr: RAM_BASE, data: NOP, flags: 6 }] }))).toBe('x.elf: entry 0x80000000 is not inside an executable segment');
  });

  it('a broken symbol table costs the symbols, not the program', () => {
    const elf = minimal({ symbols: new Map([['_start', RAM_BASE]]) });
    expect(parseElf(elf, 'x.elf').symbols.get(RAM_BASE)).toBe('_start');
    const broken = elf.slice();
    new DataView(broken.buffer).setUint32(32, broken.length - 8, true); // e_shoff: table runs past the end
    const image = parseElf(broken, 'x.elf');
    expect(image.symbols.size).toBe(0);
    expect(image.entry).toBe(RAM_BASE);
  });
});

/** parseElf and checkFits either succeed or throw ElfError naming the file; nothing else. */
function onlyElfErrors(bytes: Uint8Array): void {
  try {
    const image = parseElf(bytes, 'fuzz.elf');
    checkFits(image, RAM_BASE, RAM_128M);
    for (const s of image.segments) expect(s.data.buffer).toBe(bytes.buffer); // no copies, no big allocations
  } catch (e) {
    if (!(e instanceof ElfError)) throw e;
    expect(e.message).toMatch(/^fuzz\.elf: [^\n]+$/);
  }
}

describe('parseElf on hostile bytes', () => {
  const seeds = [readFileSync(join(FIXTURES, 'elf-hello.elf')), readFileSync(join(FIXTURES, 'elf-user.elf')), minimal({ symbols: new Map([['_start', RAM_BASE]]) })].map(
    (b) => new Uint8Array(b),
  );

  it('arbitrary bytes, and arbitrary bytes behind a valid ELF32 RISC-V identification, only ever give ElfError', () => {
    const ident = seeds[0]!.subarray(0, 20);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (tail, withIdent) => {
        const bytes = withIdent ? new Uint8Array([...ident, ...tail]) : tail;
        onlyElfErrors(bytes);
      }),
      { numRuns: 3000 },
    );
  });

  it('real executables with random bytes and 32-bit fields overwritten only ever give ElfError', () => {
    const mutation = fc.record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 0xffffffff, 0x7fffffff, 0x80000000, 1, 32, 52)), fc.boolean()), {
        minLength: 1,
        maxLength: 8,
      }),
      cut: fc.option(fc.nat()),
    });
    let accepted = 0;
    fc.assert(
      fc.property(mutation, ({ seed, edits, cut }) => {
        const base = seeds[seed]!;
        const bytes = base.slice();
        const view = new DataView(bytes.buffer);
        for (const [pos, value, word] of edits) {
          // Mostly hit the headers (first 200 bytes), where every field is read.
          const at = pos % 3 === 0 ? pos % bytes.length : pos % Math.min(200, bytes.length);
          if (word && at + 4 <= bytes.length) view.setUint32(at & ~3, value >>> 0, true);
          else bytes[at] = value & 0xff;
        }
        const input = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
        onlyElfErrors(input);
        if (refusal(input, 'fuzz.elf') === 'ok') accepted++;
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(0); // the mutations do not all break the file at the magic
  });
});
