// The committed guest kernel (hypervisor/guest/kernel/kernel.elf) booted on qemu-system-riscv32
// `virt` with RFFS disk images built here from the kernel's test programs (kernel/testprog/) and
// the user programs (user/): banner, init, syscall errors as attacks, faulting children killed
// while the kernel runs on, wait4 statuses, exit status -> QEMU's exit code, preemption, console
// input, bad images, and an idle second hart. Also: no compressed instruction in the ELF, and a
// rebuild from a scratch copy gives identical bytes when the cross compiler is installed.
// Skipped only when QEMU is missing outside CI; in CI a missing QEMU fails.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRffs, type RffsInput } from '../../../hypervisor/guest/mkfs.ts';
import { Errno } from '../../../vm/os/syscalls.ts';

const GUEST = 'hypervisor/guest';
const KERNEL = `${GUEST}/kernel/kernel.elf`;
const TESTPROG = `${GUEST}/kernel/testprog`;
const QEMU = ['/usr/bin/qemu-system-riscv32', '/usr/local/bin/qemu-system-riscv32'].find((p) => existsSync(p));
const GCC = existsSync('/usr/bin/riscv64-unknown-elf-gcc');
const OBJDUMP = ['/usr/bin/riscv64-unknown-elf-objdump'].find((p) => existsSync(p));
const SIGILL = 4;
const SIGTRAP = 5;
const SIGBUS = 7;
const SIGSEGV = 11;

const scratch = mkdtempSync(join(tmpdir(), 'rf-kernel-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run { out: string; status: number | null }
interface RunOptions { smp?: number; stdin?: string; slot?: number; legacy?: boolean }

const prog = (name: string, file = name): RffsInput =>
  ({ name, data: new Uint8Array(readFileSync(`${TESTPROG}/${file}.elf`)), executable: true });
const data = (name: string, text: string): RffsInput =>
  ({ name, data: new TextEncoder().encode(text), executable: false });

let imageCount = 0;
/** Boots the committed kernel on QEMU with `disk` as the virtio block device (modern, slot 0). */
function boot(disk: Uint8Array | 'none', options: RunOptions = {}): Run {
  const args = ['-M', 'virt', '-bios', 'none', '-m', '128M', '-smp', String(options.smp ?? 1), '-display', 'none',
    '-serial', 'stdio', '-monitor', 'none', '-no-reboot', '-kernel', KERNEL];
  if (disk !== 'none') {
    const img = join(scratch, `disk${imageCount++}.img`);
    writeFileSync(img, disk);
    if (options.legacy !== true) args.push('-global', 'virtio-mmio.force-legacy=false');
    args.push('-drive', `file=${img},if=none,format=raw,id=d0`,
      '-device', `virtio-blk-device,drive=d0,bus=virtio-mmio-bus.${options.slot ?? 0}`);
  }
  const r = spawnSync(QEMU!, args, { input: options.stdin ?? '', timeout: 60_000, encoding: 'utf8' });
  return { out: r.stdout, status: r.status };
}

/** The kernel's sources (no build outputs) with the guest Makefile, in a fresh directory. */
function scratchCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'rf-kbuild-'));
  cpSync(`${GUEST}/Makefile`, join(copy, 'Makefile'));
  cpSync(`${GUEST}/include`, join(copy, 'include'), { recursive: true });
  cpSync(`${GUEST}/kernel`, join(copy, 'kernel'), {
    recursive: true, filter: (src) => !src.endsWith('.o') && !src.endsWith('.elf'),
  });
  cpSync(`${GUEST}/user`, join(copy, 'user'), {
    recursive: true, filter: (src) => !/\/user\/(build|bin)$/.test(src) && !src.endsWith('.img'),
  });
  return copy;
}

const run = (files: RffsInput[], options: RunOptions = {}): Run => boot(buildRffs(files), options);

/** name=value lines printed by the test programs (ulib.c report()). */
function reports(out: string): Map<string, number> {
  return new Map([...out.matchAll(/^([a-z_0-9A-Z]+)=(-?\d+)$/gm)].map((m) => [m[1]!, Number(m[2])]));
}

