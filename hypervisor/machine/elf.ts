// The ELF loader's parsing half: takes the bytes of a static RV32 executable (what
// riscv64-unknown-elf-gcc -march=rv32ima... -mabi=ilp32 links) and hands on an ElfImage — the
// entry point, the PT_LOAD segments to copy into physical memory, and the symbol table for
// traces. The bytes are hostile: every field is checked before it is used, every failure is an
// ElfError with one line naming the file, and nothing is allocated in proportion to a field
// (segment data are views into the input; memsz is capped by checkFits against the RAM size).
// References: ELF gABI (System V ABI, chapters 4 "Object Files" and 5 "Program Loading") and the
// RISC-V ELF psABI ("File Header": e_machine 243, e_flags).

/** A malformed or unsupported ELF file; the message is one line starting with the file name. */
export class ElfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ElfError';
  }
}

/** Segment permission bits (gABI p_flags). */
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

/** One PT_LOAD segment: `data` (p_filesz bytes) goes at `paddr`, zeros up to `memsz`. */
export interface ElfSegment {
  /** The program header's index (as `readelf -l` numbers them). */
  index: number;
  vaddr: number;
  paddr: number;
  /** The file bytes of the segment: a view into the input, never a copy. */
  data: Uint8Array;
  memsz: number;
  /** PF_R | PF_W | PF_X bits only. */
  flags: number;
}

export interface ElfImage {
  /** The file name used in error messages. */
  name: string;
  entry: number;
  segments: ElfSegment[];
  /** Address -> symbol name (functions and labels); may be empty (stripped file). */
  symbols: Map<number, string>;
}

// gABI e_ident and header constants
const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46]; // "\x7fELF"
const EI_CLASS = 4;
const EI_DATA = 5;
const EI_VERSION = 6;
const ELFCLASS32 = 1;
const ELFCLASS64 = 2;
const ELFDATA2LSB = 1;
const ELFDATA2MSB = 2;
const EV_CURRENT = 1;
const ET_EXEC = 2;
const EM_RISCV = 243;
const EHDR32_SIZE = 52;
const PHDR32_SIZE = 32;
const SHDR32_SIZE = 40;
const SYM32_SIZE = 16;
/** e_phnum value meaning "the real count is in section 0's sh_info" (gABI). */
const PN_XNUM = 0xffff;

// gABI p_type values the loader acts on
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;

// RISC-V psABI e_flags
const EF_RISCV_RVC = 0x1;
const EF_RISCV_FLOAT_ABI = 0x6;
const FLOAT_ABI_NAMES = ['soft', 'single', 'double', 'quad'];

const ET_NAMES: Record<number, string> = { 0: 'ET_NONE', 1: 'ET_REL', 2: 'ET_EXEC', 3: 'ET_DYN', 4: 'ET_CORE' };
const MACHINE_NAMES: Record<number, string> = {
  2: 'SPARC', 3: 'x86', 8: 'MIPS', 20: 'PowerPC', 21: 'PowerPC64', 22: 'S/390', 40: 'ARM',
  62: 'x86-64', 183: 'AArch64', 243: 'RISC-V', 247: 'BPF', 258: 'LoongArch',
};

const hex = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/** A bounds-checked little-endian reader over the file; every read names the file on failure. */
class Reader {
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly name: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  fail(what: string): never {
    throw new ElfError(`${this.name}: ${what}`);
  }
  /** True when [offset, offset+size) lies inside the file. */
  has(offset: number, size: number): boolean {
    return offset >= 0 && size >= 0 && offset + size <= this.bytes.length;
  }
  u8(offset: number): number {
    return this.bytes[offset] ?? this.fail(`truncated at byte ${offset}`);
  }
  u16(offset: number): number {
    if (!this.has(offset, 2)) this.fail(`truncated at byte ${offset}`);
    return this.view.getUint16(offset, true);
  }
  u32(offset: number): number {
    if (!this.has(offset, 4)) this.fail(`truncated at byte ${offset}`);
    return this.view.getUint32(offset, true);
  }
}

