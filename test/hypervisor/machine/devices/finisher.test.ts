// The sifive_test finisher: which stores power off (pass / fail with code) or reset, compared
// with the exit status qemu-system-riscv32 gives for the same stores (QEMU 7.2 exits with the
// fail code, which the OS truncates to 8 bits).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../../hypervisor/machine/asm.ts';
import { SnapshotError } from '../../../../hypervisor/machine/device.ts';
import { Finisher, type FinisherRequest } from '../../../../hypervisor/machine/devices/finisher.ts';
import { BUS_FAULT, RAM_BASE, type Width } from '../../../../hypervisor/machine/memory.ts';
import { QEMU } from './mmio-probe.ts';

type Store = readonly [offset: number, width: Width, value: number];

const CASES: readonly { name: string; stores: Store[]; status: number }[] = [
  { name: 'pass', stores: [[0, 4, 0x5555]], status: 0 },
  { name: 'fail without code', stores: [[0, 4, 0x3333]], status: 0 },
  { name: 'fail with code 42', stores: [[0, 4, 0x2a3333]], status: 42 },
  { name: 'fail code 0x123 truncated by the OS', stores: [[0, 4, 0x1233333]], status: 0x23 },
  { name: 'a 16-bit pass', stores: [[0, 2, 0x5555]], status: 0 },
  { name: 'unknown values are ignored', stores: [[0, 4, 0x12345], [0, 4, 0x4444], [0, 4, 0x13333]], status: 1 },
  { name: 'other offsets are ignored', stores: [[4, 4, 0x3333 | (7 << 16)], [0, 4, 0x23333]], status: 2 },
];

/** The exit status our finisher implies: the first power-off request, as the OS would report it. */
function ourStatus(stores: readonly Store[]): number | undefined {
  const seen: FinisherRequest[] = [];
  const f = new Finisher((r) => seen.push(r));
  for (const [offset, width, value] of stores) f.write(offset, width, value);
  const off = seen.find((r) => r.kind !== 'reset');
  return off === undefined ? undefined : off.kind === 'pass' ? 0 : off.code & 0xff;
}

function qemuStatus(stores: readonly Store[]): number | null {
  const op = { 1: 'sb', 2: 'sh', 4: 'sw' } as const;
  const body = stores.map(([o, w, v]) => `li t0, ${0x100000 + o}\nli t1, ${v}\n${op[w]} t1, 0(t0)`).join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'rf-fin-'));
  try {
    writeFileSync(join(dir, 'p.bin'), assemble(`${body}\nhang: j hang`, { base: RAM_BASE }).bytes);
    const r = spawnSync(QEMU!, ['-M', 'virt', '-cpu', 'rv32,c=false', '-bios', 'none', '-display', 'none', '-serial', 'null',
      '-monitor', 'none', '-no-reboot', '-kernel', 'p.bin'], { cwd: dir, timeout: 10_000, stdio: 'ignore' });
    return r.status;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Finisher', () => {
  for (const c of CASES) {
    it(`${c.name}: exit status ${c.status}`, () => {
      expect(ourStatus(c.stores)).toBe(c.status);
    });
  }

  it.skipIf(QEMU === undefined && !process.env.CI)('QEMU gives the same exit statuses for the same stores', () => {
    for (const c of CASES) expect(qemuStatus(c.stores), c.name).toBe(c.status);
  });

  it('decodes reset and fires power-off only once', () => {
    const seen: FinisherRequest[] = [];
    const f = new Finisher((r) => seen.push(r));
    f.write(0, 4, 0x7777);
    f.write(0, 4, 0x7777);
    f.write(0, 4, 0x5555);
    f.write(0, 4, 0x3333);
    expect(seen).toEqual([{ kind: 'reset', code: 0 }, { kind: 'reset', code: 0 }, { kind: 'pass', code: 0 }]);
    f.reset();
    f.write(0, 4, 0x50003333);
    expect(seen.at(-1)).toEqual({ kind: 'fail', code: 0x5000 });
  });

  it('reads 0 and refuses byte accesses as QEMU (sizes 2..4)', () => {
    const f = new Finisher(() => {});
    expect(f.read(0, 4)).toBe(0);
    expect(f.read(0, 1)).toBe(BUS_FAULT);
    expect(f.write(0, 1, 0x55)).toBe(BUS_FAULT);
  });

  it('restores its fired flag and rejects anything else with SnapshotError', () => {
    const seen: FinisherRequest[] = [];
    const f = new Finisher((r) => seen.push(r));
    f.restore({ fired: true });
    f.write(0, 4, 0x5555);
    expect(seen).toEqual([]);
    expect(() => f.restore({ fired: 1 })).toThrow(SnapshotError);
    expect(() => f.restore(null)).toThrow(/finisher: expected an object/);
  });
});
