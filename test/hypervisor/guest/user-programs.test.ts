// The committed user programs (hypervisor/guest/user/bin/*.elf) and demo disk image: they are
// what the sources build to (rebuilt with the cross compiler in a scratch copy and compared byte
// for byte), valid static ELF32 RISC-V executables at 0x10000 with W^X segments and no compressed
// instruction (GNU objdump), and demo.img is exactly mkfs of init + every program. Under the guest
// kernel on qemu-system-riscv32, demo.img and each program booted as init (default arguments)
// print exactly their recorded fixtures (RF_UPDATE_FIXTURES=1 re-records). The Linux-ABI part of
// each program (all but spawn) is also run under qemu-riscv32 user mode when it is installed.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandLine, QEMU_SYSTEM, readFixture, runQemu, virtArgs, writeFixture } from '../../../hypervisor/guest/conformance/fixture.ts';
import { elfTextSection, nonBaseLengthWords } from '../../../hypervisor/guest/conformance/elf-text.ts';
import { buildRffs, parseRffs, type RffsInput } from '../../../hypervisor/guest/rffs.ts';
import { INITRC, initrcImage } from './initrc-image.ts';

const GUEST = 'hypervisor/guest';
const USER = `${GUEST}/user`;
const PROGRAMS = ['init', 'hello', 'syscall-loop', 'page-touch', 'compute', 'spawn-wait', 'pagetable-heavy',
  'regs-checksum', 'fault', 'syscall-errors'];
const GCC = existsSync('/usr/bin/riscv64-unknown-elf-gcc');
const QEMU_USER = existsSync('/usr/bin/qemu-riscv32');
const elfPath = (p: string): string => `${USER}/bin/${p}.elf`;

const PT_LOAD = 1;
const PF_X = 1;
const PF_W = 2;

interface Segment { type: number; vaddr: number; filesz: number; memsz: number; flags: number }

/** The fields of an ELF32 header and program headers that the kernel's loader relies on. */
function readElf(bytes: Uint8Array) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const phoff = v.getUint32(28, true);
  const phentsize = v.getUint16(42, true);
  const segments: Segment[] = [];
  for (let i = 0; i < v.getUint16(44, true); i++) {
    const at = phoff + i * phentsize;
    segments.push({ type: v.getUint32(at, true), vaddr: v.getUint32(at + 8, true), filesz: v.getUint32(at + 16, true),
      memsz: v.getUint32(at + 20, true), flags: v.getUint32(at + 24, true) });
  }
  return { magic: Array.from(bytes.subarray(0, 4)), elfClass: bytes[4], data: bytes[5], type: v.getUint16(16, true),
    machine: v.getUint16(18, true), entry: v.getUint32(24, true), flags: v.getUint32(36, true), segments };
}

describe('committed user programs', () => {
  it.each(PROGRAMS)('%s is a static ELF32 RISC-V executable entered at 0x10000 with W^X segments', (name) => {
    const elf = readElf(readFileSync(elfPath(name)));
    expect(elf.magic).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    expect([elf.elfClass, elf.data, elf.type, elf.machine]).toEqual([1, 1, 2, 243]); // ELF32, LE, EXEC, RISC-V
    expect(elf.entry).toBe(0x10000);
    expect(elf.flags & 0x1).toBe(0); // EF_RISCV_RVC clear
    const loads = elf.segments.filter((s) => s.type === PT_LOAD);
    expect(loads.length).toBe(2);
    expect(loads[0]!.vaddr).toBe(0x10000);
    for (const s of loads) {
      expect(s.flags & (PF_W | PF_X), `segment at 0x${s.vaddr.toString(16)} is writable and executable`).not.toBe(PF_W | PF_X);
      expect(s.vaddr % 4096).toBe(0);
      expect(s.vaddr + s.memsz).toBeLessThan(0x7fff0000);
    }
  });

  it.each(PROGRAMS)('%s: every word of .text is a 32-bit instruction (no RVC)', (name) => {
    const text = elfTextSection(readFileSync(elfPath(name)));
    expect(text.length).toBeGreaterThan(400);
    // fault executes one all-zero word on purpose (the defined illegal instruction)
    const zeroWords = name === 'fault' ? 1 : 0;
    const bad = nonBaseLengthWords(text);
    expect(bad.length).toBe(zeroWords);
    for (const at of bad) expect(Array.from(text.subarray(at, at + 4))).toEqual([0, 0, 0, 0]);
  });

  it('demo.img holds exactly init and every program, byte for byte, as mkfs builds it', () => {
    const image = new Uint8Array(readFileSync(`${USER}/demo.img`));
    const files = parseRffs(image);
    expect(files.map((f) => f.name)).toEqual(PROGRAMS);
    for (const f of files) {
      expect(f.executable).toBe(true);
      expect(Buffer.from(f.data).equals(readFileSync(elfPath(f.name))), f.name).toBe(true);
    }
    const rebuilt = buildRffs(PROGRAMS.map((name) => ({ name, data: readFileSync(elfPath(name)), executable: true })));
    expect(Buffer.from(rebuilt).equals(Buffer.from(image))).toBe(true);
  });
});

