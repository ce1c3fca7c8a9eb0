// Tests for the class-file codec: exact round-trips, and totality on hostile input (every
// failure is a one-line ClassFormatError naming the offset, never a host error).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClassFormatError, CpTag } from '../../../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { anyClassFile, helloClass } from './arbitraries.ts';

/** Runs decodeClass and reports how it ended: decoded, or the ClassFormatError message. */
function decodeOutcome(bytes: Uint8Array): string {
  try {
    decodeClass(bytes, 'T.class');
    return 'ok';
  } catch (e) {
    if (!(e instanceof ClassFormatError)) throw new Error(`host error escaped decodeClass: ${String(e)}`);
    if (e.message.includes('\n')) throw new Error(`multi-line message: ${e.message}`);
    return e.message;
  }
}

describe('encodeClass/decodeClass', () => {
  it('round-trips a hand-built class exactly', () => {
    const cf = helloClass();
    expect(decodeClass(encodeClass(cf))).toEqual(cf);
  });

  it('starts with the RFNC magic and version 1.0', () => {
    const bytes = encodeClass(helloClass());
    expect([...bytes.slice(0, 8)]).toEqual([0x52, 0x46, 0x4e, 0x43, 0, 0, 0, 1]);
  });

  it('keeps NUL, lone surrogates and non-BMP text in Utf8 entries', () => {
    const cf = helloClass();
    const s = 'a\u0000b\ud800c\u{1f600}é';
    cf.constantPool.push({ tag: CpTag.Utf8, value: s });
    const back = decodeClass(encodeClass(cf));
    expect(back.constantPool[back.constantPool.length - 1]).toEqual({ tag: CpTag.Utf8, value: s });
  });

  it('round-trips random valid class files (deep-equal)', () => {
    fc.assert(
      fc.property(anyClassFile, (cf) => {
        expect(decodeClass(encodeClass(cf))).toEqual(cf);
      }),
      { numRuns: 200 },
    );
  });
});

describe('decodeClass on hostile input', () => {
  const good = encodeClass(helloClass());

  it('names bad magic, version and trailing garbage', () => {
    const bad = good.slice();
    bad[0] = 0xca;
    expect(decodeOutcome(bad)).toMatch(/^T\.class: offset 0: bad magic 0xca464e43/);
    const ver = good.slice();
    ver[7] = 9;
    expect(decodeOutcome(ver)).toMatch(/unsupported class file version 9\.0/);
    const extra = new Uint8Array([...good, 0]);
    expect(decodeOutcome(extra)).toBe(`T.class: offset ${good.length}: 1 trailing byte(s) after the class file`);
  });

  it('names a truncation point', () => {
    expect(decodeOutcome(good.slice(0, 10))).toMatch(/^T\.class: offset \d+: /);
    expect(decodeOutcome(new Uint8Array(0))).toMatch(/truncated magic/);
  });

  it('rejects a pool reference to an entry of the wrong tag', () => {
    const cf = helloClass();
    cf.thisClass = cf.sourceFile; // a Utf8, not a Class
    expect(decodeOutcome(encodeClass(cf))).toMatch(/this_class: constant pool #\d+ is Utf8, expected Class/);
  });

  it('throws only ClassFormatError for random byte strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        decodeOutcome(bytes);
        decodeOutcome(new Uint8Array([0x52, 0x46, 0x4e, 0x43, 0, 0, 0, 1, ...bytes]));
      }),
      { numRuns: 500 },
    );
  });

  it('throws only ClassFormatError for single-byte mutations of valid class files', () => {
    fc.assert(
      fc.property(anyClassFile, fc.nat(), fc.integer({ min: 0, max: 255 }), (cf, pos, byte) => {
        const bytes = encodeClass(cf);
        bytes[pos % bytes.length] = byte;
        decodeOutcome(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('survives every single-byte mutation of the sample class', () => {
    const outcomes = new Set<string>();
    for (let pos = 0; pos < good.length; pos++) {
      for (const byte of [0, 1, 0x7f, 0x80, 0xff, good[pos]! ^ 1]) {
        const bytes = good.slice();
        bytes[pos] = byte;
        outcomes.add(decodeOutcome(bytes) === 'ok' ? 'ok' : 'error');
      }
    }
    expect(outcomes).toEqual(new Set(['ok', 'error']));
  });
});
