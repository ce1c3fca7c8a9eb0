// Modified UTF-8 (JVMS §4.4.7), the encoding of Utf8 constant-pool entries: each UTF-16 code
// unit is encoded on its own (so lone surrogates survive, as Java chars may be any code
// unit) and U+0000 is written as two bytes, so no encoded byte is ever 0. Used by codec.ts.

/** Encodes a JS string (a sequence of UTF-16 code units) to modified UTF-8. */
export function encodeMutf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x01 && c <= 0x7f) out.push(c);
    else if (c <= 0x7ff) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/**
 * Decodes modified UTF-8, or returns a description of the first bad byte (by offset within
 * `bytes`) so the caller can name where in the class file it is.
 */
export function decodeMutf8(bytes: Uint8Array): { ok: true; value: string } | { ok: false; offset: number; why: string } {
  const units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b >= 0x01 && b <= 0x7f) {
      units.push(b);
      i += 1;
    } else if ((b & 0xe0) === 0xc0) {
      if (!isCont(bytes, i + 1)) return { ok: false, offset: i, why: 'truncated 2-byte sequence' };
      units.push(((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      i += 2;
    } else if ((b & 0xf0) === 0xe0) {
      if (!isCont(bytes, i + 1) || !isCont(bytes, i + 2)) return { ok: false, offset: i, why: 'truncated 3-byte sequence' };
      units.push(((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f));
      i += 3;
    } else {
      return { ok: false, offset: i, why: `byte 0x${b.toString(16).padStart(2, '0')} not allowed` };
    }
  }
  // Build in chunks: String.fromCharCode with a huge spread would overflow the host stack.
  let s = '';
  for (let k = 0; k < units.length; k += 4096) s += String.fromCharCode(...units.slice(k, k + 4096));
  return { ok: true, value: s };
}

function isCont(bytes: Uint8Array, i: number): boolean {
  return i < bytes.length && (bytes[i]! & 0xc0) === 0x80;
}
