// RFFS images: build/parse round trips, the byte layout the C kernel reads (checked field by
// field against the contract), CRC-32 against zlib's, and hostile images (random bytes and
// single-field mutations) that must only ever produce a one-line RffsError.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRffs, crc32, parseFileArg, parseRffs, RffsError, type RffsInput } from '../../../hypervisor/guest/mkfs.ts';

const nameArb = fc.stringMatching(/^[A-Za-z0-9._-]{1,47}$/).filter((n) => n !== '.' && n !== '..');
const fileArb = fc.record({ name: nameArb, data: fc.uint8Array({ maxLength: 1500 }), executable: fc.boolean() });
const filesArb = fc.uniqueArray(fileArb, { maxLength: 12, selector: (f) => f.name });

/** Parses and expects a one-line RffsError (or success); anything else fails the property. */
function parseOutcome(image: Uint8Array): 'ok' | 'rejected' {
  try {
    parseRffs(image);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(RffsError);
    expect((e as Error).message).not.toContain('\n');
    return 'rejected';
  }
}

const sample: RffsInput[] = [
  { name: 'init', data: new TextEncoder().encode('\x7fELF init'), executable: true },
  { name: 'readme.txt', data: new Uint8Array(700).fill(0x41), executable: false },
];

describe('RFFS image builder and parser', () => {
  it('round-trips any set of files: names, bytes, modes and order survive', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const image = buildRffs(files);
        expect(image.length % 512).toBe(0);
        const parsed = parseRffs(image);
        expect(parsed.map((f) => [f.name, Array.from(f.data), f.executable])).toEqual(
          files.map((f) => [f.name, Array.from(f.data), f.executable]),
        );
      }),
    );
  });

  it('lays out the header, directory and data exactly as the contract says', () => {
    const image = buildRffs(sample);
    const v = new DataView(image.buffer);
    expect(new TextDecoder().decode(image.subarray(0, 4))).toBe('RFFS');
    expect([v.getUint32(4, true), v.getUint32(8, true), v.getUint32(12, true)]).toEqual([1, 2, image.length]);
    expect(image.subarray(16, 512).every((b) => b === 0)).toBe(true);
    // entry 0 at 512: name 'init', data at 1024 (directory fills one sector), 9 bytes, mode 1
    expect(new TextDecoder().decode(image.subarray(512, 516))).toBe('init');
    expect(image.subarray(516, 560).every((b) => b === 0)).toBe(true);
    expect([v.getUint32(560, true), v.getUint32(564, true), v.getUint32(568, true)]).toEqual([1024, 9, 1]);
    expect(v.getUint32(572, true)).toBe(zlibCrc32(sample[0]!.data));
    // entry 1 at 576: data at 1536 (next 512 boundary), 700 bytes, mode 0; image ends at 1536 + 1024
    expect([v.getUint32(576 + 48, true), v.getUint32(576 + 52, true), v.getUint32(576 + 56, true)]).toEqual([1536, 700, 0]);
    expect(image.length).toBe(2560);
    expect(image.subarray(1536, 1536 + 700).every((b) => b === 0x41)).toBe(true);
  });

  it('crc32 is the IEEE CRC-32 (check value 0xcbf43926, and equal to zlib on random data)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)));
  });

  it('builds the same bytes for the same input', () => {
    expect(Buffer.from(buildRffs(sample)).equals(Buffer.from(buildRffs(sample)))).toBe(true);
  });

  it('refuses bad names and duplicates when building', () => {
    for (const name of ['', 'a/b', 'x'.repeat(48), '..', 'sp ace', 'é']) {
      expect(() => buildRffs([{ name, data: new Uint8Array(), executable: false }]), name).toThrow(RffsError);
    }
    expect(() => buildRffs([sample[0]!, sample[0]!])).toThrow(/duplicate/);
  });

  it('rejects random bytes with a one-line error, never a host exception', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
      parseOutcome(bytes);
    }));
  });

  it('rejects a valid image with any one byte changed in its header or directory, or a CRC-covered data byte', () => {
    const image = buildRffs(sample);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1024 + 8 }), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const bad = image.slice();
        bad[at] = (bad[at]! + delta) & 0xff;
        // Every byte of 0..1032 is checked (header, directory and its padding, init's data under its
        // CRC) except a name character turned into another valid one, which parses as another name.
        const outcome = parseOutcome(bad);
        if (outcome === 'ok') {
          const names = parseRffs(bad).map((f) => f.name);
          expect(names).not.toEqual(sample.map((f) => f.name));
        }
      }),
    );
  });

  it('names the reason for typical corruptions', () => {
    const image = buildRffs(sample);
    const mutate = (f: (v: DataView, b: Uint8Array) => void): Uint8Array => {
      const b = image.slice();
      f(new DataView(b.buffer), b);
      return b;
    };
    const cases: [Uint8Array, RegExp][] = [
      [mutate((_, b) => (b[0] = 0x58)), /bad magic/],
      [mutate((v) => v.setUint32(4, 2, true)), /version 2/],
      [mutate((v) => v.setUint32(8, 0xffffffff, true)), /directory of 4294967295 entries/],
      [mutate((v) => v.setUint32(12, 512, true)), /header says 512 bytes/],
      [mutate((v) => v.setUint32(560, 1025, true)), /not 512-aligned/],
      [mutate((v) => v.setUint32(560, 512, true)), /overlaps the directory/],
      [mutate((v) => v.setUint32(564, 0xfffffff0, true)), /run past the image end/],
      [mutate((v) => v.setUint32(568, 7, true)), /mode 7/],
      [mutate((_, b) => (b[1536] = 0)), /crc32 .* != recorded/],
      [mutate((_, b) => b.fill(0x61, 512, 560)), /no terminating NUL/],
      [mutate((_, b) => (b[576] = 0x2f)), /must be 1\.\.47 characters/],
      [mutate((_, b) => b.set(b.subarray(512, 560), 576)), /duplicate name 'init'/],
      [mutate((_, b) => (b[700] = 1)), /directory padding is not zero/],
      [mutate((_, b) => (b[100] = 1)), /header padding is not zero/],
      [image.subarray(0, 1000), /not a multiple of 512/],
      [new Uint8Array(0), /shorter than one/],
    ];
    for (const [bad, reason] of cases) expect(() => parseRffs(bad)).toThrow(reason);
  });

  it('the CLI writes a deterministic image from name=path[:x] arguments and lists it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-mkfs-'));
    try {
      writeFileSync(join(dir, 'prog'), sample[0]!.data);
      writeFileSync(join(dir, 'notes'), sample[1]!.data);
      const mkfs = (out: string, ...args: string[]): string =>
        execFileSync('npx', ['tsx', 'hypervisor/guest/mkfs.ts', out, ...args], { encoding: 'utf8' });
      mkfs(join(dir, 'a.img'), `init=${join(dir, 'prog')}:x`, `readme.txt=${join(dir, 'notes')}`);
      const a = readFileSync(join(dir, 'a.img'));
      expect(a.equals(Buffer.from(buildRffs(sample)))).toBe(true);
      const listing = mkfs('--list', join(dir, 'a.img'));
      expect(listing).toBe(`init\t9\tx\t0x${zlibCrc32(sample[0]!.data).toString(16).padStart(8, '0')}\n` +
        `readme.txt\t700\t-\t0x${zlibCrc32(sample[1]!.data).toString(16).padStart(8, '0')}\n`);
      expect(() => execFileSync('npx', ['tsx', 'hypervisor/guest/mkfs.ts', join(dir, 'b.img'), 'x=/nonexistent/file'], { stdio: 'pipe' }))
        .toThrow(/mkfs: cannot read '\/nonexistent\/file': ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses name=path:x arguments', () => {
    const read = (p: string): Uint8Array => new TextEncoder().encode(p);
    expect(parseFileArg('hello=bin/hello.elf:x', read)).toEqual({ name: 'hello', data: read('bin/hello.elf'), executable: true });
    expect(parseFileArg('d=a:b', read)).toEqual({ name: 'd', data: read('a:b'), executable: false });
    expect(() => parseFileArg('nopath', read)).toThrow(/want name=path/);
  });
});
