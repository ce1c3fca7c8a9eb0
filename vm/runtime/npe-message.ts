// Helpful NullPointerException messages (JEP 358), as HotSpot words them:
//   Cannot invoke "String.length()" because "<local1>" is null
// The "because" part names where the null came from, found by a small forward data-flow
// pass over the method that records which instruction pushed each operand-stack slot.

import { memberRefAt } from '../bytecode/constant-pool.ts';
import { descriptorToJavaName, parseMethodDescriptor } from '../bytecode/descriptors.ts';
import { OPCODE_BY_CODE } from '../bytecode/opcodes.ts';
import { Access } from '../bytecode/classfile.ts';
import type { DecodedCode } from './decoded-code.ts';
import type { RtMethod } from './rt-class.ts';

const UNKNOWN = -1;

/** HotSpot's print_klass_name: external name, with Object and String unqualified. */
function klass(internal: string): string {
  const name = descriptorToJavaName(internal.startsWith('[') ? internal : `L${internal};`);
  return name === 'java.lang.Object' ? 'Object' : name === 'java.lang.String' ? 'String' : name;
}

function typeName(desc: string): string {
  return desc.startsWith('L') ? klass(desc.slice(1, -1)) : descriptorToJavaName(desc);
}

/** "String.indexOf(String, int)" for a method reference. */
export function methodForMessage(owner: string, name: string, descriptor: string): string {
  const md = parseMethodDescriptor(descriptor);
  return `${klass(owner)}.${name}(${md.params.map(typeName).join(', ')})`;
}

/**
 * The full message for an NPE at instruction `at`, whose null operand lies `depth` slots
 * below the top of the stack; `action` is the "Cannot ..." part.
 */
export function npeMessage(method: RtMethod, code: DecodedCode, at: number, depth: number, action: string): string {
  // A program may catch the same NPE in a loop: analyse each site once.
  let perCode = messageCache.get(code);
  if (!perCode) messageCache.set(code, (perCode = new Map()));
  const key = `${at}:${depth}:${action}`;
  let msg = perCode.get(key);
  if (msg === undefined) {
    msg = computeMessage(method, code, at, depth, action);
    perCode.set(key, msg);
  }
  return msg;
}

const messageCache = new WeakMap<DecodedCode, Map<string, string>>();

function computeMessage(method: RtMethod, code: DecodedCode, at: number, depth: number, action: string): string {
  let because: string | null = null;
  try {
    const stacks = producers(method, code);
    const st = stacks[at];
    const p = st ? st[st.length - 1 - depth] : undefined;
    if (p !== undefined && p !== UNKNOWN) because = describe(method, code, stacks, p, 0);
  } catch {
    because = null; // an unusual method shape: the plain message is still right
  }
  return because === null ? action : `${action} because ${because} is null`;
}

/** For every instruction, the producing instruction of each stack slot on entry. */
function producers(method: RtMethod, code: DecodedCode): (number[] | null)[] {
  const n = code.ops.length;
  const states: (number[] | null)[] = new Array<number[] | null>(n).fill(null);
  const work: number[] = [0];
  states[0] = [];
  const merge = (to: number, st: number[]): void => {
    if (to < 0 || to >= n) return;
    const cur = states[to];
    if (!cur) {
      states[to] = st.slice();
      work.push(to);
      return;
    }
    let changed = false;
    for (let k = 0; k < cur.length && k < st.length; k++) {
      if (cur[k] !== st[k] && cur[k] !== UNKNOWN) {
        cur[k] = UNKNOWN;
        changed = true;
      }
    }
    if (changed) work.push(to);
  };
  let guard = 0;
  while (work.length > 0 && guard++ < 100_000) {
    const i = work.pop()!;
    const st = states[i]!.slice();
    for (const h of code.handlers) if (i >= h.start && i < h.end) merge(h.handler, [UNKNOWN]);
    const info = OPCODE_BY_CODE[code.ops[i]!]!;
    step(method, code, i, info.name, st);
    const sw = code.switches[i];
    if (sw) {
      merge(sw.defaultTarget, st);
      for (const t of sw.table ?? sw.lookup!.values()) merge(t, st);
      continue;
    }
    if (info.flags.includes('branch')) merge(code.a[i]!, st);
    if (!info.flags.includes('terminator')) merge(i + 1, st);
  }
  return states;
}

