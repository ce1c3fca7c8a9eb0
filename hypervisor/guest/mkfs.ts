// mkfs: the command line that builds an RFFS image for the guest kernel's virtio disk (format and
// validation live in rffs.ts, re-exported here).
//
//   npx tsx hypervisor/guest/mkfs.ts OUT.img name=path[:x] ...   (":x" marks an executable)
//   npx tsx hypervisor/guest/mkfs.ts --list IMG                  validates IMG and lists its files
//
// The output depends only on the arguments (order kept) and the files' bytes.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRffs, parseRffs, RffsError, type RffsInput } from './rffs.ts';

export { buildRffs, crc32, parseRffs, RffsError, type RffsFile, type RffsInput } from './rffs.ts';

const USAGE = 'usage: mkfs.ts OUT.img name=path[:x] ... | mkfs.ts --list IMG';

/** Parses one `name=path[:x]` argument (the file is read by `read`). */
export function parseFileArg(arg: string, read: (path: string) => Uint8Array): RffsInput {
  const eq = arg.indexOf('=');
  if (eq <= 0 || eq === arg.length - 1) throw new RffsError(`bad argument '${arg}': want name=path[:x]`);
  const name = arg.slice(0, eq);
  const executable = arg.endsWith(':x');
  const path = arg.slice(eq + 1, executable ? -2 : undefined);
  return { name, data: read(path), executable };
}

function readHostFile(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new RffsError(`cannot read '${path}': ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

function listImage(path: string): string {
  return parseRffs(readHostFile(path))
    .map((f) => `${f.name}\t${f.data.length}\t${f.executable ? 'x' : '-'}\t0x${f.crc32.toString(16).padStart(8, '0')}\n`)
    .join('');
}

const USER_BIN = join(dirname(fileURLToPath(import.meta.url)), 'user', 'bin');

/**
 * The files of a disk whose init runs a script: user/init.c (started without arguments, it runs
 * the lines of /initrc), the named programs from user/bin, and `script` as /initrc.
 */
export function initrcDisk(programs: readonly string[], script: string): RffsInput[] {
  const elf = (name: string): RffsInput => ({ name, data: readHostFile(join(USER_BIN, `${name}.elf`)), executable: true });
  return [elf('init'), ...programs.map(elf), { name: 'initrc', data: new TextEncoder().encode(script), executable: false }];
}

export function main(argv: readonly string[]): number {
  try {
    if (argv[0] === '--list' && argv.length === 2) {
      process.stdout.write(listImage(argv[1]!));
      return 0;
    }
    if (argv.length < 1 || argv[0]!.startsWith('-')) throw new RffsError(USAGE);
    const files = argv.slice(1).map((a) => parseFileArg(a, readHostFile));
    writeFileSync(argv[0]!, buildRffs(files));
    return 0;
  } catch (e) {
    if (!(e instanceof RffsError)) throw e;
    process.stderr.write(`mkfs: ${e.message}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
