// The bare-metal conformance programs of the differential suite "the same ELF gives identical
// UART output and exit status on QEMU and on Ringfence's machine". Each ELF (built by this
// folder's Makefile and committed) runs in M-mode from 0x80000000, prints hex over the 16550 at
// 0x10000000 and stops through the finisher. Its QEMU run is recorded in expectedFixture
// (format: fixture.ts); test/hypervisor/guest/conformance.test.ts re-runs QEMU against it, and the
// machine's side of the comparison imports CONFORMANCE_PROGRAMS.

import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * QEMU flags of every run: the virt board with an RV32IMA hart that has S and U modes but no
 * C, F, D or H (QEMU's default rv32 CPU has all four, and misa, mstatus and the delegation
 * registers would show them), one hart, 128 MiB, no firmware, the UART on stdout.
 */
export const QEMU_ARGS: readonly string[] = [
  '-M', 'virt', '-cpu', 'rv32,c=false,f=false,d=false,h=false', '-smp', '1', '-m', '128M', '-bios', 'none',
  '-display', 'none', '-serial', 'stdio', '-monitor', 'none', '-no-reboot',
];

export interface ConformanceProgram {
  readonly name: string;
  /** Absolute path of the committed ELF. */
  readonly elfPath: string;
  /** Absolute path of the QEMU fixture (UART output and exit status; see fixture.ts). */
  readonly expectedFixture: string;
  /** Complete QEMU argument list, ELF included (paths relative to REPO_ROOT, the cwd to run in). */
  readonly qemuArgs: readonly string[];
  /** What the program covers. */
  readonly covers: string;
  /** Set when QEMU 7.2 is known to disagree with the RISC-V specification on this program. */
  readonly qemuDeviation?: { readonly reason: string; readonly specOutput: string };
}

const FIXTURES = join(REPO_ROOT, 'test', 'hypervisor', 'guest', 'fixtures');
const HERE = dirname(fileURLToPath(import.meta.url));

function program(name: string, covers: string, qemuDeviation?: ConformanceProgram['qemuDeviation']): ConformanceProgram {
  const elfPath = join(HERE, `${name}.elf`);
  return {
    name,
    elfPath,
    expectedFixture: join(FIXTURES, `conformance-${name}.txt`),
    qemuArgs: [...QEMU_ARGS, '-kernel', relative(REPO_ROOT, elfPath)],
    covers,
    ...(qemuDeviation === undefined ? {} : { qemuDeviation }),
  };
}

const SPEC_PRIORITY_OUTPUT = [
  '== irq-priority',
  'all six: pending 00000aaa taken 0000000b 00000003 00000007 00000009 00000001 00000005 left 00000000',
  'plic claim id: 0000000a',
  'MEI+MSI: pending 00000808 taken 0000000b 00000003 left 00000000',
  'MTI+SSI: pending 00000082 taken 00000007 00000001 left 00000000',
  'SEI+STI: pending 00000220 taken 00000009 00000005 left 00000000',
  'done',
  '',
].join('\n');

export const CONFORMANCE_PROGRAMS: readonly ConformanceProgram[] = [
  program('alu', 'RV32I/RV32M register, immediate, load/store, branch and upper-immediate instructions on edge values'),
  program('amo', 'every AMO on edge values, LR/SC success and failure, misaligned LR/SC/AMO'),
  program('csr', 'CSR instructions, misa/mhartid, WARL masks, mtvec modes, counters, illegal CSR accesses'),
  program('traps', 'ecall, ebreak, illegal instructions, misaligned jumps and data, access faults'),
  program('priv', 'S and U entry via mret/sret, ecall causes, mcounteren, TSR/TW/TVM, medeleg/mideleg'),
  program('paging', 'Sv32: remapped page, superpage, A/D updates, page faults, SUM, MXR, sfence.vma'),
  program('pmp', 'PMP NAPOT/TOR/NA4 regions, priority, locking'),
  program('interrupts', 'CLINT timer and msip, vectored mtvec, interrupt pairs in spec order, WFI wake-up'),
  program('irq-priority', 'order of six simultaneously pending interrupts', {
    reason: 'QEMU 7.2 without AIA takes the lowest-numbered pending interrupt (riscv_cpu_pending_to_irq uses ctz), '
      + 'not the privileged spec 3.1.9 order MEI > MSI > MTI > SEI > SSI > STI',
    specOutput: SPEC_PRIORITY_OUTPUT,
  }),
];
