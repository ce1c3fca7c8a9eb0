// A register-level probe of the platform devices that runs both on qemu-system-riscv32 (as an
// assembled M-mode program) and on Ringfence's devices (replayed through a PhysicalBus), so
// their answers can be compared line by line. A probe is a list of MMIO reads/writes plus reads
// of the interrupt-pending bits (mip & MSIP|MTIP|SEIP|MEIP). Every read value is stored to a
// RAM buffer and printed as hex at the end, so the probe's own UART traffic does not disturb the
// registers under test; bytes the probe writes to THR come out first, as on a real UART.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../../../hypervisor/machine/asm.ts';
import { RAM_BASE, type Width } from '../../../../hypervisor/machine/memory.ts';

export type ProbeOp =
  | { readonly op: 'r'; readonly addr: number; readonly width: Width; readonly note: string }
  | { readonly op: 'w'; readonly addr: number; readonly width: Width; readonly value: number }
  | { readonly op: 'mip'; readonly note: string }
  /** Spin (bounded) until the 16-bit value at addr equals `value`: QEMU completes block I/O asynchronously. */
  | { readonly op: 'wait16'; readonly addr: number; readonly value: number };

/** The mip bits a probe compares: MSIP(3), MTIP(7), SEIP(9), MEIP(11). */
export const MIP_MASK = (1 << 3) | (1 << 7) | (1 << 9) | (1 << 11);

export const QEMU = ['/usr/bin/qemu-system-riscv32', '/usr/local/bin/qemu-system-riscv32'].find((p) => existsSync(p));

export const r = (addr: number, width: Width, note: string): ProbeOp => ({ op: 'r', addr, width, note });
export const w = (addr: number, width: Width, value: number): ProbeOp => ({ op: 'w', addr, width, value });
export const mip = (note: string): ProbeOp => ({ op: 'mip', note });
export const wait16 = (addr: number, value: number): ProbeOp => ({ op: 'wait16', addr, value });

const LOAD = { 1: 'lbu', 2: 'lhu', 4: 'lw' } as const;
const STORE = { 1: 'sb', 2: 'sh', 4: 'sw' } as const;
const BUFFER = RAM_BASE + 0x10000;
/** What a probe records for a load that raised an access fault. */
export const FAULT_MARKER = 0xdeadfa17;

/** The M-mode program: run the ops, then print every recorded value as 8 hex digits per line. */
export function probeSource(ops: readonly ProbeOp[]): string {
  const body = ops.map((o, k) => {
    if (o.op === 'wait16') {
      return `li t0, ${o.addr >>> 0}\nli t1, ${o.value}\nli t3, 100000000\nwait_${k}:\nlhu t2, 0(t0)\nbeq t2, t1, waited_${k}\naddi t3, t3, -1\nbnez t3, wait_${k}\nwaited_${k}:`;
    }
    if (o.op === 'w') return `li t0, ${o.addr >>> 0}\nli t1, ${o.value >>> 0}\n${STORE[o.width]} t1, 0(t0)`;
    // A faulting load leaves FAULT_MARKER in t1: the trap handler skips the load.
    const read = o.op === 'r' ? `li t1, ${FAULT_MARKER}\nli t0, ${o.addr >>> 0}\n${LOAD[o.width]} t1, 0(t0)` : `csrr t1, mip\nli t0, ${MIP_MASK}\nand t1, t1, t0`;
    return `${read}\nsw t1, 0(s0)\naddi s0, s0, 4`;
  });
  return `
    csrr t0, mhartid
    beqz t0, hart0
    j park
hart0:
    la t0, skip_faulting_insn
    csrw mtvec, t0
    li s0, ${BUFFER}
${body.join('\n')}
    mv s1, s0
    li s0, ${BUFFER}
${printWordsAndExit('s0', 's1')}
    .balign 4
skip_faulting_insn:
    csrr t5, mepc
    addi t5, t5, 4
    csrw mepc, t5
    mret
`;
}

