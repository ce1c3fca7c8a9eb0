// The register sequence the QEMU differential probe runs (see mmio-probe.ts): reset values and
// driver-style sequences for the UART, CLINT, PLIC, finisher-free regions and virtio-mmio slots.

import { mip, type ProbeOp, r, w } from './mmio-probe.ts';

const U = 0x10000000;
const CLINT = 0x02000000;
const PLIC = 0x0c000000;
const VIRTIO = 0x10001000;
const UART_IRQ = 10;

const uartReset: ProbeOp[] = [
  r(U + 1, 1, 'uart IER at reset'), r(U + 2, 1, 'uart IIR at reset'), r(U + 3, 1, 'uart LCR at reset'),
  r(U + 4, 1, 'uart MCR at reset'), r(U + 5, 1, 'uart LSR at reset'), r(U + 6, 1, 'uart MSR at reset'),
  r(U + 7, 1, 'uart SCR at reset'),
];

const uartRegisters: ProbeOp[] = [
  w(U + 7, 1, 0xa5), r(U + 7, 1, 'uart SCR after writing a5'),
  w(U + 3, 1, 0x80), r(U + 0, 1, 'uart DLL at reset'), r(U + 1, 1, 'uart DLM at reset'),
  w(U + 0, 1, 0x03), w(U + 1, 1, 0x01), r(U + 0, 1, 'uart DLL after 03'), r(U + 1, 1, 'uart DLM after 01'),
  r(U + 3, 1, 'uart LCR with DLAB'), w(U + 3, 1, 0x03), r(U + 3, 1, 'uart LCR 8N1'), r(U + 1, 1, 'uart IER after DLAB off'),
  w(U + 4, 1, 0xff), r(U + 4, 1, 'uart MCR after writing ff (loopback on)'), r(U + 6, 1, 'uart MSR in loopback with all outputs'),
  w(U + 4, 1, 0x0b), r(U + 4, 1, 'uart MCR 0b'), r(U + 6, 1, 'uart MSR after loopback'), r(U + 6, 1, 'uart MSR read twice'),
  w(U + 2, 1, 0x07), r(U + 2, 1, 'uart IIR after FCR=07'), r(U + 5, 1, 'uart LSR with FIFO'),
  w(U + 0, 1, 0x41), r(U + 5, 1, 'uart LSR after THR write'),
];

const uartInterrupts: ProbeOp[] = [
  w(PLIC + 4 * UART_IRQ, 4, 1), w(PLIC + 0x2000, 4, 1 << UART_IRQ),
  r(PLIC + 0x1000, 4, 'plic pending before IER'), mip('mip before IER'),
  w(U + 1, 1, 0x02), r(U + 1, 1, 'uart IER THRI'), r(PLIC + 0x1000, 4, 'plic pending after IER=THRI'), mip('mip after IER=THRI'),
  r(U + 2, 1, 'uart IIR with THRI pending'), r(U + 2, 1, 'uart IIR after reading THRI'),
  r(PLIC + 0x1000, 4, 'plic pending after IIR read'), mip('mip after IIR read'),
  w(U + 0, 1, 0x42), r(U + 2, 1, 'uart IIR after THR write'), r(PLIC + 0x1000, 4, 'plic pending after THR write'),
  r(PLIC + 0x200004, 4, 'plic claim ctx0'), r(PLIC + 0x1000, 4, 'plic pending after claim'), mip('mip after claim'),
  r(PLIC + 0x200004, 4, 'plic second claim'),
  r(U + 2, 1, 'uart IIR while claimed'), w(U + 1, 1, 0x00), w(U + 1, 1, 0x02),
  r(PLIC + 0x1000, 4, 'plic pending re-raised while claimed'), mip('mip while claimed'),
  w(PLIC + 0x200004, 4, UART_IRQ), mip('mip after complete'), r(PLIC + 0x200004, 4, 'plic claim after complete'),
  w(PLIC + 0x200000, 4, 1), r(PLIC + 0x200000, 4, 'plic threshold ctx0'), mip('mip threshold = priority'),
  w(PLIC + 0x200004, 4, UART_IRQ), w(PLIC + 4 * UART_IRQ, 4, 0xff), r(PLIC + 4 * UART_IRQ, 4, 'plic priority after ff'),
  mip('mip priority 7 over threshold 1'), w(PLIC + 0x200000, 4, 9), r(PLIC + 0x200000, 4, 'plic threshold after 9'),
  w(PLIC + 0x200000, 4, 0), w(PLIC + 0x2080, 4, 1 << UART_IRQ), mip('mip with ctx1 (S) enabled too'),
  r(PLIC + 0x201004, 4, 'plic claim ctx1'), mip('mip after S claim'), w(PLIC + 0x201004, 4, UART_IRQ),
  w(U + 1, 1, 0x00), mip('mip after IER=0'), r(PLIC + 0x1000, 4, 'plic pending after IER=0'),
  w(PLIC + 0x2000, 4, 0), w(PLIC + 0x2080, 4, 0),
  r(PLIC + 0x2000, 4, 'plic enable ctx0 after 0'), r(PLIC + 0x2008, 4, 'plic enable ctx0 word 2'),
  w(PLIC + 0x2008, 4, 0xffffffff), r(PLIC + 0x2008, 4, 'plic enable word 2 after ffffffff'), w(PLIC + 0x2008, 4, 0),
  r(PLIC + 0, 4, 'plic priority 0'), r(PLIC + 0x1008, 4, 'plic pending word 2'),
];