// CI installs QEMU but not the cross compiler (.ci/run): the committed binaries are checked
// there by the header and .text tests above; these rebuild checks run where gcc is installed.
describe.skipIf(!GCC)('user programs rebuilt with riscv64-unknown-elf-gcc', () => {
  it('contain no compressed (16-bit) instruction anywhere (objdump -d)', () => {
    for (const name of PROGRAMS) {
      const dis = execFileSync('riscv64-unknown-elf-objdump', ['-d', elfPath(name)], { encoding: 'utf8' });
      const words = dis.split('\n').filter((l) => /^\s+[0-9a-f]+:\t[0-9a-f]+\s/.test(l));
      expect(words.length, name).toBeGreaterThan(100);
      const short = words.filter((l) => /^\s+[0-9a-f]+:\t[0-9a-f]{4}\s/.test(l));
      expect(short, `${name}: 16-bit instructions`).toEqual([]);
    }
  });

  it('rebuild from a clean scratch copy to the committed bytes (reproducible, and the committed ELFs are current)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-user-'));
    try {
      cpSync(USER, join(dir, 'guest/user'), { recursive: true, filter: (p) => !/\/(bin|build)$/.test(p) && !p.endsWith('.img') });
      cpSync(`${GUEST}/include`, join(dir, 'guest/include'), { recursive: true });
      execFileSync('make', ['-s', '-C', join(dir, 'guest/user'), ...PROGRAMS.map((p) => `bin/${p}.elf`)], { stdio: 'pipe' });
      for (const name of PROGRAMS) {
        expect(readFileSync(join(dir, `guest/user/bin/${name}.elf`)).equals(readFileSync(elfPath(name))), name).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** Runs a program under qemu-riscv32 (Linux user mode) and returns its stdout and status. */
function runLinux(name: string, ...args: string[]): { out: string; status: number | null } {
  const r = spawnSync('qemu-riscv32', [elfPath(name), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, status: r.status };
}

// Dev check only (qemu-user is not part of the toolchain CI installs): the Linux kernel serves
// the same riscv32 ABI for every call but spawn and wait4, so these outputs are the reference
// the guest kernel must reproduce.
describe.skipIf(!QEMU_USER)('user programs under Linux (qemu-riscv32 user mode)', () => {
  it('compute, page-touch, pagetable-heavy and regs-checksum print their checksums and exit 0', () => {
    expect(runLinux('compute', '100')).toEqual({ out: 'compute: 9592 primes below 100000, 100000 mix rounds, checksum 0x85f7d25f\n', status: 0 });
    expect(runLinux('page-touch', '64')).toEqual({ out: 'page-touch: 64 pages brk checksum 0x69e41470, mmap checksum 0x70bb5b50, munmap 0\n', status: 0 });
    expect(runLinux('pagetable-heavy', '2')).toEqual({ out: 'pagetable-heavy: 2 rounds x 64 regions x 2 pages, checksum 0x658a7ac5\n', status: 0 });
    expect(runLinux('regs-checksum', '20')).toEqual({
      out: 'regs-checksum: registers 0xea5a7319, 0 of 20 runs across ecalls differ\nregs-checksum: memory 0xa1a1ec59, unchanged across a yield\n',
      status: 0,
    });
  });

  it('syscall-loop and hello report the pid getpid gives', () => {
    const loop = runLinux('syscall-loop', '500');
    expect(loop.status).toBe(0);
    expect(loop.out).toMatch(/^syscall-loop: 500 getpid calls, 500 returned pid \d+\n$/);
    const hello = runLinux('hello', 'a', 'bc');
    expect(hello.out).toMatch(/^hello from user space, pid \d+\nhello: argv\[1\] = a\nhello: argv\[2\] = bc\n$/);
  });

  it('syscall-errors gets the wanted -errno from Linux for every check that is not Ringfence-specific', () => {
    const { out } = runLinux('syscall-errors');
    const lines = out.split('\n').filter((l) => l.startsWith('syscall-errors: ') && !l.includes(' wrong'));
    expect(lines.length).toBe(23);
    const ringfenceOnly = /spawn|open\("\/hello"\)|syscall 220|wait4/;
    for (const line of lines.filter((l) => !ringfenceOnly.test(l))) expect(line).toMatch(/ ok$/);
  });
});

const KERNEL = `${GUEST}/kernel/kernel.elf`;
const FIXTURES = 'test/hypervisor/guest/fixtures';
const UPDATE = process.env.RF_UPDATE_FIXTURES === '1';
const scratch = mkdtempSync(join(tmpdir(), 'rf-user-boot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The contracts' QEMU command for the guest kernel with `image` on virtio-mmio slot 0. */
const kernelArgs = (image: string): string[] => virtArgs(KERNEL, { disk: image });

/** The kernel's own lines (banner, rffs summary) may change with the kernel; kill lines are contract. */
const programOutput = (uart: string): string =>
  uart.split('\n').filter((l) => !l.startsWith('[kernel] ') || / killed: /.test(l)).join('\n');

/** Boots `image` (a repo path, or an image file written to the scratch dir) and checks the fixture. */
function checkBoot(fixture: string, image: string, shownImage: string, comment: string): void {
  const args = kernelArgs(image);
  const run = runQemu(args, process.cwd(), 120_000);
  const path = `${FIXTURES}/${fixture}`;
  if (UPDATE) {
    writeFixture(path, { comments: [comment, 'lines "[kernel] ..." other than kill lines are ignored by the test; RF_UPDATE_FIXTURES=1 re-records'],
      command: commandLine(kernelArgs(shownImage)), status: run.status ?? -1, output: run.output });
  }
  const want = readFixture(path);
  expect(programOutput(run.output)).toBe(programOutput(want.output));
  expect(run.status).toBe(want.status);
}

const elf = (name: string, as = name): RffsInput => ({ name: as, data: new Uint8Array(readFileSync(elfPath(name))), executable: true });

describe.skipIf((QEMU_SYSTEM === undefined || !existsSync(KERNEL)) && !process.env.CI)('user programs under the guest kernel on qemu-system-riscv32', () => {
  it('demo.img: init runs the demo list, every program prints its deterministic result, status 0', () => {
    checkBoot('user-demo.txt', `${USER}/demo.img`, `${USER}/demo.img`, 'the committed demo image: init runs its demo list');
    expect(readFixture(`${FIXTURES}/user-demo.txt`).output).toContain('init: 9 of 9 programs passed\n');
  });

  it.each(PROGRAMS.filter((p) => p !== 'init'))('%s booted as init with its default arguments prints its fixture', (name) => {
    // The program is init (pid 1, argv ["init"]) and also under its own name (spawn-wait and fault
    // spawn themselves); hello is there for spawn-wait and syscall-errors.
    const files = [elf(name, 'init'), elf(name), ...(name === 'hello' ? [] : [elf('hello')])];
    const image = join(scratch, `${name}.img`);
    writeFileSync(image, buildRffs(files));
    const shown = `IMAGE`;
    checkBoot(`user-${name}.txt`, image, shown,
      `IMAGE = mkfs.ts IMAGE init=${elfPath(name)}:x ${files.slice(1).map((f) => `${f.name}=${elfPath(f.name)}:x`).join(' ')}`);
  });

  it('init runs the commands of /initrc (comments and empty lines skipped) when it has no arguments', () => {
    const image = join(scratch, 'initrc.img');
    writeFileSync(image, buildRffs(initrcImage()));
    checkBoot('user-initrc.txt', image, 'IMAGE', `IMAGE = mkfs.ts IMAGE init=${elfPath('init')}:x hello=${elfPath('hello')}:x compute=${elfPath('compute')}:x initrc=FILE; FILE = ${JSON.stringify(INITRC)}`);
    expect(readFixture(`${FIXTURES}/user-initrc.txt`).output).toContain('init: 3 of 3 programs passed\n');
  });
});
