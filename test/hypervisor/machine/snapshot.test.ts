// Machine snapshots: a machine restored from a snapshot continues exactly as the original
// (same UART output, same final state and counted events), and hostile snapshot files only
// ever produce a one-line SnapshotError.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../hypervisor/machine/device.ts';
import { parseElf } from '../../../hypervisor/machine/elf.ts';
import { VirtMachine } from '../../../hypervisor/machine/virt.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const KERNEL = parseElf(readFileSync(join(ROOT, 'hypervisor/guest/kernel/kernel.elf')), 'kernel.elf');
const DEMO = new Uint8Array(readFileSync(join(ROOT, 'hypervisor/guest/user/demo.img')));

function machine(output: number[], memMiB = 128): VirtMachine {
  return VirtMachine.create({ memMiB, disk: DEMO, output: (b) => output.push(b) });
}

/**
 * Events the comparison ignores: host-side cache statistics (decode misses; TLB hits, which
 * fetches served by the hart's current-page cache skip), not simulated, uncharged events.
 */
function simulated(events: Record<string, number>): Record<string, number> {
  const { decodeMisses: _d, tlbHits: _h, ...rest } = events;
  return rest;
}

describe('machine snapshots', () => {
  it('a restored machine continues the guest kernel exactly as the original does', () => {
    const before: number[] = [];
    const original = machine(before);
    original.loadElf(KERNEL);
    expect(original.run(3_000_000).kind).toBe('budget');
    const file = original.saveFile();
    const cut = before.length;
    const exitA = original.run(200_000_000);

    const after: number[] = [];
    const copy = machine(after);
    copy.restoreFile(file);
    const exitB = copy.run(200_000_000);

    expect(exitA.kind).toBe('poweroff');
    expect(exitB).toEqual(exitA);
    expect(Buffer.from(after).toString()).toBe(Buffer.from(before.slice(cut)).toString());
    expect(Buffer.from(before).toString()).toContain('9 of 9 programs passed');
    const a = original.stats();
    const b = copy.stats();
    expect(simulated(b.events)).toEqual(simulated(a.events));
    expect(b.cycles).toBe(a.cycles);
    expect(Array.from(copy.harts[0]!.x)).toEqual(Array.from(original.harts[0]!.x));
    expect(copy.harts[0]!.pc).toBe(original.harts[0]!.pc);
    expect(Buffer.compare(copy.ram.bytes, original.ram.bytes)).toBe(0);
  });

  it('save -> restore -> save gives the same file', () => {
    const m = machine([]);
    m.loadElf(KERNEL);
    m.run(500_000);
    const first = m.saveFile();
    const other = machine([]);
    other.restoreFile(first);
    expect(Buffer.compare(Buffer.from(other.saveFile()), Buffer.from(first))).toBe(0);
  });

  it('refuses a snapshot of a differently configured machine, naming both', () => {
    const m = machine([]);
    m.loadElf(KERNEL);
    const file = m.saveFile();
    const small = machine([], 64);
    expect(() => small.restoreFile(file)).toThrow(SnapshotError);
    expect(() => small.restoreFile(file)).toThrow(/128 MiB.*64 MiB/);
  });

  it('hostile snapshot files only ever raise SnapshotError, and leave the machine untouched', () => {
    const m = machine([], 4);
    m.loadElf(KERNEL);
    m.run(2_000);
    const file = m.saveFile();
    const target = machine([], 4);
    target.loadElf(KERNEL);
    const pristine = Buffer.from(target.saveFile());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 256 }),
          fc.tuple(fc.nat(file.length - 1), fc.integer({ min: 1, max: 255 }), fc.nat(40)).map(([at, xor, extra]) => {
            const copy = file.slice(0, Math.max(12, file.length - extra * 997));
            copy[at % copy.length] ^= xor;
            return copy;
          }),
        ),
        (bytes) => {
          try {
            target.restoreFile(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(SnapshotError);
            expect((e as Error).message).not.toContain('\n');
            expect(Buffer.compare(Buffer.from(target.saveFile()), pristine)).toBe(0);
            return;
          }
          // A mutation the format cannot detect (e.g. inside RAM): the machine took the state.
          target.restoreFile(pristine);
        },
      ),
      { numRuns: 100 },
    );
  });
});
