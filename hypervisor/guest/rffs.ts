// RFFS, the guest's read-only RAM filesystem image (format: /tmp/h/contracts.md, "RAM filesystem
// image"): buildRffs() lays files out deterministically, parseRffs() validates a possibly hostile
// image with one-line RffsError messages. mkfs.ts is the command line over these two.
//
//   byte 0    sector 0: "RFFS" | version u32 = 1 | file count u32 | total bytes u32 | 496 x 0
//   byte 512  directory: count x 64-byte entries
//               name[48] NUL-padded | offset u32 | size u32 | mode u32 (1 = exec) | crc32 u32
//   then      file data, each file on a 512-byte boundary, in directory order
//   the image size is a multiple of 512; all integers little-endian

export const SECTOR = 512;
export const RFFS_MAGIC = 'RFFS';
export const RFFS_VERSION = 1;
export const DIR_ENTRY_BYTES = 64;
export const NAME_FIELD_BYTES = 48;
/** Longest name: the 48-byte field always keeps a terminating NUL. */
export const MAX_NAME_BYTES = NAME_FIELD_BYTES - 1;
const HEADER_USED_BYTES = 16;
const U32_LIMIT = 0x1_0000_0000;

export interface RffsInput {
  readonly name: string;
  readonly data: Uint8Array;
  readonly executable: boolean;
}

export interface RffsFile extends RffsInput {
  readonly offset: number;
  readonly crc32: number;
}

/** A malformed image or an impossible build request; the message is one line. */
export class RffsError extends Error {
  override readonly name = 'RffsError';
}

// ---- CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zlib's crc32() ----

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---- names ----

const NAME_PATTERN = /^[A-Za-z0-9._-]{1,47}$/;

/** Why `name` is not a valid RFFS file name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  if (NAME_PATTERN.test(name)) return name === '.' || name === '..' ? `name '${name}' is reserved` : undefined;
  const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}...` : name);
  return `name ${shown} must be 1..${MAX_NAME_BYTES} characters of [A-Za-z0-9._-]`;
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

function dataStart(count: number): number {
  return roundUp(SECTOR + count * DIR_ENTRY_BYTES, SECTOR);
}

// ---- building ----

/** Builds an image holding `files` in the given order; the same input gives the same bytes. */
export function buildRffs(files: readonly RffsInput[]): Uint8Array {
  const seen = new Set<string>();
  for (const f of files) {
    const problem = nameProblem(f.name);
    if (problem !== undefined) throw new RffsError(problem);
    if (seen.has(f.name)) throw new RffsError(`duplicate file name '${f.name}'`);
    seen.add(f.name);
  }
  const offsets: number[] = [];
  let end = dataStart(files.length);
  for (const f of files) {
    offsets.push(end);
    end += roundUp(f.data.length, SECTOR);
  }
  if (end >= U32_LIMIT) throw new RffsError(`image of ${end} bytes does not fit the 32-bit size field`);
  const image = new Uint8Array(end);
  const view = new DataView(image.buffer);
  writeHeader(image, view, files.length, end);
  files.forEach((f, i) => {
    writeEntry(image, view, SECTOR + i * DIR_ENTRY_BYTES, f, offsets[i]!);
    image.set(f.data, offsets[i]!);
  });
  return image;
}

function writeHeader(image: Uint8Array, view: DataView, count: number, total: number): void {
  image.set(new TextEncoder().encode(RFFS_MAGIC), 0);
  view.setUint32(4, RFFS_VERSION, true);
  view.setUint32(8, count, true);
  view.setUint32(12, total, true);
}

function writeEntry(image: Uint8Array, view: DataView, at: number, f: RffsInput, offset: number): void {
  image.set(new TextEncoder().encode(f.name), at);
  view.setUint32(at + 48, offset, true);
  view.setUint32(at + 52, f.data.length, true);
  view.setUint32(at + 56, f.executable ? 1 : 0, true);
  view.setUint32(at + 60, crc32(f.data), true);
}

// ---- parsing (hostile input) ----

/**
 * Validates `image` and returns its files (data are views into `image`). Checks, in order:
 * size, header, each directory entry (name, mode, alignment, order, bounds), CRCs. Throws
 * RffsError with a one-line reason; never anything else, whatever the bytes.
 */