/** The ELF32 file header fields the loader uses (gABI "ELF Header"). */
interface Header {
  entry: number;
  phoff: number;
  shoff: number;
  flags: number;
  phentsize: number;
  phnum: number;
  shentsize: number;
  shnum: number;
}

/**
 * Parses a static ELF32 little-endian RISC-V executable. Throws ElfError for anything the
 * machine cannot run; never throws anything else, whatever the bytes.
 */
export function parseElf(bytes: Uint8Array, name: string): ElfImage {
  const r = new Reader(bytes, name);
  checkIdent(r);
  const header = readHeader(r);
  checkFlags(r, header.flags);
  const segments = readSegments(r, header);
  checkEntry(r, header.entry, segments);
  return { name, entry: header.entry, segments, symbols: readSymbols(r, header) };
}

/** e_ident: magic, class, data encoding, version (gABI "ELF Identification"). */
function checkIdent(r: Reader): void {
  if (r.bytes.length < 4 || ELF_MAGIC.some((b, i) => r.bytes[i] !== b)) r.fail('not an ELF file');
  if (r.bytes.length < 16) r.fail('truncated ELF identification');
  const cls = r.u8(EI_CLASS);
  if (cls === ELFCLASS64) r.fail('ELF64; the machine is RV32');
  if (cls !== ELFCLASS32) r.fail(`invalid ELF class ${cls}`);
  const data = r.u8(EI_DATA);
  if (data === ELFDATA2MSB) r.fail('big-endian ELF; the machine is little-endian');
  if (data !== ELFDATA2LSB) r.fail(`invalid ELF data encoding ${data}`);
  const version = r.u8(EI_VERSION);
  if (version !== EV_CURRENT) r.fail(`ELF identification version ${version}, expected 1`);
}

/** The ELF32 header after e_ident: type, machine, version and table locations. */
function readHeader(r: Reader): Header {
  if (r.bytes.length < EHDR32_SIZE) r.fail('truncated ELF header');
  const type = r.u16(16);
  if (type !== ET_EXEC) {
    r.fail(`type ${ET_NAMES[type] ?? 'unknown'} (${type}), expected an executable (ET_EXEC)`);
  }
  const machine = r.u16(18);
  if (machine !== EM_RISCV) r.fail(`machine ${MACHINE_NAMES[machine] ?? 'unknown'} (${machine}), expected RISC-V (243)`);
  const version = r.u32(20);
  if (version !== EV_CURRENT) r.fail(`ELF version ${version}, expected 1`);
  return {
    entry: r.u32(24),
    phoff: r.u32(28),
    shoff: r.u32(32),
    flags: r.u32(36),
    phentsize: r.u16(42),
    phnum: r.u16(44),
    shentsize: r.u16(46),
    shnum: r.u16(48),
  };
}

/**
 * RISC-V psABI e_flags: the machine is RV32IMA without C or F/D, so RVC-flagged code and the
 * hard-float ABIs cannot run. GCC sets 0x0 for -march=rv32ima -mabi=ilp32, 0x1 with `c` in
 * -march, 0x2/0x4 for -mabi=ilp32f/ilp32d (checked with riscv64-unknown-elf-gcc 12.2).
 * RVE (0x8) and TSO (0x10) code runs correctly on this machine, so they are accepted.
 */
function checkFlags(r: Reader, flags: number): void {
  if (flags & EF_RISCV_RVC) r.fail('compressed instructions (RVC) are not supported');
  const floatAbi = (flags & EF_RISCV_FLOAT_ABI) >>> 1;
  if (floatAbi !== 0) {
    r.fail(`${FLOAT_ABI_NAMES[floatAbi]}-float ABI; the machine has no FPU (build with -mabi=ilp32)`);
  }
}

