// Pre-decoded method code: the bytes of a Code attribute decoded ONCE (with
// vm/bytecode/instructions.ts) into dense arrays indexed by instruction number, with branch
// targets turned into instruction numbers. The interpreter's dispatch loop runs over these.

import type { CodeAttribute } from '../bytecode/classfile.ts';
import { decodeInstructions } from '../bytecode/instructions.ts';
import type { RtClass } from './rt-class.ts';

export interface DecodedSwitch {
  /** Instruction number of the default target. */
  readonly defaultTarget: number;
  /** tableswitch: low and a dense target table; lookupswitch: a match -> target map. */
  readonly low: number;
  readonly table: Int32Array | null;
  readonly lookup: Map<number, number> | null;
}

export interface DecodedHandler {
  /** Instruction numbers: covers [start, end); jumps to handler. */
  readonly start: number;
  readonly end: number;
  readonly handler: number;
  /** Constant-pool Class index, 0 = catch everything. */
  readonly catchType: number;
  /** The resolved catch class, filled on first use. */
  resolved: RtClass | null;
}

export interface DecodedCode {
  // ---- one entry per instruction
  readonly ops: Uint8Array;
  /** First operand (branch targets as instruction numbers), second operand. */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Byte offset of each instruction in the original code (for traces and handlers). */
  readonly bytePc: Int32Array;
  readonly switches: (DecodedSwitch | null)[];
  /** Per-instruction resolution cache, owned by the interpreter (resolved refs, constants). */
  readonly cache: unknown[];
  // ---- per method
  readonly handlers: DecodedHandler[];
  readonly maxStack: number;
  readonly maxLocals: number;
  readonly attribute: CodeAttribute;
}

/** The VM-independent part of decoding, shared by every VM that runs the same class file. */
const decodedCache = new WeakMap<CodeAttribute, DecodedCode>();

/**
 * Decoded code for one VM: the arrays are shared (read-only), the per-instruction cache and
 * the handlers' resolved classes are fresh, since they hold this VM's classes.
 */
export function decodeCode(attr: CodeAttribute): DecodedCode {
  let shared = decodedCache.get(attr);
  if (!shared) decodedCache.set(attr, (shared = decodeFresh(attr)));
  return {
    ...shared,
    cache: new Array<unknown>(shared.ops.length).fill(undefined),
    handlers: shared.handlers.map((h) => ({ ...h, resolved: null })),
  };
}

/** Decodes a verified Code attribute. Targets that are not instruction starts become -1. */
function decodeFresh(attr: CodeAttribute): DecodedCode {
  const insns = decodeInstructions(attr.code);
  const n = insns.length;
  const index = new Map<number, number>();
  insns.forEach((ins, i) => index.set(ins.pc, i));
  const at = (pc: number): number => index.get(pc) ?? -1;
  // A range end may be code.length (one past the last instruction).
  const endAt = (pc: number): number => (pc >= attr.code.length ? n : at(pc));
  const ops = new Uint8Array(n);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  const bytePc = new Int32Array(n);
  const switches: (DecodedSwitch | null)[] = new Array<DecodedSwitch | null>(n).fill(null);
  insns.forEach((ins, i) => {
    ops[i] = ins.op.code;
    bytePc[i] = ins.pc;
    const isBranch = ins.op.operands[0] === 'branch';
    a[i] = ins.operands.length > 0 ? (isBranch ? at(ins.operands[0]!) : ins.operands[0]!) : 0;
    b[i] = ins.operands.length > 1 ? ins.operands[1]! : 0;
    if (ins.switch) switches[i] = decodeSwitch(ins.op.name === 'tableswitch', ins.switch.defaultTarget, ins.switch.cases, at);
  });
  const handlers = attr.exceptionTable.map((h) => ({
    start: at(h.startPc),
    end: endAt(h.endPc),
    handler: at(h.handlerPc),
    catchType: h.catchType,
    resolved: null,
  }));
  return {
    ops,
    a,
    b,
    bytePc,
    switches,
    cache: new Array<unknown>(n).fill(undefined),
    handlers,
    maxStack: attr.maxStack,
    maxLocals: attr.maxLocals,
    attribute: attr,
  };
}

function decodeSwitch(
  dense: boolean,
  def: number,
  cases: readonly (readonly [number, number])[],
  at: (pc: number) => number,
): DecodedSwitch {
  const defaultTarget = at(def);
  if (dense) {
    const low = cases.length > 0 ? cases[0]![0] : 0;
    return { defaultTarget, low, table: Int32Array.from(cases, ([, t]) => at(t)), lookup: null };
  }
  return { defaultTarget, low: 0, table: null, lookup: new Map(cases.map(([m, t]) => [m, at(t)])) };
}

/** The source line of byte offset `pc` (JVMS §4.7.12): the entry with the largest start <= pc. */
export function lineAt(attr: CodeAttribute, pc: number): number {
  let best = -1;
  let line = -1;
  for (const e of attr.lineNumbers) {
    if (e.startPc <= pc && e.startPc > best) {
      best = e.startPc;
      line = e.line;
    }
  }
  return line;
}
