// Data-flow verification of one method's code by type inference (JVMS §4.10.2.2, the
// pre-StackMapTable algorithm): a worklist runs the code over frames of local and stack
// types until the frame at every block leader (branch target, handler, entry) stops changing.
// Takes the `CheckedCode` of verifier-structure.ts; throws Reject naming the offset.

import type { Instruction } from '../bytecode/opcodes.ts';
import { Frame } from './verifier-frame.ts';
import type { CheckedCode, CheckedHandler } from './verifier-structure.ts';
import { transfer, type MethodEnv } from './verifier-transfer.ts';
import { MERGE_COST, Reject, TOP, UNINIT_THIS, isUninit, type VType } from './verifier-types.ts';

type Frames = (Frame | undefined)[];

/**
 * Runs the data-flow pass to a fixpoint; returns normally if the code is type-safe. Frames
 * are kept only at block leaders. The worklist is swept in code order (a queued block runs
 * when the sweep reaches it), so straight-line code is visited once and each loop costs
 * about one extra sweep.
 */
export function checkFlow(env: MethodEnv, cc: CheckedCode): void {
  const n = cc.insns.length;
  const frames: Frames = new Array(n);
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
      runBlock(env, cc, frames, i, enqueue);
    }
  }
}

/** Runs the block starting at leader `start`, merging into its successors and handlers. */
function runBlock(env: MethodEnv, cc: CheckedCode, frames: Frames, start: number, enqueue: (i: number) => void): void {
  const f = frames[start]!.copy();
  env.budget.spend(f.locals.length + f.stack.length + MERGE_COST);
  for (let i = start; ; i++) {
    const ins = cc.insns[i]!;
    try {
      for (const h of cc.coveredBy[i]!) mergeIntoHandler(env, frames, f, h, enqueue);
      transfer(env, f, ins, cc.resolved[i]!, cc);
      if (ins.op.flags.includes('branch')) propagate(env, frames, f, cc.indexAt[ins.operands[0]!]!, ins, cc, enqueue);
      if (ins.switch) {
        propagate(env, frames, f, cc.indexAt[ins.switch.defaultTarget]!, ins, cc, enqueue);
        for (const [, t] of ins.switch.cases) propagate(env, frames, f, cc.indexAt[t]!, ins, cc, enqueue);
      }
      if (ins.op.flags.includes('terminator')) return;
      if (i + 1 >= cc.insns.length) throw new Reject('execution can fall off the end of the code');
      if (cc.isLeader[i + 1]) return propagate(env, frames, f, i + 1, ins, cc, enqueue);
    } catch (e) {
      if (e instanceof Reject && e.pc === null) throw new Reject(e.reason, ins.pc);
      throw e;
    }
  }
}

/** The frame on entry (JVMS §4.10.1.6): `this`, then the parameters, the rest unset. */
function initialFrame(env: MethodEnv): Frame {
  const locals: VType[] = new Array(env.maxLocals).fill(TOP);
  let slot = 0;
  let thisUninit = false;
  if (!env.isStatic) {
    thisUninit = env.isConstructor && env.className !== 'java/lang/Object';
    locals[slot++] = thisUninit ? UNINIT_THIS : `L${env.className};`;
  }
  const needed = slot + env.params.length;
  if (needed > env.maxLocals) throw new Reject(`arguments need ${needed} local slots but max_locals is ${env.maxLocals}`, 0);
  for (const p of env.params) locals[slot++] = p;
  return new Frame(locals, [], thisUninit, env.maxStack);
}

/**
 * A handler starts with the locals of the throwing instruction and only the exception on the
 * stack. JVMS §4.10.2.4: an object still uninitialized when the exception is thrown may be
 * half constructed, so the handler may not use it: such locals become unusable.
 */
function mergeIntoHandler(env: MethodEnv, frames: Frames, before: Frame, h: CheckedHandler, enqueue: (i: number) => void): void {
  if (before.maxStack < 1) throw new Reject('an exception handler needs max_stack of at least 1');
  env.budget.spend(before.locals.length + 1 + MERGE_COST);
  const old = frames[h.handlerIndex];
  if (!old) {
    const locals = before.locals.map((t) => (isUninit(t) ? TOP : t));
    frames[h.handlerIndex] = new Frame(locals, [h.caught], before.thisUninit, before.maxStack);
    enqueue(h.handlerIndex);
    return;
  }
  if (old.mergeParts(before.locals, [h.caught], before.thisUninit, true, env.types, h.handlerPc, null)) enqueue(h.handlerIndex);
}

/** Merges `incoming` into the frame at instruction `target`, queueing it if that changed. */
function propagate(env: MethodEnv, frames: Frames, incoming: Frame, target: number, from: Instruction, cc: CheckedCode, enqueue: (i: number) => void): void {
  const targetPc = cc.insns[target]!.pc;
  if (targetPc <= from.pc) checkBackwardBranch(incoming, targetPc);
  env.budget.spend(incoming.locals.length + incoming.stack.length + MERGE_COST);
  const old = frames[target];
  if (!old) {
    frames[target] = incoming.copy();
    enqueue(target);
    return;
  }
  if (old.mergeParts(incoming.locals, incoming.stack, incoming.thisUninit, false, env.types, targetPc, from.pc)) enqueue(target);
}

/**
 * JVMS §4.10.2.4: no uninitialized object may be live at the target of a backward branch
 * (the `new` there could run again and two objects would share one type).
 */
function checkBackwardBranch(f: Frame, targetPc: number): void {
  const live = firstUninitNew(f.stack) ?? firstUninitNew(f.locals);
  if (live !== undefined) {
    throw new Reject(`uninitialized object (new at ${live.slice(1)}) is live across a backward branch to ${targetPc}`);
  }
}

function firstUninitNew(types: readonly VType[]): VType | undefined {
  for (const t of types) if (isUninit(t) && t !== UNINIT_THIS) return t;
  return undefined;
}