const clint: ProbeOp[] = [
  r(CLINT + 0x4000, 4, 'clint mtimecmp lo at reset'), r(CLINT + 0x4004, 4, 'clint mtimecmp hi at reset'),
  mip('mip MTIP at reset'), r(CLINT, 4, 'clint msip at reset'),
  w(CLINT, 4, 0xffffffff), r(CLINT, 4, 'clint msip after ffffffff'), mip('mip with msip'),
  w(CLINT, 4, 2), r(CLINT, 4, 'clint msip after 2'), mip('mip msip cleared'),
  w(CLINT + 0x4004, 4, 0xffffffff), w(CLINT + 0x4000, 4, 0xffffffff), mip('mip mtimecmp max'),
  r(CLINT + 0x4004, 4, 'clint mtimecmp hi'), w(CLINT + 0x4004, 4, 0), w(CLINT + 0x4000, 4, 0), mip('mip mtimecmp 0'),
  w(CLINT + 0x4004, 4, 1), mip('mip mtimecmp 2^32'), w(CLINT + 0xbffc, 4, 2), mip('mip mtime hi 2'),
  r(CLINT + 0xbffc, 4, 'clint mtime hi after write 2'), w(CLINT + 0xbffc, 4, 0), mip('mip mtime hi 0'),
  r(CLINT + 0x4008, 4, 'clint mtimecmp of absent hart 1'), r(CLINT + 4, 4, 'clint msip of absent hart 1'),
];

const virtio: ProbeOp[] = [
  r(VIRTIO + 0x000, 4, 'virtio0 MagicValue'), r(VIRTIO + 0x004, 4, 'virtio0 Version'), r(VIRTIO + 0x008, 4, 'virtio0 DeviceID'),
  r(VIRTIO + 0x00c, 4, 'virtio0 VendorID'), r(VIRTIO + 0x070, 4, 'virtio0 Status'),
  r(VIRTIO + 0x1000, 4, 'virtio1 MagicValue'), r(VIRTIO + 0x1004, 4, 'virtio1 Version'), r(VIRTIO + 0x1008, 4, 'virtio1 DeviceID'),
  r(VIRTIO + 0x100c, 4, 'virtio1 VendorID'),
  w(VIRTIO + 0x070, 4, 1), w(VIRTIO + 0x070, 4, 3), r(VIRTIO + 0x070, 4, 'virtio0 Status ACK|DRIVER'),
  w(VIRTIO + 0x030, 4, 0), r(VIRTIO + 0x034, 4, 'virtio0 QueueNumMax'), r(VIRTIO + 0x044, 4, 'virtio0 QueueReady'),
  w(VIRTIO + 0x030, 4, 1), r(VIRTIO + 0x034, 4, 'virtio0 QueueNumMax of queue 1'),
  r(VIRTIO + 0x100, 4, 'virtio0 capacity lo'), r(VIRTIO + 0x104, 4, 'virtio0 capacity hi'), r(VIRTIO + 0x0fc, 4, 'virtio0 ConfigGeneration'),
  w(VIRTIO + 0x070, 4, 0), r(VIRTIO + 0x070, 4, 'virtio0 Status after reset'),
];

// Access widths: which narrow/wide, misaligned or out-of-register accesses fault (a load fault
// reads FAULT_MARKER). Not probed: QEMU virt's boot ROM at 0x1000, goldfish RTC at 0x101000,
// fw_cfg, flash and PCIe, which this platform does not have (accesses there fault here).
const widths: ProbeOp[] = [
  r(U + 4, 4, 'uart lw at MCR (one register, not four)'), r(U + 6, 2, 'uart lhu at MSR'), r(U + 8, 1, 'uart lbu beyond the 8 registers'),
  r(U + 0xfc, 4, 'uart lw at 0xfc'), r(U + 3, 2, 'uart misaligned lhu over LCR and MCR'), r(U + 5, 4, 'uart misaligned lw into the hole'), r(0x100000, 1, 'finisher lbu'), r(0x100000, 2, 'finisher lhu'), r(PLIC, 2, 'plic lhu'),
  w(PLIC + 4, 4, 5), r(PLIC + 2, 4, 'plic misaligned lw over priorities 0 and 1'), w(PLIC + 4, 4, 0), r(CLINT, 1, 'clint lbu'), r(CLINT + 0xbff8, 2, 'clint lhu mtime'),
  r(VIRTIO, 2, 'virtio lhu MagicValue'), r(VIRTIO + 0x100, 1, 'virtio lbu config byte 0'), r(VIRTIO + 0x102, 2, 'virtio lhu config bytes 2-3'),
  r(0x10009000, 4, 'lw past the last virtio slot'), r(0x00300000, 4, 'lw at unmapped 0x300000'),
];

/** Probes run with one disk of DISK_SECTORS sectors in slot 0. */
export const DISK_SECTORS = 8;

export const PROBE_OPS: readonly ProbeOp[] = [...uartReset, ...uartRegisters, ...uartInterrupts, ...clint, ...virtio, ...widths,
  w(U + 2, 1, 0x07), w(U + 4, 1, 0x00), w(U + 3, 1, 0x03)];