/** The program header table and its PT_LOAD entries (gABI "Program Header"). */
function readSegments(r: Reader, h: Header): ElfSegment[] {
  if (h.phnum === 0) r.fail('no program headers (not a loadable executable)');
  if (h.phnum === PN_XNUM) r.fail('extended program header count (PN_XNUM) is not supported');
  if (h.phentsize !== PHDR32_SIZE) r.fail(`program header size ${h.phentsize}, expected 32`);
  if (!r.has(h.phoff, h.phnum * PHDR32_SIZE)) {
    r.fail(`program headers (${h.phnum} at offset ${h.phoff}) extend past the end of the file`);
  }
  const segments: ElfSegment[] = [];
  for (let i = 0; i < h.phnum; i++) {
    const at = h.phoff + i * PHDR32_SIZE;
    const type = r.u32(at);
    if (type === PT_INTERP || type === PT_DYNAMIC) r.fail('dynamically linked; only static executables run');
    if (type === PT_LOAD) segments.push(readLoad(r, i, at));
  }
  if (segments.length === 0) r.fail('no loadable (PT_LOAD) segments');
  checkOverlaps(r, segments);
  return segments;
}

/** One PT_LOAD: sizes, file range, address range and alignment (gABI "Program Header"). */
function readLoad(r: Reader, index: number, at: number): ElfSegment {
  const offset = r.u32(at + 4);
  const vaddr = r.u32(at + 8);
  const paddr = r.u32(at + 12);
  const filesz = r.u32(at + 16);
  const memsz = r.u32(at + 20);
  const flags = r.u32(at + 24);
  const align = r.u32(at + 28);
  const seg = `segment ${index}`;
  if (filesz > memsz) r.fail(`${seg}: file size ${filesz} exceeds memory size ${memsz}`);
  if (!r.has(offset, filesz)) r.fail(`${seg}: file bytes ${offset}..${offset + filesz} extend past the end of the file (${r.bytes.length} bytes)`);
  if (vaddr + memsz > 2 ** 32 || paddr + memsz > 2 ** 32) r.fail(`${seg} at ${hex(paddr)} (${memsz} bytes) wraps around the 32-bit address space`);
  // gABI: p_align 0 and 1 mean none; otherwise a power of two with p_vaddr ≡ p_offset (mod p_align).
  if (align > 1) {
    if ((align & (align - 1)) !== 0) r.fail(`${seg}: alignment ${align} is not a power of two`);
    if ((vaddr - offset) % align !== 0) r.fail(`${seg}: address ${hex(vaddr)} and file offset ${offset} disagree modulo alignment ${align}`);
  }
  return { index, vaddr, paddr, data: r.bytes.subarray(offset, offset + filesz), memsz, flags: flags & (PF_R | PF_W | PF_X) };
}

/** Two segments loading over the same physical bytes would make the result order-dependent. */
function checkOverlaps(r: Reader, segments: ElfSegment[]): void {
  const sorted = segments.filter((s) => s.memsz > 0).sort((a, b) => a.paddr - b.paddr);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.paddr + prev.memsz > cur.paddr) {
      r.fail(`segments ${prev.index} and ${cur.index} overlap at ${hex(cur.paddr)}`);
    }
  }
}

/** The entry must be an aligned instruction inside an executable segment (IALIGN=32 without C). */
function checkEntry(r: Reader, entry: number, segments: ElfSegment[]): void {
  if (entry % 4 !== 0) r.fail(`entry ${hex(entry)} is not 4-byte aligned`);
  const inside = segments.some((s) => s.flags & PF_X && entry >= s.vaddr && entry + 4 <= s.vaddr + s.memsz);
  if (!inside) r.fail(`entry ${hex(entry)} is not inside an executable segment`);
}

/**
 * Checks that every segment's physical range lies inside RAM [ramBase, ramBase+ramSize): the
 * loader copies by p_paddr, as QEMU's `-kernel` does. This is what bounds memsz.
 */
