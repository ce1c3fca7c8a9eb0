// Tests for modified UTF-8 (JVMS §4.4.7): NUL as two bytes, each surrogate on its own,
// and a located failure for bytes that cannot occur.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMutf8, encodeMutf8 } from '../../../vm/bytecode/mutf8.ts';

describe('modified UTF-8', () => {
  it('encodes NUL as C0 80 and never emits a zero byte', () => {
    expect([...encodeMutf8('\u0000A')]).toEqual([0xc0, 0x80, 0x41]);
  });

  it('encodes a supplementary character as two 3-byte surrogates', () => {
    expect([...encodeMutf8('\u{1f600}')]).toEqual([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
  });

  it('round-trips any sequence of UTF-16 code units', () => {
    const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(
      fc.property(units, (s) => {
        const bytes = encodeMutf8(s);
        expect(bytes.includes(0)).toBe(false);
        expect(decodeMutf8(bytes)).toEqual({ ok: true, value: s });
      }),
    );
  });

  it('names the offset of a bad byte', () => {
    expect(decodeMutf8(Uint8Array.from([0x41, 0x00]))).toEqual({ ok: false, offset: 1, why: 'byte 0x00 not allowed' });
    expect(decodeMutf8(Uint8Array.from([0xf0, 0x80]))).toMatchObject({ ok: false, offset: 0 });
    expect(decodeMutf8(Uint8Array.from([0x41, 0xe0, 0x80]))).toEqual({ ok: false, offset: 1, why: 'truncated 3-byte sequence' });
    expect(decodeMutf8(Uint8Array.from([0x80]))).toMatchObject({ ok: false, offset: 0 });
  });

  it('decodes long strings without overflowing the host stack', () => {
    const s = 'x'.repeat(65535);
    expect(decodeMutf8(encodeMutf8(s))).toEqual({ ok: true, value: s });
  });
});
