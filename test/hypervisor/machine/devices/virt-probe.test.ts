// The QEMU probe programs (register probe, virtio-blk driver, PMP probe) run as whole guests on
// Ringfence's VirtMachine — hart, bus and devices together — and must print exactly what they
// printed on qemu-system-riscv32 (the fixtures recorded by qemu-probe.test.ts and pmp.test.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../../hypervisor/machine/asm.ts';
import { RAM_BASE } from '../../../../hypervisor/machine/memory.ts';
import { VirtMachine } from '../../../../hypervisor/machine/virt.ts';
import { probeSource } from './mmio-probe.ts';
import { DISK_SECTORS, PROBE_OPS } from './probe-ops.ts';
import { PMP_PROBE, pmpProbeSource } from './pmp-probe.ts';
import { VIRTIO_DRIVER_OPS, virtioProbeDisk } from './virtio-probe-ops.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'latin1');

/** Runs an M-mode program assembled at 0x80000000 until the finisher; returns status and UART output. */
export function runOnVirt(source: string, disk: Uint8Array): { output: string; exit: string } {
  const out: number[] = [];
  const m = VirtMachine.create({ memMiB: 16, disk, output: (b) => out.push(b) });
  m.ram.loadImage(assemble(source, { base: RAM_BASE }).bytes);
  const exit = m.run(50_000_000);
  return { output: String.fromCharCode(...out), exit: exit.kind === 'poweroff' ? `${exit.status} ${exit.code}` : exit.kind };
}

describe('QEMU probe programs on VirtMachine', () => {
  it('the register probe prints what it printed on QEMU', () => {
    const r = runOnVirt(probeSource(PROBE_OPS), new Uint8Array(DISK_SECTORS * 512));
    expect(r.exit).toBe('pass 0');
    expect(r.output.split('\n')).toEqual(fixture('qemu-probe.txt').split('\n'));
  });

  it('the virtio-blk driver probe prints what it printed on QEMU', () => {
    const r = runOnVirt(probeSource(VIRTIO_DRIVER_OPS), virtioProbeDisk());
    expect(r.exit).toBe('pass 0');
    expect(r.output.split('\n')).toEqual(fixture('qemu-virtio-probe.txt').split('\n'));
  });

  it('the PMP probe (U/S/M accesses through the hart) prints what it printed on QEMU', () => {
    const r = runOnVirt(pmpProbeSource(PMP_PROBE), new Uint8Array(512));
    expect(r.exit).toBe('pass 0');
    expect(r.output.split('\n')).toEqual(fixture('pmp-probe.txt').split('\n'));
  });
});
