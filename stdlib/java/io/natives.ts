// Natives of java.io: FileOutputStream's writes, the only path from System.out/err to the
// outside world. Bytes leave through ctx.syscall(write) on the descriptor's number; a failed
// write raises IOException (PrintStream turns that into its error flag, as the JDK does).
// Hands on: ioNatives.

import { Errno, Sys } from '../../../vm/os/syscalls.ts';
import type { JObject, NativeContext, NativeTable, Value } from '../../../vm/runtime/native-api.ts';

const ERRNO_TEXT: Readonly<Record<number, string>> = {
  [Errno.EPERM]: 'Operation not permitted',
  [Errno.EBADF]: 'Bad file descriptor',
  [Errno.EIO]: 'Input/output error',
  [Errno.EACCES]: 'Permission denied',
  [Errno.ENOSPC]: 'No space left on device',
  [Errno.EFAULT]: 'Bad address',
  [Errno.EINVAL]: 'Invalid argument',
  [Errno.ENOSYS]: 'Function not implemented',
};

/** The fd number behind a FileOutputStream (its FileDescriptor's `fd` field). */
function fdOf(ctx: NativeContext, stream: JObject): number {
  const fdObj = ctx.getField(stream, 'fd') as JObject | null;
  return fdObj === null ? -1 : (ctx.getField(fdObj, 'fd') as number);
}

/** Writes every byte (looping on short writes) or raises IOException with strerror text. */
function writeAll(ctx: NativeContext, fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    const chunk = bytes.subarray(off);
    const r = ctx.syscall(Sys.write, [fd, chunk, chunk.length]);
    if (r < 0) ctx.throwNew('java/io/IOException', ERRNO_TEXT[-r] ?? `write failed: errno ${-r}`);
    if (r === 0) ctx.throwNew('java/io/IOException', 'write returned 0 bytes');
    off += r;
  }
}

/** UTF-8, with unpaired surrogates written as '?' (the JDK encoder's replacement). */
export function encodeUtf8(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[k++] = c;
      continue;
    }
    if (c < 0x800) {
      out[k++] = 0xc0 | (c >> 6);
      out[k++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[k++] = 0xf0 | (c >> 18);
        out[k++] = 0x80 | ((c >> 12) & 0x3f);
        out[k++] = 0x80 | ((c >> 6) & 0x3f);
        out[k++] = 0x80 | (c & 0x3f);
      } else {
        out[k++] = 0x3f; // '?'
      }
      continue;
    }
    out[k++] = 0xe0 | (c >> 12);
    out[k++] = 0x80 | ((c >> 6) & 0x3f);
    out[k++] = 0x80 | (c & 0x3f);
  }
  return out.subarray(0, k);
}

const num = (v: Value | undefined): number => (typeof v === 'number' ? v : 0);

export const ioNatives: NativeTable = {
  'java/io/FileOutputStream.writeBytes([BII)V': (ctx, a) => {
    const data = ctx.arrayData(a[1] as JObject | null) as Int8Array;
    const off = num(a[2]);
    const len = num(a[3]);
    if (off < 0 || len < 0 || off + len > data.length) ctx.throwNew('java/lang/IndexOutOfBoundsException');
    writeAll(ctx, fdOf(ctx, a[0] as JObject), new Uint8Array(data.buffer, data.byteOffset + off, len));
    return undefined;
  },
  'java/io/FileOutputStream.writeString(Ljava/lang/String;)V': (ctx, a) => {
    writeAll(ctx, fdOf(ctx, a[0] as JObject), encodeUtf8(ctx.jsString(a[1] as JObject | null)));
    return undefined;
  },
};