const BANNER = '[kernel] Ringfence guest kernel (rv32ima, Sv32), 128 MiB RAM\n';
const KILL_LINE = /^\[kernel\] pid (\d+) \((\w+)\) killed: ([a-zA-Z -]+) at pc 0x[0-9a-f]{8}, tval 0x[0-9a-f]{8}$/;

/** Header edits that the loader must refuse (offsets: ELF32 header, first program header at 52). */
type Edit = (v: DataView) => void;
const PH = 52; // hello.elf: e_phoff = 52, two program headers, the PT_LOAD second
const LOAD = PH + 32;
const TARGETED_MUTATIONS: [string, Edit][] = [
  ['bad magic', (v) => v.setUint8(1, 0x46)],
  ['ELFCLASS64', (v) => v.setUint8(4, 2)],
  ['big-endian', (v) => v.setUint8(5, 2)],
  ['ET_DYN', (v) => v.setUint16(16, 3, true)],
  ['x86-64', (v) => v.setUint16(18, 62, true)],
  ['e_phoff past the end', (v) => v.setUint32(28, 0xfffffff0, true)],
  ['e_phnum 65535', (v) => v.setUint16(44, 0xffff, true)],
  ['e_phentsize 56', (v) => v.setUint16(42, 56, true)],
  ['no PT_LOAD', (v) => v.setUint32(LOAD, 6, true)],
  ['segment in kernel space', (v) => v.setUint32(LOAD + 8, 0x80000000, true)],
  ['segment below 0x10000', (v) => v.setUint32(LOAD + 8, 0, true)],
  ['segment wrapping 2^32', (v) => v.setUint32(LOAD + 20, 0xfffff000, true)],
  ['p_filesz > p_memsz', (v) => v.setUint32(LOAD + 16, v.getUint32(LOAD + 20, true) + 4, true)],
  ['p_offset past the end', (v) => v.setUint32(LOAD + 4, 0xfffff000, true)],
  ['entry outside every segment', (v) => v.setUint32(24, 0x7fff0000, true)],
  ['entry misaligned', (v) => v.setUint32(24, 0x10002, true)],
];

function mutateElf(elf: Uint8Array, edit: Edit): Uint8Array {
  const copy = elf.slice();
  edit(new DataView(copy.buffer));
  return copy;
}

/** 1-3 random bytes of the ELF and program headers replaced (seeded, so reproducible). */
function randomMutant(elf: Uint8Array, seed: number): Uint8Array {
  let state = seed * 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const copy = elf.slice();
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) copy[Math.floor(next() * (PH + 64))] = Math.floor(next() * 256);
  return copy;
}

/** Edits of a two-file image (init, motd) and the reason the kernel must give. Header at 0,
 * directory entries of 64 bytes at 512 (name[48], offset, size, mode, crc32). */
const DIR = 512;
const BAD_IMAGES: [string, string, Edit][] = [
  ['version 2', 'unsupported version', (v) => v.setUint32(4, 2, true)],
  ['a non-zero header pad', 'header padding not zero', (v) => v.setUint8(300, 1)],
  ['a size not a multiple of 512', 'bad image size', (v) => v.setUint32(12, v.getUint32(12, true) - 1, true)],
  ['a size beyond the disk', 'image larger than the disk', (v) => v.setUint32(12, v.getUint32(12, true) + 512, true)],
  ['1000 files', 'too many files', (v) => v.setUint32(8, 1000, true)],
  ['a directory past the end', 'directory outside the image', (v) => v.setUint32(8, 255, true)],
  ['a "/" in a name', 'bad file name', (v) => v.setUint8(DIR + 1, 0x2f)],
  ['an empty name', 'bad file name', (v) => v.setUint8(DIR, 0)],
  ['garbage after the name', 'bad file name', (v) => v.setUint8(DIR + 40, 0x41)],
  ['a duplicate name', 'duplicate file name', (v) => [0x69, 0x6e, 0x69, 0x74, 0].forEach((b, i) => v.setUint8(DIR + 64 + i, b))],
  ['an unaligned offset', 'file offset not sector aligned', (v) => v.setUint32(DIR + 48, v.getUint32(DIR + 48, true) + 4, true)],
  ['a file past the end', 'file data outside the image or out of order', (v) => v.setUint32(DIR + 52, 0xffffff00, true)],
  ['files out of order', 'file data outside the image or out of order', (v) => v.setUint32(DIR + 64 + 48, 512, true)],
  ['mode 2', 'bad file mode', (v) => v.setUint32(DIR + 56, 2, true)],
  ['a wrong crc', 'crc mismatch', (v) => v.setUint32(DIR + 60, v.getUint32(DIR + 60, true) ^ 1, true)],
];

