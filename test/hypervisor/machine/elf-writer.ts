// A tiny ELF32 writer for tests: wraps assembled bytes into a minimal static executable (file
// header, program headers, segment data, optionally a symbol table) so the loader and the
// `ringfence machine run` command can be tested without the cross compiler. Every header field
// can be overridden to build the malformed files the negative tests need. Layout per the ELF
// gABI; GNU readelf reads the output (checked in elf.test.ts).

export interface WriterSegment {
  vaddr: number;
  /** Defaults to vaddr. */
  paddr?: number;
  data: Uint8Array;
  /** Defaults to data.length. */
  memsz?: number;
  /** PF_R=4 | PF_W=2 | PF_X=1; defaults to R+X. */
  flags?: number;
  /** Program header type; defaults to PT_LOAD (1). */
  type?: number;
  /** Defaults to 0x1000. */
  align?: number;
}

export interface WriterOptions {
  entry: number;
  segments: WriterSegment[];
  /** Symbol name -> address, written as global NOTYPE symbols in section 1. */
  symbols?: Map<string, number>;
  // header overrides (defaults: ELF32, little-endian, ET_EXEC, EM_RISCV, e_flags 0)
  elfClass?: number;
  data?: number;
  type?: number;
  machine?: number;
  flags?: number;
}

const EHDR = 52;
const PHDR = 32;
const SHDR = 40;
const SYM = 16;
const PAGE = 0x1000;

/** Builds the file: header, program headers, then each segment at an offset ≡ vaddr mod 4 KiB. */
export function writeElf(o: WriterOptions): Uint8Array {
  const phoff = EHDR;
  let cursor = phoff + o.segments.length * PHDR;
  const offsets = o.segments.map((s) => {
    const align = s.align ?? PAGE;
    const mod = align > 1 ? align : 1;
    cursor += (((s.vaddr % mod) - (cursor % mod)) + mod) % mod;
    const at = cursor;
    cursor += s.data.length;
    return at;
  });
  const symtab = o.symbols && o.symbols.size > 0 ? symbolSections(o.symbols) : undefined;
  const symAt = align4(cursor);
  const shoff = symtab ? align4(symAt + symtab.bytes.length) : 0;
  const total = symtab ? shoff + 4 * SHDR : cursor;
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  writeHeader(v, o, phoff, shoff, symtab ? 4 : 0);
  o.segments.forEach((s, i) => {
    writeProgramHeader(v, phoff + i * PHDR, s, offsets[i]!);
    out.set(s.data, offsets[i]);
  });
  if (symtab) {
    out.set(symtab.bytes, symAt);
    writeSectionHeaders(v, shoff, symAt, symtab, o.segments[0]!);
  }
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function writeHeader(v: DataView, o: WriterOptions, phoff: number, shoff: number, shnum: number): void {
  [0x7f, 0x45, 0x4c, 0x46, o.elfClass ?? 1, o.data ?? 1, 1].forEach((b, i) => v.setUint8(i, b));
  v.setUint16(16, o.type ?? 2, true); // ET_EXEC
  v.setUint16(18, o.machine ?? 243, true); // EM_RISCV
  v.setUint32(20, 1, true); // EV_CURRENT
  v.setUint32(24, o.entry >>> 0, true);
  v.setUint32(28, phoff, true);
  v.setUint32(32, shoff, true);
  v.setUint32(36, o.flags ?? 0, true);
  v.setUint16(40, EHDR, true);
  v.setUint16(42, PHDR, true);
  v.setUint16(44, o.segments.length, true);
  v.setUint16(46, SHDR, true);
  v.setUint16(48, shnum, true);
  v.setUint16(50, shnum > 0 ? 3 : 0, true); // e_shstrndx: the .strtab doubles as section-name table
}

function writeProgramHeader(v: DataView, at: number, s: WriterSegment, offset: number): void {
  const fields = [s.type ?? 1, offset, s.vaddr, s.paddr ?? s.vaddr, s.data.length, s.memsz ?? s.data.length, s.flags ?? 5, s.align ?? PAGE];
  fields.forEach((f, i) => v.setUint32(at + 4 * i, f >>> 0, true));
}

interface SymbolSections {
  bytes: Uint8Array;
  symSize: number;
  strOffset: number;
  strSize: number;
}

/** .symtab (null symbol + one GLOBAL NOTYPE per name) followed by .strtab (also holding section names). */
function symbolSections(symbols: Map<string, number>): SymbolSections {
  const names = ['', '.text', '.symtab', '.strtab'];
  const strParts: string[] = [];
  const index = new Map<string, number>();
  let strSize = 0;
  for (const n of [...names, ...symbols.keys()]) {
    if (index.has(n)) continue;
    index.set(n, strSize);
    strParts.push(`${n}\0`);
    strSize += n.length + 1;
  }
  const symSize = (symbols.size + 1) * SYM;
  const bytes = new Uint8Array(align4(symSize + strSize));
  const v = new DataView(bytes.buffer);
  let k = 1;
  for (const [name, value] of symbols) {
    const at = k++ * SYM;
    v.setUint32(at, index.get(name)!, true);
    v.setUint32(at + 4, value >>> 0, true);
    v.setUint8(at + 12, 0x10); // STB_GLOBAL << 4 | STT_NOTYPE
    v.setUint16(at + 14, 1, true); // section 1 (.text)
  }
  bytes.set(new TextEncoder().encode(strParts.join('')), symSize);
  return { bytes, symSize, strOffset: symSize, strSize };
}

/** Section headers: null, .text (the first segment), .symtab (link 3), .strtab. */
function writeSectionHeaders(v: DataView, shoff: number, symAt: number, t: SymbolSections, text: WriterSegment): void {
  const nameOf = { text: 1, symtab: 7, strtab: 15 };
  const rows: number[][] = [
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [nameOf.text, 1, 6, text.vaddr, 0, 0, 0, 0, 4, 0], // PROGBITS, AX (offset 0: headers only)
    [nameOf.symtab, 2, 0, 0, symAt, t.symSize, 3, 1, 4, SYM], // SYMTAB, link .strtab, info = first global
    [nameOf.strtab, 3, 0, 0, symAt + t.strOffset, t.strSize, 0, 0, 1, 0],
  ];
  rows.forEach((row, i) => row.forEach((f, j) => v.setUint32(shoff + i * SHDR + 4 * j, f >>> 0, true)));
}
