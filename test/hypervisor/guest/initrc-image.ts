// The disk of the /initrc test (user/init.c runs the lines of /initrc when started without
// arguments), shared by the QEMU side (user-programs.test.ts, fixture user-initrc.txt) and the
// machine side (test/hypervisor/machine/kernel-machine.test.ts).

import { initrcDisk } from '../../../hypervisor/guest/mkfs.ts';
import type { RffsInput } from '../../../hypervisor/guest/rffs.ts';

/** The script: a comment, arguments, an empty line, a program run twice. */
export const INITRC = '# a comment\nhello,a,b\n\ncompute,2\nhello\n';

/** init, hello and compute, and INITRC as /initrc. */
export function initrcImage(): RffsInput[] {
  return initrcDisk(['hello', 'compute'], INITRC);
}