/** Runs the probe on QEMU virt (-bios none, one hart) and returns what it printed. */
export function runOnQemu(ops: readonly ProbeOp[], disk: Uint8Array): string {
  return runAsmOnQemu(probeSource(ops), disk);
}

/** Assembles an M-mode program at 0x80000000, runs it on QEMU with `disk` in virtio slot 0, returns the UART output. */
export function runAsmOnQemu(source: string, disk: Uint8Array = new Uint8Array(512)): string {
  const image = assemble(source, { base: RAM_BASE }).bytes;
  const dir = mkdtempSync(join(tmpdir(), 'rf-probe-'));
  try {
    writeFileSync(join(dir, 'probe.bin'), image);
    writeFileSync(join(dir, 'disk.img'), disk);
    return execFileSync(QEMU!, QEMU_ARGS, { cwd: dir, timeout: 10_000, input: '', encoding: 'latin1' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Assembly printing the words from `from` up to `to` (registers holding addresses) as hex lines, then passing the finisher. */
export function printWordsAndExit(from: string, to: string): string {
  return `
    li s2, 0x10000000
print_word:
    beq ${from}, ${to}, done
    lw a0, 0(${from})
    addi ${from}, ${from}, 4
    li s3, 28
print_digit:
    srl t0, a0, s3
    andi t0, t0, 15
    li t1, 10
    blt t0, t1, decimal
    addi t0, t0, 39
decimal:
    addi t0, t0, 48
    call putc
    addi s3, s3, -4
    bgez s3, print_digit
    li t0, 10
    call putc
    j print_word
putc:
    lbu t1, 5(s2)
    andi t1, t1, 0x20
    beqz t1, putc
    sb t0, 0(s2)
    ret
done:
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
park:
    wfi
    j park
`;
}

/** The exact QEMU command line (run in a folder holding probe.bin, the assembled probe, and disk.img). */
export const QEMU_ARGS = ['-M', 'virt', '-cpu', 'rv32,c=false', '-bios', 'none', '-display', 'none', '-serial', 'stdio',
  '-monitor', 'none', '-no-reboot', '-kernel', 'probe.bin',
  '-global', 'virtio-mmio.force-legacy=false', '-drive', 'file=disk.img,if=none,format=raw,id=d0',
  '-device', 'virtio-blk-device,drive=d0,bus=virtio-mmio-bus.0'];

/** What a device model must offer to replay a probe. */
export interface ProbeTarget {
  load(addr: number, width: Width): number | { kind: 'bus-fault' };
  store(addr: number, width: Width, value: number): unknown;
  mip(): number;
  uartOutput(): string;
}

/** Replays the probe against our devices and formats the result like the QEMU program's output. */
export function replay(ops: readonly ProbeOp[], target: ProbeTarget): string {
  const values: number[] = [];
  for (const o of ops) {
    if (o.op === 'w') target.store(o.addr, o.width, o.value);
    else if (o.op === 'wait16') continue; // our devices complete requests synchronously
    else if (o.op === 'mip') values.push(target.mip() & MIP_MASK);
    else {
      const v = target.load(o.addr, o.width);
      values.push(typeof v === 'number' ? v : FAULT_MARKER);
    }
  }
  return target.uartOutput() + values.map((v) => `${(v >>> 0).toString(16).padStart(8, '0')}\n`).join('');
}

/** Lines of probe output annotated with the notes of the reads, for readable failures. */
export function annotate(ops: readonly ProbeOp[], output: string): string[] {
  const notes = ops.flatMap((o) => (o.op === 'w' || o.op === 'wait16' ? [] : [o.note]));
  const lines = output.split('\n');
  const head = lines.length - 1 - notes.length;
  return lines.slice(0, -1).map((l, k) => (k < head ? `out: ${l}` : `${notes[k - head]}: ${l}`));
}
