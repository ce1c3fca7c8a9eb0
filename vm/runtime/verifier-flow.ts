// Data-flow verification of one method's code by type inference (JVMS §4.10.2.2, the
// pre-StackMapTable algorithm): a worklist runs every instruction over a frame of local and
// stack types until the frame at each instruction start stops changing. Takes the
// `CheckedCode` of verifier-structure.ts; throws Reject naming the offset on the first fault.

import type { Instruction } from '../bytecode/opcodes.ts';
import { transfer, type MethodEnv } from './verifier-transfer.ts';
import { Frame } from './verifier-frame.ts';
import type { CheckedCode } from './verifier-structure.ts';
import { Reject, TOP, isUninit, type TypeContext, type VType } from './verifier-types.ts';

/**
 * Runs the data-flow pass to a fixpoint; returns normally if the code is type-safe. The
 * worklist is swept in code order (a queued instruction runs when the sweep reaches it), so
 * straight-line code is visited once and each loop costs about one extra sweep.
 */
export function checkFlow(env: MethodEnv, cc: CheckedCode): void {
  const n = cc.insns.length;
  const frames: (Frame | undefined)[] = new Array(n);
  const queued = new Uint8Array(n);
  let pending = 0;
  const enqueue = (i: number): void => {
    if (!queued[i]) {
      queued[i] = 1;
      pending++;
    }
  };
  frames[0] = initialFrame(env);
  enqueue(0);
  while (pending > 0) {
    for (let i = 0; i < n; i++) {
      if (!queued[i]) continue;
      queued[i] = 0;
      pending--;
      try {
        step(env, cc, frames, i, enqueue);
      } catch (e) {
        if (e instanceof Reject && e.pc === null) throw new Reject(e.reason, cc.insns[i]!.pc);
        throw e;
      }
    }
  }
}

/** Runs instruction i on its frame and merges the result into every successor and handler. */
function step(env: MethodEnv, cc: CheckedCode, frames: (Frame | undefined)[], i: number, enqueue: (i: number) => void): void {
  const ins = cc.insns[i]!;
  const before = frames[i]!;
  for (const h of cc.coveredBy[i]!) {
    propagate(env.types, frames, handlerEntry(before, h.caught), h.handlerIndex, ins, cc, enqueue);
  }
  const after = before.copy();
  transfer(env, after, ins, cc.resolved[i]!, cc);
  for (const t of successors(ins, i, cc)) propagate(env.types, frames, after, t, ins, cc, enqueue);
}

/** The frame on entry (JVMS §4.10.1.6): `this`, then the parameters, the rest unset. */
function initialFrame(env: MethodEnv): Frame {
  const locals: VType[] = new Array(env.maxLocals).fill(TOP);
  let slot = 0;
  let thisUninit = false;
  if (!env.isStatic) {
    thisUninit = env.isConstructor && env.className !== 'java/lang/Object';
    locals[slot++] = thisUninit ? 'U' : `L${env.className};`;
  }
  const needed = slot + env.params.length;
  if (needed > env.maxLocals) throw new Reject(`arguments need ${needed} local slots but max_locals is ${env.maxLocals}`, 0);
  for (const p of env.params) locals[slot++] = p;
  return new Frame(locals, [], thisUninit, env.maxStack);
}

/** A handler starts with the locals of the throwing instruction and only the exception on the stack. */
function handlerEntry(before: Frame, caught: VType): Frame {
  if (before.maxStack < 1) throw new Reject('an exception handler needs max_stack of at least 1');
  // JVMS §4.10.2.4: an object still uninitialized when the exception is thrown may be half
  // constructed, so the handler may not use it: such locals become unusable.
  const locals = before.locals.map((t) => (isUninit(t) ? TOP : t));
  return new Frame(locals, [caught], before.thisUninit, before.maxStack);
}

/** Indexes of the instructions control can reach next (not counting handlers). */
function successors(ins: Instruction, i: number, cc: CheckedCode): number[] {
  const out: number[] = [];
  const flags = ins.op.flags;
  if (!flags.includes('terminator')) {
    if (i + 1 >= cc.insns.length) throw new Reject('execution can fall off the end of the code', ins.pc);
    out.push(i + 1);
  }
  if (flags.includes('branch')) out.push(cc.indexAt[ins.operands[0]!]!);
  if (ins.switch) {
    out.push(cc.indexAt[ins.switch.defaultTarget]!);
    for (const [, t] of ins.switch.cases) out.push(cc.indexAt[t]!);
  }
  return out;
}

/** Merges `incoming` into the frame at instruction `target`, queueing it if that changed. */
function propagate(
  types: TypeContext,
  frames: (Frame | undefined)[],
  incoming: Frame,
  target: number,
  from: Instruction,
  cc: CheckedCode,
  enqueue: (i: number) => void,
): void {
  const targetPc = cc.insns[target]!.pc;
  if (targetPc <= from.pc) checkBackwardBranch(incoming, from, targetPc);
  const old = frames[target];
  if (!old) {
    frames[target] = incoming.copy();
    enqueue(target);
    return;
  }
  if (old.mergeFrom(incoming, types, targetPc, from.pc)) enqueue(target);
}

/**
 * JVMS §4.10.2.4: no uninitialized object may be live at the target of a backward branch
 * (the `new` there could run again and two objects would share one type).
 */
function checkBackwardBranch(f: Frame, from: Instruction, targetPc: number): void {
  const live = [...f.stack, ...f.locals].find((t) => isUninit(t) && t !== 'U');
  if (live !== undefined) {
    throw new Reject(`uninitialized object (new at ${live.slice(1)}) is live across a backward branch to ${targetPc}`, from.pc);
  }
}
