// A virtio-blk driver written as plain MMIO and RAM accesses (the probe format of mmio-probe.ts),
// so the same request sequence runs on QEMU's virtio-blk-device and on our VirtioBlk: virtio 1.1
// §3.1.1 initialisation, then IN, OUT, IN-after-OUT, GET_ID, FLUSH, an out-of-range IN and an
// unknown type (3-descriptor chains, §5.2.6; FLUSH without data), reading back the used ring,
// status and data; last a zero-length descriptor, which QEMU treats as a broken queue.

import { mip, type ProbeOp, r, w, wait16 } from './mmio-probe.ts';

const V = 0x10001000;
const DESC = 0x80080000;
const AVAIL = 0x80081000;
const USED = 0x80082000;
const HDR = 0x80083000;
const STATUS = 0x80083100;
const DATA = 0x80084000;
const QN = 8;
const [NEXT, WRITE] = [1, 2];

/** The disk both sides get: 8 sectors, byte k = (k * 7 + sector) & 0xff. */
export function virtioProbeDisk(): Uint8Array {
  const d = new Uint8Array(8 * 512);
  for (let k = 0; k < d.length; k++) d[k] = (k * 7 + (k >> 9)) & 0xff;
  return d;
}

const init: ProbeOp[] = [
  w(V + 0x70, 4, 0), w(V + 0x70, 4, 1), w(V + 0x70, 4, 3),
  w(V + 0x24, 4, 1), w(V + 0x20, 4, 1), w(V + 0x24, 4, 0), w(V + 0x20, 4, 0),
  w(V + 0x70, 4, 11), r(V + 0x70, 4, 'virtio Status after FEATURES_OK'),
  w(V + 0x30, 4, 0), w(V + 0x38, 4, QN), w(V + 0x80, 4, DESC), w(V + 0x84, 4, 0), w(V + 0x90, 4, AVAIL), w(V + 0x94, 4, 0),
  w(V + 0xa0, 4, USED), w(V + 0xa4, 4, 0), w(V + 0x44, 4, 1), w(V + 0x70, 4, 15), r(V + 0x44, 4, 'virtio QueueReady'),
];

function descriptor(i: number, addr: number, len: number, flags: number, next: number): ProbeOp[] {
  return [w(DESC + 16 * i, 4, addr), w(DESC + 16 * i + 4, 4, 0), w(DESC + 16 * i + 8, 4, len), w(DESC + 16 * i + 12, 4, flags | (next << 16))];
}

/**
 * Request number n (0-based, also its avail/used slot): header, data (none when `len` is
 * undefined), status; then notify, wait for the used ring (QEMU completes I/O asynchronously)
 * and read back. A request that breaks the queue (`completes` false) is not waited for.
 */
function request(n: number, name: string, type: number, sector: number, len: number | undefined, dataWords: number[], completes = true): ProbeOp[] {
  const dataFlags = type === 1 ? 0 : WRITE;
  const chain = len === undefined
    ? [...descriptor(0, HDR, 16, NEXT, 2), ...descriptor(2, STATUS, 1, WRITE, 0)]
    : [...descriptor(0, HDR, 16, NEXT, 1), ...descriptor(1, DATA, len, dataFlags | NEXT, 2), ...descriptor(2, STATUS, 1, WRITE, 0)];
  return [
    w(HDR, 4, type), w(HDR + 4, 4, 0), w(HDR + 8, 4, sector), w(HDR + 12, 4, 0), w(STATUS, 4, 0xff),
    ...chain,
    w(AVAIL + 4 + 2 * (n % QN), 2, 0), w(AVAIL, 4, (n + 1) << 16), w(V + 0x50, 4, 0), ...(completes ? [wait16(USED + 2, n + 1)] : []),
    r(USED, 4, `${name}: used flags|idx`), r(USED + 4 + 8 * (n % QN), 4, `${name}: used id`), r(USED + 8 + 8 * (n % QN), 4, `${name}: used len`),
    r(STATUS, 1, `${name}: status byte`), ...dataWords.map((o) => r(DATA + o, 4, `${name}: data word at ${o}`)),
    ...(completes ? [r(V + 0x60, 4, `${name}: InterruptStatus`), w(V + 0x64, 4, 1), r(V + 0x60, 4, `${name}: InterruptStatus after ACK`)] : []),
  ];
}

const fillData: ProbeOp[] = Array.from({ length: 128 }, (_, k) => w(DATA + 4 * k, 4, (0xa5a50000 + k) >>> 0));

export const VIRTIO_DRIVER_OPS: readonly ProbeOp[] = [
  ...init,
  ...request(0, 'IN sectors 3-4', 0, 3, 1024, [0, 4, 508, 512, 1020]),
  ...fillData,
  ...request(1, 'OUT sector 5', 1, 5, 512, [0]),
  w(DATA, 4, 0), w(DATA + 508, 4, 0),
  ...request(2, 'IN sector 5 after OUT', 0, 5, 512, [0, 508]),
  ...request(3, 'FLUSH', 4, 0, undefined, []),
  ...request(4, 'IN beyond the disk', 0, 7, 1024, []),
  ...request(5, 'unknown type', 0x55, 0, 512, []),
  ...request(6, 'GET_ID', 8, 0, 20, []),
  // QEMU also sets InterruptStatus bit 0 here though nothing was used; ours sets only bit 1 (§2.1.2): not compared.
  ...request(7, 'a zero-length data descriptor', 0, 0, 0, [], false), r(V + 0x70, 4, 'virtio Status after a zero-length descriptor'),
  r(0x0c001000, 4, 'plic pending (virtio0 is source 1)'), mip('mip'),
];
