// java.io natives in isolation: UTF-8 encoding as the JDK's encoder does it, and the write
// path through ctx.syscall (short writes retried, errno turned into IOException text).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8, ioNatives } from '../../stdlib/java/io/natives.ts';
import { Errno, Sys } from '../../vm/os/syscalls.ts';
import type { JObject, NativeContext, SyscallArg, Value } from '../../vm/runtime/native-api.ts';

class Thrown extends Error {
  constructor(
    readonly className: string,
    message?: string,
  ) {
    super(message);
  }
}

/** Just enough of a NativeContext: fields in a map, strings as JS strings, a scripted write. */
function fakeContext(write: (fd: number, bytes: Uint8Array) => number): { ctx: NativeContext; calls: number[] } {
  const calls: number[] = [];
  const fields = new Map<object, Record<string, Value>>();
  const ctx = {
    getField: (obj: JObject, name: string) => fields.get(obj)![name]!,
    jsString: (ref: unknown) => (ref as { js: string }).js,
    arrayData: (ref: unknown) => (ref as { data: Int8Array }).data,
    throwNew(className: string, message?: string): never {
      throw new Thrown(className, message);
    },
    syscall(nr: number, args: readonly SyscallArg[]) {
      expect(nr).toBe(Sys.write);
      const bytes = args[1] as Uint8Array;
      calls.push(bytes.length);
      return write(args[0] as number, bytes.subarray(0, args[2] as number));
    },
  } as unknown as NativeContext;
  const stream = {} as JObject;
  const fdObj = {} as JObject;
  fields.set(stream, { fd: fdObj as unknown as Value });
  fields.set(fdObj, { fd: 1 });
  (ctx as unknown as { stream: JObject }).stream = stream;
  return { ctx, calls };
}

const streamOf = (ctx: NativeContext): JObject => (ctx as unknown as { stream: JObject }).stream;
const writeString = ioNatives['java/io/FileOutputStream.writeString(Ljava/lang/String;)V']!;
const writeBytes = ioNatives['java/io/FileOutputStream.writeBytes([BII)V']!;

describe('java.io natives', () => {
  it('encode well-formed strings exactly as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(Buffer.from(encodeUtf8(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('write unpaired surrogates as ? like the JDK encoder', () => {
    expect(Buffer.from(encodeUtf8('a\uD800b\uDC00c\uD83D')).toString('latin1')).toBe('a?b?c?');
  });

  it('retry short writes until every byte is out', () => {
    const seen: number[] = [];
    const { ctx, calls } = fakeContext((_fd, bytes) => {
      seen.push(...bytes.subarray(0, 2));
      return Math.min(2, bytes.length);
    });
    writeString(ctx, [streamOf(ctx), { js: 'hello' } as unknown as Value]);
    expect(calls).toEqual([5, 3, 1]);
    expect(Buffer.from(seen).toString()).toBe('hello');
  });

  it('turn a failing write into IOException with the errno text', () => {
    const { ctx } = fakeContext(() => -Errno.EBADF);
    expect(() => writeString(ctx, [streamOf(ctx), { js: 'x' } as unknown as Value])).toThrow(
      expect.objectContaining({ className: 'java/io/IOException', message: 'Bad file descriptor' }),
    );
  });

  it('write the requested slice of a byte array', () => {
    const out: number[] = [];
    const { ctx } = fakeContext((_fd, bytes) => {
      out.push(...bytes);
      return bytes.length;
    });
    const arr = { data: new Int8Array([1, 2, 3, -1, 5]) } as unknown as Value;
    writeBytes(ctx, [streamOf(ctx), arr, 1, 3]);
    expect(out).toEqual([2, 3, 255]);
    expect(() => writeBytes(ctx, [streamOf(ctx), arr, 4, 2])).toThrow(Thrown);
  });
});
