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
import { VIRTIO_DRIVER_OPS, virtioProbeDisk } from './virtio-probe-ops.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'qemu-probe.txt');
const VIRTIO_FIXTURE = join(import.meta.dirname, 'fixtures', 'qemu-virtio-probe.txt');
const disk = () => new Uint8Array(DISK_SECTORS * 512);

/** Replays probe ops on our platform (the hart's lines read as mip). */
function ours(ops: Parameters<typeof replay>[0], diskImage: Uint8Array): string {
  const p = platform(diskImage, { clockStart: 12345 });
  return replay(ops, {
    load: (a, w) => p.bus.load(a, w),
    store: (a, w, v) => p.bus.store(a, w, v),
    mip: () => p.mip(),
    uartOutput: () => String.fromCharCode(...p.out),
  });
}

describe('device registers against QEMU virt', () => {
  it.skipIf(QEMU === undefined && !process.env.CI)('QEMU still prints the recorded probe output', () => {
    const got = runOnQemu(PROBE_OPS, disk());
    if (process.env.RF_UPDATE_FIXTURES) writeFileSync(FIXTURE, got);
    expect(annotate(PROBE_OPS, got)).toEqual(annotate(PROBE_OPS, readFileSync(FIXTURE, 'latin1')));
  });

  it('our devices answer the probe as QEMU did, register by register', () => {
    expect(annotate(PROBE_OPS, ours(PROBE_OPS, disk()))).toEqual(annotate(PROBE_OPS, readFileSync(FIXTURE, 'latin1')));
  });

  it.skipIf(QEMU === undefined && !process.env.CI)('QEMU still serves the recorded virtio-blk requests', () => {
    const got = runOnQemu(VIRTIO_DRIVER_OPS, virtioProbeDisk());
    if (process.env.RF_UPDATE_FIXTURES) writeFileSync(VIRTIO_FIXTURE, got);
    expect(annotate(VIRTIO_DRIVER_OPS, got)).toEqual(annotate(VIRTIO_DRIVER_OPS, readFileSync(VIRTIO_FIXTURE, 'latin1')));
  });

  it('our virtio-blk serves the same requests as QEMU did (GET_ID data excepted: ours names the device)', () => {
    const got = ours(VIRTIO_DRIVER_OPS, virtioProbeDisk());
    expect(annotate(VIRTIO_DRIVER_OPS, got)).toEqual(annotate(VIRTIO_DRIVER_OPS, readFileSync(VIRTIO_FIXTURE, 'latin1')));
  });
});