export function checkFits(image: ElfImage, ramBase: number, ramSize: number): void {
  const ramEnd = ramBase + ramSize;
  for (const s of image.segments) {
    if (s.memsz === 0) continue;
    if (s.paddr < ramBase || s.paddr + s.memsz > ramEnd) {
      throw new ElfError(
        `${image.name}: segment ${s.index} at ${hex(s.paddr)} (${s.memsz} bytes) lies outside RAM ${hex(ramBase)}..${hex(ramEnd)}`,
      );
    }
  }
}

// --- symbols (optional: only for traces) ---------------------------------------------------

const SHT_SYMTAB = 2;
const SHT_STRTAB = 3;
const STT_NOTYPE = 0;
const STT_OBJECT = 1;
const STT_FUNC = 2;
const STB_GLOBAL = 1;
const SHN_UNDEF = 0;
const MAX_SYMBOL_NAME = 256;

/**
 * Address -> name from the first SHT_SYMTAB (gABI "Symbol Table"). A program runs without
 * symbols, so a missing or malformed section table yields an empty map instead of an error.
 * Section, file and mapping symbols ($x..., .L...) are skipped. Several names at one address
 * (`counter`, `__DATA_BEGIN__`): a FUNC/OBJECT beats a NOTYPE label, then a global beats a
 * local, then the first in the table wins.
 */
function readSymbols(r: Reader, h: Header): Map<number, string> {
  const symbols = new Map<number, string>();
  if (h.shnum === 0 || h.shentsize !== SHDR32_SIZE || !r.has(h.shoff, h.shnum * SHDR32_SIZE)) return symbols;
  const section = (i: number) => h.shoff + i * SHDR32_SIZE;
  for (let i = 0; i < h.shnum; i++) {
    if (r.u32(section(i) + 4) !== SHT_SYMTAB) continue;
    const link = r.u32(section(i) + 24);
    if (link >= h.shnum || r.u32(section(link) + 4) !== SHT_STRTAB) return symbols;
    const table = { offset: r.u32(section(i) + 16), size: r.u32(section(i) + 20) };
    const strings = { offset: r.u32(section(link) + 16), size: r.u32(section(link) + 20) };
    if (!r.has(table.offset, table.size) || !r.has(strings.offset, strings.size)) return symbols;
    addSymbols(r, table, strings, symbols);
    return symbols;
  }
  return symbols;
}

interface Range {
  offset: number;
  size: number;
}

function addSymbols(r: Reader, table: Range, strings: Range, out: Map<number, string>): void {
  const rankAt = new Map<number, number>();
  const count = Math.floor(table.size / SYM32_SIZE);
  for (let k = 1; k < count; k++) {
    const at = table.offset + k * SYM32_SIZE;
    const info = r.u8(at + 12);
    const type = info & 0xf;
    if (r.u16(at + 14) === SHN_UNDEF || (type !== STT_NOTYPE && type !== STT_OBJECT && type !== STT_FUNC)) continue;
    const name = stringAt(r, strings, r.u32(at));
    if (!name || name.startsWith('$') || name.startsWith('.L')) continue;
    const value = r.u32(at + 4);
    const rank = (type === STT_NOTYPE ? 0 : 2) + (info >>> 4 === STB_GLOBAL ? 1 : 0);
    if ((rankAt.get(value) ?? -1) >= rank) continue;
    out.set(value, name);
    rankAt.set(value, rank);
  }
}

/** The NUL-terminated name at `index` in the string table, or '' when it is out of bounds. */
function stringAt(r: Reader, strings: Range, index: number): string {
  if (index >= strings.size) return '';
  const start = strings.offset + index;
  const limit = Math.min(strings.offset + strings.size, start + MAX_SYMBOL_NAME);
  let end = start;
  while (end < limit && r.bytes[end] !== 0) end++;
  let name = '';
  for (let i = start; i < end; i++) name += String.fromCharCode(r.bytes[i]!);
  return name;
}
