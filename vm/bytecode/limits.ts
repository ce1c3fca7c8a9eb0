// Estimates max_stack and max_locals for code that does not state them (hand-written .rfasm
// without `.limit`). A small data-flow pass over stack DEPTHS only (no types), following
// branches, switches and handlers. Never throws: hostile code just gets some estimate; the
// verifier, not this, decides whether code is safe.

import { Access, type CpEntry } from './classfile.ts';
import { memberRefAt } from './constant-pool.ts';
import { parseMethodDescriptor } from './descriptors.ts';
import { decodeInstructionAt } from './instructions.ts';
import { hasFlag, type Instruction } from './opcodes.ts';
import { stackDelta } from './stack-effects.ts';

export interface Limits {
  maxStack: number;
  maxLocals: number;
}

/** Parameter slots of a method: one per parameter (all values take one slot), plus `this`. */
export function argumentSlots(descriptor: string, isStatic: boolean): number {
  try {
    return parseMethodDescriptor(descriptor).params.length + (isStatic ? 0 : 1);
  } catch {
    return isStatic ? 0 : 1;
  }
}

export function estimateLimits(code: Uint8Array, cp: readonly (CpEntry | null)[], access: number, descriptor: string): Limits {
  const byPc = decodeAll(code);
  let maxLocals = argumentSlots(descriptor, (access & Access.STATIC) !== 0);
  for (const ins of byPc.values()) {
    ins.op.operands.forEach((kind, i) => {
      if (kind === 'local') maxLocals = Math.max(maxLocals, ins.operands[i]! + 1);
    });
  }
  return { maxStack: maxDepth(byPc, cp), maxLocals: Math.min(maxLocals, 0xffff) };
}

/** Decodes as far as the code is decodable. */
function decodeAll(code: Uint8Array): Map<number, Instruction> {
  const byPc = new Map<number, Instruction>();
  let pc = 0;
  try {
    while (pc < code.length) {
      const ins = decodeInstructionAt(code, pc);
      byPc.set(pc, ins);
      pc += ins.length;
    }
  } catch {
    // Undecodable tail: estimate from what decoded.
  }
  return byPc;
}

function maxDepth(byPc: Map<number, Instruction>, cp: readonly (CpEntry | null)[]): number {
  const depthAt = new Map<number, number>();
  const work: [number, number][] = [[0, 0]];
  let max = 0;
  while (work.length) {
    const [pc, depth] = work.pop()!;
    const ins = byPc.get(pc);
    if (!ins || depthAt.has(pc)) continue;
    depthAt.set(pc, depth);
    const after = Math.max(0, depth + stackDeltaOf(ins, cp));
    max = Math.max(max, depth, after);
    for (const t of successors(ins)) work.push([t, after]);
  }
  return Math.min(max, 0xffff);
}

function successors(ins: Instruction): number[] {
  const out: number[] = [];
  if (!hasFlag(ins.op, 'terminator')) out.push(ins.pc + ins.length);
  if (hasFlag(ins.op, 'branch')) out.push(ins.operands[0]!);
  if (ins.switch) out.push(ins.switch.defaultTarget, ...ins.switch.cases.map(([, t]) => t));
  return out;
}

/** Net change in stack depth (JVMS §6.5, one slot per value); 0 where the operand is unreadable. */
function stackDeltaOf(ins: Instruction, cp: readonly (CpEntry | null)[]): number {
  try {
    const descriptor = hasFlag(ins.op, 'invoke') ? memberRefAt(cp, ins.operands[0]!).descriptor : undefined;
    return stackDelta(ins.op.name, { descriptor, dims: ins.operands[1] ?? 0 });
  } catch {
    return 0;
  }
}