describe.runIf(QEMU === undefined && process.env.CI !== undefined)('guest kernel on QEMU (CI)', () => {
  it('needs qemu-system-riscv32 in CI', () => {
    expect(QEMU, 'qemu-system-riscv32 is not installed; CI must install qemu-system-misc').toBeDefined();
  });
});

describe.skipIf(QEMU === undefined)('guest kernel on QEMU', () => {
  it('prints its banner and, without a disk, says so and powers off with success', () => {
    const r = boot('none');
    expect(r.out).toBe(`${BANNER}[kernel] no disk; nothing to run\n`);
    expect(r.status).toBe(0);
  });

  it('runs init from the RFFS image with argv ["init"] as pid 1 and powers off with its status 0', () => {
    const image = buildRffs([prog('init', 'hello')]);
    const r = boot(image);
    expect(r.out).toMatch(new RegExp(`^${BANNER.replace(/[()[\]]/g, '\\$&')}` +
      `\\[kernel\\] rffs: 1 files, ${image.length} bytes; \\d+ KiB free\nhello from init pid=1\nargc=1\nargv: init\n$`));
    expect(r.status).toBe(0);
  });

  it("passes init's exit code to QEMU's exit status through the finisher", () => {
    const r = run([prog('init', 'exitcode')]);
    expect(r.out).toContain('exiting with 7\n');
    expect(r.status).toBe(7);
  });

  it('keeps the second hart parked with -smp 2', () => {
    const files = [prog('init', 'hello')];
    expect(run(files, { smp: 2 })).toEqual(run(files));
  });

  it('finds the disk in any of the 8 virtio-mmio slots', () => {
    const files = [prog('init', 'hello')];
    expect(run(files, { slot: 7 })).toEqual(run(files, { slot: 0 }));
  });

  it('ignores a legacy (version 1) virtio device and says why', () => {
    const r = run([prog('init', 'hello')], { legacy: true });
    expect(r.out).toBe(`${BANNER}[kernel] virtio slot 0: legacy block device (version 1) ignored\n` +
      '[kernel] no disk; nothing to run\n');
    expect(r.status).toBe(0);
  });

  it('answers ridiculous syscall arguments with -errno and never crashes', () => {
    const r = run([prog('init', 'errors'), prog('hello'), data('motd', 'Hello, RFFS!\n'),
      { name: 'notelf', data: new Uint8Array(300).fill(0x41), executable: true }]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('Hello, RFFS!\n');
    expect(r.out).toContain('errors done\n');
    const got = reports(r.out);
    const want: Record<string, number> = {
      open_missing: -Errno.ENOENT, open_for_write: -Errno.EACCES, open_creat: -Errno.EACCES,
      open_null_path: -Errno.EFAULT, open_kernel_path: -Errno.EFAULT, open_motd: 3,
      read_into_text: -Errno.EFAULT, read_motd: 13, read_at_eof: 0, write_to_file: -Errno.EBADF, close: 0,
      close_again: -Errno.EBADF, read_bad_fd: -Errno.EBADF, write_negative_fd: -Errno.EBADF,
      write_null: -Errno.EFAULT, write_kernel: -Errno.EFAULT, write_device_window: -Errno.EFAULT,
      write_past_user_top: -Errno.EFAULT, write_wrapping: -Errno.EFAULT, write_zero: 0,
      gettime_into_kernel: -Errno.EFAULT, gettime_into_text: -Errno.EFAULT, wait_status_into_kernel: -Errno.ECHILD,
      unknown_syscall: -Errno.ENOSYS, unknown_syscall_big: -Errno.ENOSYS, spawn_missing: -Errno.ENOENT,
      spawn_data_file: -Errno.EACCES, spawn_not_elf: -Errno.ENOEXEC, spawn_null_path: -Errno.EFAULT,
      spawn_bad_argv: -Errno.EFAULT, spawn_bad_argv_string: -Errno.EFAULT, wait_no_children: -Errno.ECHILD,
      wait_status_into_kernel_child: -Errno.EFAULT, wait_again_reaps: 1, argc: 1,
      spawn_40_args: -Errno.E2BIG, spawn_3000_byte_arg: -Errno.E2BIG, spawn_long_path: -Errno.ENOENT,
      open_long_path: -Errno.ENOENT,
      wait_bad_options: -Errno.EINVAL, wait_rusage: -Errno.EINVAL, getpid: 1, yield: 0,
    };
    expect(Object.fromEntries(got)).toEqual(want);
  });

  it('kills only the faulting child, prints one line per kill, and wait4 sees the signal', () => {
    const r = run([prog('init', 'faults'), prog('crash')]);
    const want: [string, string, number][] = [
      ['null', 'load page fault', SIGSEGV], ['kernel', 'load page fault', SIGSEGV],
      ['device', 'load page fault', SIGSEGV], ['store-text', 'store page fault', SIGSEGV],
      ['illegal', 'illegal instruction', SIGILL], ['csr', 'illegal instruction', SIGILL],
      ['ebreak', 'breakpoint', SIGTRAP],
      // QEMU 7.2 reports a misaligned AMO as a *load* address misaligned (cause 4)
      ['misaligned-amo', 'load address misaligned', SIGBUS],
      ['wild-jump', 'instruction page fault', SIGSEGV], ['exec-stack', 'instruction page fault', SIGSEGV],
      ['stack-overflow', 'store page fault', SIGSEGV], ['munmapped', 'load page fault', SIGSEGV],
      ['prot-none', 'load page fault', SIGSEGV],
    ];
    const lines = r.out.split('\n');
    want.forEach(([kind, cause, signal], i) => {
      const at = lines.findIndex((l) => l.startsWith(`${kind}: status=`));
      expect(at, `no status line for ${kind}`).toBeGreaterThan(0);
      const kill = KILL_LINE.exec(lines[at - 1]!);
      expect(kill, `line before ${kind}: ${lines[at - 1]}`).not.toBeNull();
      expect([Number(kill![1]), kill![2], kill![3]]).toEqual([i + 2, 'crash', cause]);
      expect(lines[at]).toBe(`${kind}: status=0x${signal.toString(16).padStart(8, '0')} (reaped)`);
    });
    expect(r.out).toContain('crash: survived none\nnone: status=0x00000300 (reaped)\n');
    expect(r.out.match(/killed:/g)?.length).toBe(want.length);
    expect(r.out).toContain('faults done; init still alive\n');
    expect(r.status).toBe(0);
  });

  it('preempts: two CPU-bound children both make progress, interleaved', () => {
    const r = run([prog('init', 'spin'), prog('spin')]);
    const letters = /\n([AB]+)\n/.exec(r.out)?.[1] ?? '';
    expect([...letters].filter((c) => c === 'A').length).toBe(30);
    expect([...letters].filter((c) => c === 'B').length).toBe(30);
    // without preemption one child would print all 30 letters before the other starts
    expect(letters.indexOf('B')).toBeLessThan(letters.lastIndexOf('A'));
    expect(letters.indexOf('A')).toBeLessThan(letters.lastIndexOf('B'));
    expect(reports(r.out)).toEqual(new Map([['status_a', 0], ['status_b', 0]]));
    expect(r.status).toBe(0);
  });

  it('serves brk and anonymous mmap/munmap with zero-filled demand-paged memory', () => {
    const r = run([prog('init', 'memprog')]);
    expect(Object.fromEntries(reports(r.out))).toEqual({
      brk_page_aligned_start: 1, brk_grow: 1, heap_zeroed: 1, heap_sum_ok: 1, brk_too_far: 1, brk_below_start: 1,
      brk_shrink: 1, mmap_ok: 1, mmap_zeroed: 1, munmap_middle: 0, outer_pages_kept: 1,
      munmap_unaligned: -Errno.EINVAL, mmap_shared: -Errno.EINVAL, mmap_zero_len: -Errno.EINVAL,
      mmap_huge: -Errno.ENOMEM, mmap_64MiB: 1, mmap_64MiB_touch_ends: 3, munmap_64MiB: 0,
    });
    expect(r.status).toBe(0);
  });

  it('keeps time at 10 MHz and sleeps at least as long as asked', () => {
    const r = run([prog('init', 'timeprog')]);
    expect(Object.fromEntries(reports(r.out))).toEqual({
      slept_at_least_30ms: 1, slept_less_than_1s: 1, rdtime_moved_30ms: 1, nanosleep_bad_nsec: -Errno.EINVAL,
      nanosleep_bad_clock: -Errno.EINVAL, gettime_bad_clock: -Errno.EINVAL, gettime_null: -Errno.EFAULT,
      nanosleep_abstime: 0, after_abstime: 1,
    });
    expect(r.status).toBe(0);
  });

  it('reads console input from the UART on fd 0', () => {
    const r = run([prog('init', 'cat')], { stdin: 'typed line\n' });
    expect(r.out).toContain('got: typed line\n');
    expect(r.status).toBe(0);
  });

  it('refuses a corrupted image: rffs: bad image, failure status 3', () => {
    const image = buildRffs([prog('init', 'hello')]);
    image[image.length - 600] = image[image.length - 600]! ^ 0xff; // inside the file data
    const crc = boot(image);
    expect(crc.out).toBe(`${BANNER}rffs: bad image: crc mismatch\n`);
    expect(crc.status).toBe(3);
    const magic = buildRffs([prog('init', 'hello')]);
    magic[0] = 0x58;
    expect(boot(magic)).toEqual({ out: `${BANNER}rffs: bad image: bad magic\n`, status: 3 });
  });

  it.each(BAD_IMAGES)('refuses an image with %s', (_what, why, edit) => {
    const image = buildRffs([prog('init', 'hello'), data('motd', 'hi\n')]);
    edit(new DataView(image.buffer, image.byteOffset, image.byteLength));
    expect(boot(image)).toEqual({ out: `${BANNER}rffs: bad image: ${why}\n`, status: 3 });
  });

  it('powers off with failure 1 when the image has no init', () => {
    const r = run([prog('hello')]);
    expect(r.out).toContain(`[kernel] cannot run init: error ${-Errno.ENOENT}\n`);
    expect(r.status).toBe(1);
  });

  it('rejects hostile ELF headers with -ENOEXEC and survives randomly mutated ones', () => {
    const hello = new Uint8Array(readFileSync(`${TESTPROG}/hello.elf`));
    const targeted = TARGETED_MUTATIONS.map(([, mutate]) => mutateElf(hello, mutate));
    const random = Array.from({ length: 40 }, (_, i) => randomMutant(hello, i + 1));
    const files = [prog('init', 'mutants'), ...[...targeted, ...random]
      .map((data, i) => ({ name: `m${i}`, data, executable: true }))];
    const r = run(files);
    expect(r.out).not.toContain('panic');
    expect(r.out).toContain('mutants done\n');
    expect(r.status).toBe(0);
    // Unanchored: a started mutant (hello's code) may leave a partial line before the parent's
    // report, which is one atomic write.
    const got = new Map([...r.out.matchAll(/m(\d+)=(-?\d+)\n/g)].map((m) => [`m${m[1]}`, Number(m[2])]));
    TARGETED_MUTATIONS.forEach(([what], i) => expect(got.get(`m${i}`), what).toBe(-Errno.ENOEXEC));
    for (let i = targeted.length; i < files.length - 1; i++) expect([-Errno.ENOEXEC, 1]).toContain(got.get(`m${i}`));
  });

  it('kills a process that exhausts memory and gets every page back', () => {
    const r = run([prog('init', 'hog'), prog('hog')]);
    const rounds = [...r.out.matchAll(/^(#+)\[kernel\] pid \d+ \(hog\) killed: out of memory at pc 0x[0-9a-f]{8}, tval (0x[0-9a-f]{8})$/gm)];
    expect(rounds.length).toBe(3);
    expect(rounds[0]![1]!.length).toBeGreaterThan(20); // 4 MiB each: most of the 128 MiB
    expect(new Set(rounds.map((m) => `${m[1]} ${m[2]}`)).size).toBe(1); // same depth each time: no leak
    expect(r.out.match(/^hog_status=9$/gm)?.length).toBe(3); // SIGKILL
    expect(r.status).toBe(0);
  });

  it('refuses spawn with -EAGAIN when the process table is full, and recovers after reaping', () => {
    const r = run([prog('init', 'bomb'), prog('bomb')]);
    expect(Object.fromEntries(reports(r.out))).toEqual({
      spawned: 15, refused_with: -Errno.EAGAIN, reaped: 15, sleeps_overlapped: 1, all_exited_5: 1, spawn_after: 1, wait_after: 1,
    });
    expect(r.status).toBe(0);
  });

  it.runIf(GCC)('panics on a kernel-mode fault with the cause, pc and tval, and powers off with status 2', () => {
    const copy = scratchCopy();
    try {
      const make = spawnSync('make', ['-s', 'kernel/kernel.elf', 'KERNEL_DEFS=-DKERNEL_FAULT_SELFTEST'],
        { cwd: copy, encoding: 'utf8' });
      expect(make.stderr).toBe('');
      const r = spawnSync(QEMU!, ['-M', 'virt', '-bios', 'none', '-m', '128M', '-display', 'none', '-serial', 'stdio',
        '-monitor', 'none', '-no-reboot', '-kernel', join(copy, 'kernel/kernel.elf')], { encoding: 'utf8', timeout: 30_000 });
      expect(r.stdout).toMatch(new RegExp(`^${BANNER.replace(/[()[\]]/g, '\\$&')}` +
        '\\[kernel\\] panic: load page fault at pc 0x8[0-9a-f]{7} tval 0x40000000\n$'));
      expect(r.status).toBe(2);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(`${GUEST}/user/demo.img`))("runs the user programs' demo image to a clean pass", () => {
    const r = boot(new Uint8Array(readFileSync(`${GUEST}/user/demo.img`)));
    expect(r.out).not.toContain('panic');
    expect(r.out).toMatch(/init: (\d+) of \1 programs passed/);
    expect(r.status).toBe(0);
  });
});

describe('the committed kernel image', () => {
  const ELFS = [KERNEL, ...['hello', 'exitcode', 'errors', 'faults', 'crash', 'spin', 'timeprog', 'memprog', 'cat',
    'mutants', 'hog', 'bomb']
    .map((p) => `${TESTPROG}/${p}.elf`)];

  it('is an ELF32 RISC-V executable at 0x80000000 without the RVC flag', () => {
    const v = new DataView(readFileSync(KERNEL).buffer);
    expect(v.getUint32(0, false)).toBe(0x7f454c46);
    expect([v.getUint8(4), v.getUint16(16, true), v.getUint16(18, true)]).toEqual([1, 2, 243]);
    expect(v.getUint32(24, true)).toBe(0x80000000);
    expect(v.getUint32(36, true) & 1).toBe(0); // EF_RISCV_RVC
  });

  it.runIf(OBJDUMP !== undefined)('contains no compressed instruction (every objdump word is 4 bytes)', () => {
    for (const elf of ELFS) {
      const r = spawnSync(OBJDUMP!, ['-d', elf], { encoding: 'utf8' });
      const insns = [...r.stdout.matchAll(/^\s*[0-9a-f]+:\t([0-9a-f]+)\s/gm)].map((m) => m[1]!);
      expect(insns.length, elf).toBeGreaterThan(50);
      expect(insns.filter((w) => w.length !== 8), elf).toEqual([]);
    }
  });

  it.runIf(GCC)('rebuilds from a scratch copy to identical bytes', () => {
    const copy = scratchCopy();
    try {
      const targets = ELFS.map((e) => e.slice(GUEST.length + 1));
      const make = spawnSync('make', ['-s', ...targets], { cwd: copy, encoding: 'utf8' });
      expect(make.stderr).toBe('');
      for (const t of targets) {
        expect(Buffer.compare(readFileSync(join(copy, t)), readFileSync(`${GUEST}/${t}`)), t).toBe(0);
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
