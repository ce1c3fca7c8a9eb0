// The machine snapshot file: everything a VirtMachine needs to continue exactly where it was
// (harts, devices, machine time, RAM, the disk as the guest changed it). Layout:
//
//   offset 0   "RFSNAP01"          magic and format version (8 bytes)
//          8   u32 LE              length J of the JSON header
//         12   J bytes             JSON: { config, state, time, harts, devices, ramBytes, ramCompressed }
//     12 + J   ramCompressed bytes RAM, deflate-raw compressed (node:zlib)
//
// Snapshots may be hostile (a user can hand us any file): decoding checks the magic, lengths,
// JSON shape and decompressed size before anything is allocated for RAM, and only ever throws
// SnapshotError with a one-line message.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { expectInt, expectObject, SnapshotError, type DeviceState } from './device.ts';

export const SNAPSHOT_MAGIC = 'RFSNAP01';
/** Largest JSON header accepted (device states, TLBs and counters of 8 harts fit easily). */
const MAX_HEADER = 64 * 1024 * 1024;

export interface SnapshotConfig {
  readonly memMiB: number;
  readonly harts: number;
  readonly hasDisk: boolean;
  readonly tlbEntries: number;
}

export interface MachineSnapshot {
  readonly config: SnapshotConfig;
  readonly state: string;
  /** Machine time, and each hart's cycles-per-instruction estimate (it sizes run calls, hence when timers are checked). */
  readonly time: { readonly nowCycles: number; readonly idleCycles: number; readonly cpi: readonly number[] };
  readonly harts: readonly DeviceState[];
  readonly devices: DeviceState;
  readonly poweroff: { readonly kind: string; readonly code: number } | null;
  readonly ram: Uint8Array;
}

export function encodeSnapshot(s: MachineSnapshot): Uint8Array {
  const ram = deflateRawSync(s.ram, { level: 1 });
  const header = Buffer.from(
    JSON.stringify({ config: s.config, state: s.state, time: s.time, harts: s.harts, devices: s.devices, poweroff: s.poweroff, ramBytes: s.ram.length, ramCompressed: ram.length }),
    'utf8',
  );
  const out = new Uint8Array(12 + header.length + ram.length);
  out.set(Buffer.from(SNAPSHOT_MAGIC, 'latin1'), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, 12);
  out.set(ram, 12 + header.length);
  return out;
}

function describe(c: SnapshotConfig): string {
  return `${c.harts} hart(s), ${c.memMiB} MiB, tlb ${c.tlbEntries}${c.hasDisk ? ', a disk' : ', no disk'}`;
}

/** Throws unless a snapshot of `snap` can be restored into a machine configured as `mine`. */
export function checkConfig(snap: SnapshotConfig, mine: SnapshotConfig): void {
  if (snap.memMiB !== mine.memMiB || snap.harts !== mine.harts || snap.hasDisk !== mine.hasDisk || snap.tlbEntries !== mine.tlbEntries) {
    throw new SnapshotError(`snapshot is of a machine with ${describe(snap)}; this one has ${describe(mine)}`);
  }
}

/**
 * Decodes a snapshot file for a machine configured as `expected`: the configuration is checked
 * before the RAM is inflated, so a hostile file cannot make us allocate more than that machine's RAM.
 */
export function decodeSnapshot(bytes: Uint8Array, expected: SnapshotConfig): MachineSnapshot {
  if (bytes.length < 12 || Buffer.from(bytes.subarray(0, 8)).toString('latin1') !== SNAPSHOT_MAGIC) {
    throw new SnapshotError('not a Ringfence machine snapshot (bad magic)');
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(8, true);
  if (headerLength > MAX_HEADER || 12 + headerLength > bytes.length) throw new SnapshotError('snapshot header length is out of bounds');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes.subarray(12, 12 + headerLength)).toString('utf8'));
  } catch {
    throw new SnapshotError('snapshot header is not valid JSON');
  }
  const h = expectObject(json, 'snapshot');
  const c = expectObject(h['config'], 'snapshot config');
  const config: SnapshotConfig = {
    memMiB: expectInt(c, 'memMiB', 1, 2047, 'snapshot config'),
    harts: expectInt(c, 'harts', 1, 8, 'snapshot config'),
    hasDisk: c['hasDisk'] === true,
    tlbEntries: expectInt(c, 'tlbEntries', 1, 65536, 'snapshot config'),
  };
  checkConfig(config, expected);
  const ramBytes = expectInt(h, 'ramBytes', 0, expected.memMiB * 1024 * 1024, 'snapshot');
  if (ramBytes !== config.memMiB * 1024 * 1024) throw new SnapshotError('snapshot RAM size does not match its configuration');
  const ramCompressed = expectInt(h, 'ramCompressed', 0, bytes.length, 'snapshot');
  if (12 + headerLength + ramCompressed !== bytes.length) throw new SnapshotError('snapshot length does not match its header');
  let ram: Uint8Array;
  try {
    // maxOutputLength bounds the work a decompression bomb can cause.
    ram = inflateRawSync(bytes.subarray(12 + headerLength), { maxOutputLength: ramBytes });
  } catch {
    throw new SnapshotError('snapshot RAM does not decompress');
  }
  if (ram.length !== ramBytes) throw new SnapshotError('snapshot RAM has the wrong size');
  const time = expectObject(h['time'], 'snapshot time');
  const harts = h['harts'];
  if (!Array.isArray(harts) || harts.length !== config.harts) throw new SnapshotError('snapshot harts do not match its configuration');
  const state = h['state'];
  if (state !== 'loaded' && state !== 'powered-off' && state !== 'created') throw new SnapshotError('snapshot state is not a machine state');
  const p = h['poweroff'];
  let poweroff: MachineSnapshot['poweroff'] = null;
  if (p !== null) {
    const po = expectObject(p, 'snapshot poweroff');
    const kind = po['kind'];
    if (kind !== 'pass' && kind !== 'fail' && kind !== 'reset') throw new SnapshotError('snapshot poweroff kind is invalid');
    poweroff = { kind, code: expectInt(po, 'code', 0, 0xffff, 'snapshot poweroff') };
  }
  const cpi = time['cpi'];
  if (!Array.isArray(cpi) || cpi.length !== config.harts || !cpi.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 1e6)) {
    throw new SnapshotError('snapshot time: field cpi must hold one number in [1, 1e6] per hart');
  }
  return {
    config,
    state,
    time: {
      nowCycles: expectInt(time, 'nowCycles', 0, Number.MAX_SAFE_INTEGER, 'snapshot time'),
      idleCycles: expectInt(time, 'idleCycles', 0, Number.MAX_SAFE_INTEGER, 'snapshot time'),
      cpi: cpi as number[],
    },
    harts: harts as DeviceState[],
    devices: expectObject(h['devices'], 'snapshot devices'),
    poweroff,
    ram,
  };
}