export function parseRffs(image: Uint8Array): RffsFile[] {
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const count = checkHeader(image, view);
  const files: RffsFile[] = [];
  const names = new Set<string>();
  let previousEnd = dataStart(count);
  for (let i = 0; i < count; i++) {
    const file = readEntry(image, view, i, previousEnd);
    if (names.has(file.name)) throw new RffsError(`entry ${i}: duplicate name '${file.name}'`);
    names.add(file.name);
    previousEnd = file.offset + file.data.length;
    files.push(file);
  }
  for (const [i, f] of files.entries()) {
    const actual = crc32(f.data);
    if (actual !== f.crc32) throw new RffsError(`entry ${i} '${f.name}': crc32 ${hex(actual)} != recorded ${hex(f.crc32)}`);
  }
  return files;
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}

/** Checks sector 0 and the image size; returns the file count. */
function checkHeader(image: Uint8Array, view: DataView): number {
  if (image.length < SECTOR) throw new RffsError(`image of ${image.length} bytes is shorter than one ${SECTOR}-byte sector`);
  if (image.length % SECTOR !== 0) throw new RffsError(`image size ${image.length} is not a multiple of ${SECTOR}`);
  const magic = String.fromCharCode(...image.subarray(0, 4));
  if (magic !== RFFS_MAGIC) throw new RffsError(`bad magic ${JSON.stringify(magic)} (want "RFFS")`);
  const version = view.getUint32(4, true);
  if (version !== RFFS_VERSION) throw new RffsError(`unsupported version ${version} (want ${RFFS_VERSION})`);
  const total = view.getUint32(12, true);
  if (total !== image.length) throw new RffsError(`header says ${total} bytes but the image has ${image.length}`);
  if (image.subarray(HEADER_USED_BYTES, SECTOR).some((b) => b !== 0)) throw new RffsError('header padding is not zero');
  const count = view.getUint32(8, true);
  if (count > (image.length - SECTOR) / DIR_ENTRY_BYTES || dataStart(count) > image.length) {
    throw new RffsError(`directory of ${count} entries does not fit in ${image.length} bytes`);
  }
  if (image.subarray(SECTOR + count * DIR_ENTRY_BYTES, dataStart(count)).some((b) => b !== 0)) {
    throw new RffsError('directory padding is not zero');
  }
  return count;
}

/** Reads and checks directory entry i; its data must start at or after `minOffset`. */
function readEntry(image: Uint8Array, view: DataView, i: number, minOffset: number): RffsFile {
  const at = SECTOR + i * DIR_ENTRY_BYTES;
  const name = readName(image.subarray(at, at + NAME_FIELD_BYTES), i);
  const offset = view.getUint32(at + 48, true);
  const size = view.getUint32(at + 52, true);
  const mode = view.getUint32(at + 56, true);
  const where = `entry ${i} '${name}'`;
  if (mode !== 0 && mode !== 1) throw new RffsError(`${where}: mode ${mode} is neither 0 (data) nor 1 (executable)`);
  if (offset % SECTOR !== 0) throw new RffsError(`${where}: offset ${offset} is not ${SECTOR}-aligned`);
  if (offset < minOffset) throw new RffsError(`${where}: offset ${offset} overlaps the directory or the previous file`);
  if (size > image.length - offset) throw new RffsError(`${where}: ${size} bytes at offset ${offset} run past the image end ${image.length}`);
  const data = image.subarray(offset, offset + size);
  return { name, data, executable: mode === 1, offset, crc32: view.getUint32(at + 60, true) };
}

function readName(field: Uint8Array, i: number): string {
  const nul = field.indexOf(0);
  if (nul < 0) throw new RffsError(`entry ${i}: name field has no terminating NUL`);
  if (field.subarray(nul).some((b) => b !== 0)) throw new RffsError(`entry ${i}: name field has bytes after its NUL`);
  const name = String.fromCharCode(...field.subarray(0, nul));
  const problem = nameProblem(name);
  if (problem !== undefined) throw new RffsError(`entry ${i}: ${problem}`);
  return name;
}
