// The disk of the /initrc test (user/init.c runs the lines of /initrc when started without
// arguments), shared by the QEMU side (user-programs.test.ts, fixture user-initrc.txt) and the
// machine side (test/hypervisor/machine/kernel-machine.test.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RffsInput } from '../../../hypervisor/guest/rffs.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'hypervisor/guest/user/bin');

/** The script: a comment, arguments, an empty line, a program run twice. */
export const INITRC = '# a comment\nhello,a,b\n\ncompute,2\nhello\n';

/** init, hello and compute, and INITRC as /initrc. */
export function initrcImage(): RffsInput[] {
  const elf = (name: string): RffsInput => ({ name, data: new Uint8Array(readFileSync(join(BIN, `${name}.elf`))), executable: true });
  return [elf('init'), elf('hello'), elf('compute'), { name: 'initrc', data: new TextEncoder().encode(INITRC), executable: false }];
}
