// Reads the .text section of a committed guest ELF32 so tests can check, without the cross
// binutils (CI installs only QEMU), that it holds nothing but 32-bit instructions: every RV32
// base-length instruction has its two low bits set (unprivileged spec 1.5); a 16-bit compressed
// instruction does not, and it also shifts every later word off its 4-byte slot.

/** The .text section's bytes, or a one-line Error when the file is not an ELF32 with one. */
export function elfTextSection(bytes: Uint8Array): Uint8Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 52 || v.getUint32(0) !== 0x7f454c46 || bytes[4] !== 1) throw new Error('not an ELF32 file');
  const shoff = v.getUint32(32, true);
  const shentsize = v.getUint16(46, true);
  const shnum = v.getUint16(48, true);
  const strtab = shoff + v.getUint16(50, true) * shentsize;
  if (shentsize < 40 || shoff + shnum * shentsize > bytes.length) throw new Error('section headers out of bounds');
  const namesAt = v.getUint32(strtab + 16, true);
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize;
    const nameAt = namesAt + v.getUint32(at, true);
    const name = new TextDecoder().decode(bytes.subarray(nameAt, nameAt + 6));
    if (name === '.text\0') {
      const offset = v.getUint32(at + 16, true);
      return bytes.subarray(offset, offset + v.getUint32(at + 20, true));
    }
  }
  throw new Error('no .text section');
}

/** Offsets of 4-byte words in `text` whose low two bits are not 11 (not a 32-bit instruction). */
export function nonBaseLengthWords(text: Uint8Array): number[] {
  const bad: number[] = [];
  for (let i = 0; i + 4 <= text.length; i += 4) if ((text[i]! & 3) !== 3) bad.push(i);
  if (text.length % 4 !== 0) bad.push(text.length - (text.length % 4));
  return bad;
}
