// A QEMU-virt-shaped set of our devices on a PhysicalBus with one hart's interrupt lines
// recorded as mip bits, for the device tests and the QEMU probe replay.

import { PhysicalBus } from '../../../../hypervisor/machine/bus.ts';
import type { InterruptLine } from '../../../../hypervisor/machine/device.ts';
import { Clint } from '../../../../hypervisor/machine/devices/clint.ts';
import { Finisher, type FinisherRequest } from '../../../../hypervisor/machine/devices/finisher.ts';
import { Plic } from '../../../../hypervisor/machine/devices/plic.ts';
import { UART_IRQ, Uart16550 } from '../../../../hypervisor/machine/devices/uart16550.ts';
import { VIRTIO_BASE, VIRTIO_SLOTS, VirtioBlk } from '../../../../hypervisor/machine/devices/virtio-blk.ts';
import { Ram } from '../../../../hypervisor/machine/memory.ts';

/** A deterministic clock the test moves by hand. */
export class ManualClock {
  ticks = 0;
  now(): number {
    return this.ticks;
  }
}

export function platform(disk: Uint8Array | undefined, options: { readOnly?: boolean; clockStart?: number } = {}) {
  let mip = 0;
  const bit = (n: number): InterruptLine => ({ set: (level) => (mip = level ? mip | (1 << n) : mip & ~(1 << n)) });
  const clock = new ManualClock();
  clock.ticks = options.clockStart ?? 0;
  const out: number[] = [];
  const finished: FinisherRequest[] = [];
  const ram = new Ram(1 << 20);
  const clint = new Clint([{ msip: bit(3), mtip: bit(7) }], clock);
  const plic = new Plic([bit(11), bit(9)]);
  const uart = new Uart16550({ output: (b) => out.push(b), irq: plic.line(UART_IRQ) });
  const finisher = new Finisher((r) => finished.push(r));
  const virtio: VirtioBlk[] = [];
  // Devices DMA into RAM only: a RAM-only bus breaks the bus <-> device construction cycle.
  const dma = new PhysicalBus(ram, []);
  for (let i = 0; i < VIRTIO_SLOTS; i++) {
    const slotDisk = i === 0 ? disk : undefined;
    virtio.push(new VirtioBlk({ name: `virtio${i}`, base: VIRTIO_BASE + i * 0x1000, disk: slotDisk, dma, irq: plic.line(1 + i), readOnly: options.readOnly }));
  }
  const bus = new PhysicalBus(ram, [clint, plic, uart, finisher, ...virtio]);
  return { bus, ram, clock, clint, plic, uart, finisher, virtio, out, finished, mip: () => mip };
}
