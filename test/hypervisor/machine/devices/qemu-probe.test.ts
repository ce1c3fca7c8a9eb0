// The MMIO probe (probe-ops.ts) replayed on our UART, PLIC, CLINT and virtio-mmio devices must
// print exactly what the same program printed on QEMU 7.2 (fixtures/qemu-probe.txt). The fixture
// was recorded with `RF_UPDATE_FIXTURES=1 npx vitest run test/hypervisor/machine/devices/qemu-probe.test.ts`,
// i.e. qemu-system-riscv32 with QEMU_ARGS in mmio-probe.ts (QEMU 7.2.22, Debian 1:7.2+dfsg-7+deb12u18+b3);
// when QEMU is installed the test also re-runs it and checks the fixture is still what QEMU says.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, QEMU, replay, runOnQemu } from './mmio-probe.ts';
import { platform } from './platform.ts';
import { DISK_SECTORS, PROBE_OPS } from './probe-ops.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'qemu-probe.txt');
const disk = () => new Uint8Array(DISK_SECTORS * 512);

describe('device registers against QEMU virt', () => {
  it.skipIf(QEMU === undefined && !process.env.CI)('QEMU still prints the recorded probe output', () => {
    const got = runOnQemu(PROBE_OPS, disk());
    if (process.env.RF_UPDATE_FIXTURES) writeFileSync(FIXTURE, got);
    expect(annotate(PROBE_OPS, got)).toEqual(annotate(PROBE_OPS, readFileSync(FIXTURE, 'latin1')));
  });

  it('our devices answer the probe as QEMU did, register by register', () => {
    const p = platform(disk(), { clockStart: 12345 });
    const ours = replay(PROBE_OPS, {
      load: (a, w) => p.bus.load(a, w),
      store: (a, w, v) => p.bus.store(a, w, v),
      mip: () => p.mip(),
      uartOutput: () => String.fromCharCode(...p.out),
    });
    expect(annotate(PROBE_OPS, ours)).toEqual(annotate(PROBE_OPS, readFileSync(FIXTURE, 'latin1')));
  });
});
