// QEMU fixtures of the guest tests: a recorded run's UART output and exit status, with the exact
// command in a header, so a reader can re-run it by hand. Used by the conformance programs
// (programs.ts) and the user-program runs under the guest kernel.
//
//   # <free comment lines>
//   # command: qemu-system-riscv32 ... -kernel hypervisor/guest/conformance/alu.elf </dev/null
//   # exit status: 0
//   <UART output, byte for byte>

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const QEMU_SYSTEM = ['/usr/bin/qemu-system-riscv32', '/usr/local/bin/qemu-system-riscv32'].find((p) => existsSync(p));

export interface Fixture {
  readonly comments: readonly string[];
  readonly command: string;
  readonly status: number;
  readonly output: string;
}

export interface QemuRun {
  readonly output: string;
  readonly status: number | null;
}

const COMMAND = '# command: ';
const STATUS = '# exit status: ';

export function formatFixture(f: Fixture): string {
  return [...f.comments.map((c) => `# ${c}`), `${COMMAND}${f.command}`, `${STATUS}${f.status}`, ''].join('\n') + f.output;
}

/** Parses fixture text; throws a one-line Error naming what is missing. */
export function parseFixture(text: string, where = 'fixture'): Fixture {
  const statusAt = text.indexOf(`\n${STATUS}`);
  if (statusAt < 0) throw new Error(`${where}: no '${STATUS.trim()}' header line`);
  const statusEnd = text.indexOf('\n', statusAt + 1);
  const header = text.slice(0, statusEnd < 0 ? text.length : statusEnd).split('\n');
  const statusLine = header.pop()!;
  const commandLine = header.pop() ?? '';
  if (!commandLine.startsWith(COMMAND)) throw new Error(`${where}: the line before the exit status must be '${COMMAND.trim()}'`);
  const status = Number(statusLine.slice(STATUS.length));
  if (!Number.isInteger(status)) throw new Error(`${where}: bad exit status '${statusLine}'`);
  return {
    comments: header.map((l) => l.replace(/^# ?/, '')),
    command: commandLine.slice(COMMAND.length),
    status,
    output: statusEnd < 0 ? '' : text.slice(statusEnd + 1),
  };
}

export function readFixture(path: string): Fixture {
  return parseFixture(readFileSync(path, 'utf8'), path);
}

export function writeFixture(path: string, f: Fixture): void {
  writeFileSync(path, formatFixture(f));
}

/** Runs qemu-system-riscv32 with `args` from `cwd`, stdin closed or fed `input`; stdout is the UART. */
export function runQemu(args: readonly string[], cwd: string, timeoutMs = 30_000, input?: string): QemuRun {
  if (QEMU_SYSTEM === undefined) throw new Error('qemu-system-riscv32 is not installed');
  const stdin = input === undefined ? 'ignore' : 'pipe';
  const r = spawnSync(QEMU_SYSTEM, args, { cwd, encoding: 'latin1', timeout: timeoutMs, input, stdio: [stdin, 'pipe', 'pipe'] });
  return { output: r.stdout, status: r.status };
}

export interface VirtRun {
  readonly memMiB?: number;
  readonly smp?: number;
  /** QEMU's -cpu (default: QEMU's rv32). */
  readonly cpu?: string;
  /** A raw disk image for virtio-mmio slot 0, attached read-only. */
  readonly disk?: string;
}

/**
 * QEMU's arguments for running `elf` on the virt board as the docs do (docs/machine-toolchain.md):
 * no firmware, the UART on stdio, no monitor, no reboot, and a disk on the modern virtio-mmio
 * transport (QEMU 7.2 offers a legacy one unless told; the guest kernel ignores those),
 * read-only: RFFS is read-only anyway, and a writable drive takes a lock that fails while
 * anyone else boots the same image.
 */
export function virtArgs(elf: string, o: VirtRun = {}): string[] {
  const drive = o.disk === undefined ? [] : ['-global', 'virtio-mmio.force-legacy=false', '-drive', `file=${o.disk},if=none,format=raw,id=d0,readonly=on`,
    '-device', 'virtio-blk-device,drive=d0,bus=virtio-mmio-bus.0'];
  return ['-M', 'virt', ...(o.cpu === undefined ? [] : ['-cpu', o.cpu]), '-bios', 'none', '-m', `${o.memMiB ?? 128}M`, '-smp', String(o.smp ?? 1),
    '-display', 'none', '-serial', 'stdio', '-monitor', 'none', '-no-reboot', ...drive, '-kernel', elf];
}

/** The command line as written in a fixture header (paths relative to the repository). */
export function commandLine(args: readonly string[]): string {
  return ['qemu-system-riscv32', ...args].join(' ') + ' </dev/null';
}