/** Applies instruction i's stack effect to `st` (producer indexes). */
function step(method: RtMethod, code: DecodedCode, i: number, op: string, st: number[]): void {
  const cp = method.owner.file!.constantPool;
  const pop = (k: number): void => void st.splice(st.length - k, k);
  switch (op) {
    case 'checkcast':
      return; // passes its operand through: the null still comes from the same place
    case 'ldc':
    case 'new':
    case 'getstatic':
      st.push(i);
      return;
    case 'pop':
    case 'putstatic':
      pop(1);
      return;
    case 'getfield':
      pop(1);
      st.push(i);
      return;
    case 'putfield':
      pop(2);
      return;
    case 'dup':
      st.push(st[st.length - 1]!);
      return;
    case 'dup_x1': {
      const a = st.pop()!;
      const b = st.pop()!;
      st.push(a, b, a);
      return;
    }
    case 'dup_x2': {
      const a = st.pop()!;
      const b = st.pop()!;
      const c = st.pop()!;
      st.push(a, c, b, a);
      return;
    }
    case 'swap': {
      const a = st.pop()!;
      const b = st.pop()!;
      st.push(a, b);
      return;
    }
    case 'multianewarray':
      pop(code.b[i]!);
      st.push(i);
      return;
    case 'invokestatic':
    case 'invokevirtual':
    case 'invokespecial':
    case 'invokeinterface': {
      const ref = memberRefAt(cp, code.a[i]!);
      const md = parseMethodDescriptor(ref.descriptor);
      pop(md.params.length + (op === 'invokestatic' ? 0 : 1));
      if (md.ret !== 'V') st.push(i);
      return;
    }
  }
  const eff = OPCODE_BY_CODE[code.ops[i]!]!.stack;
  if (eff.kind === 'fixed') {
    pop(eff.pop.length);
    for (let k = 0; k < eff.push.length; k++) st.push(i);
  }
}

/** Where the value pushed by instruction p came from, in HotSpot's words (null: unknown). */
function describe(method: RtMethod, code: DecodedCode, stacks: (number[] | null)[], p: number, depth: number): string | null {
  if (depth > 4) return null;
  const op = OPCODE_BY_CODE[code.ops[p]!]!.name;
  const cp = method.owner.file!.constantPool;
  const operand = (k: number): number | undefined => {
    const st = stacks[p];
    return st ? st[st.length - 1 - k] : undefined;
  };
  switch (op) {
    case 'aconst_null':
      return '"null"';
    case 'aload':
      return `"${localName(method, code, code.a[p]!, p)}"`;
    case 'getstatic': {
      const ref = memberRefAt(cp, code.a[p]!);
      return `"${klass(ref.owner)}.${ref.name}"`;
    }
    case 'getfield': {
      const ref = memberRefAt(cp, code.a[p]!);
      const src = operand(0);
      const inner = src === undefined || src === UNKNOWN ? null : describe(method, code, stacks, src, depth + 1);
      return inner && inner.startsWith('"') ? `"${inner.slice(1, -1)}.${ref.name}"` : null;
    }
    case 'invokestatic':
    case 'invokevirtual':
    case 'invokespecial':
    case 'invokeinterface': {
      const ref = memberRefAt(cp, code.a[p]!);
      return `the return value of "${methodForMessage(ref.owner, ref.name, ref.descriptor)}"`;
    }
    case 'aaload': {
      const arr = operand(1);
      const idx = operand(0);
      const a = arr === undefined || arr === UNKNOWN ? null : describe(method, code, stacks, arr, depth + 1);
      if (!a || !a.startsWith('"')) return null;
      return `"${a.slice(1, -1)}[${indexText(method, code, idx)}]"`;
    }
    default:
      return null;
  }
}

function indexText(method: RtMethod, code: DecodedCode, p: number | undefined): string {
  if (p === undefined || p === UNKNOWN) return '...';
  const op = OPCODE_BY_CODE[code.ops[p]!]!.name;
  if (op.startsWith('iconst_')) return op === 'iconst_m1' ? '-1' : op.substring(7);
  if (op === 'bipush' || op === 'sipush') return String(code.a[p]);
  if (op === 'iload') return localName(method, code, code.a[p]!, p);
  return '...';
}

/**
 * "this", "<parameterN>" or "<localN>" (no local-variable names in Ringfence class files).
 * Ringfence gives longs and doubles one slot, so JVM local numbers are estimated by adding
 * one per long/double parameter or local below (an estimate); parameter numbers are exact.
 */
function localName(method: RtMethod, code: DecodedCode, slot: number, at: number): string {
  const isStatic = (method.access & Access.STATIC) !== 0;
  if (slot === 0 && !isStatic) return 'this';
  const params = parseMethodDescriptor(method.descriptor).params;
  const first = isStatic ? 0 : 1;
  if (slot - first < params.length) return `<parameter${slot - first + 1}>`;
  const wide = params.filter((d) => d === 'J' || d === 'D').length;
  return `<local${slot + wide + wideLocalsBelow(code, slot, at)}>`;
}

/** Slots below `slot` that held a long or double before instruction `at` (javac gives them two). */
function wideLocalsBelow(code: DecodedCode, slot: number, at: number): number {
  const wide = new Set<number>();
  for (let i = 0; i < at && i < code.ops.length; i++) {
    const name = OPCODE_BY_CODE[code.ops[i]!]!.name;
    if ((name === 'lstore' || name === 'dstore') && code.a[i]! < slot) wide.add(code.a[i]!);
  }
  return wide.size;
}
