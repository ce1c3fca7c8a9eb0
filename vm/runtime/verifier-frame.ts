// One abstract frame of the data-flow verifier: the types of the locals and the operand stack
// at an instruction start, plus JVMS's flagThisUninit. Pops and pushes check underflow,
// max_stack and slot types; mergeFrom joins two frames at a control-flow join.

import { Reject, TOP, describe, isRef, isUninit, type TypeContext, type VType } from './verifier-types.ts';

export class Frame {
  constructor(
    readonly locals: VType[],
    readonly stack: VType[],
    /** In a constructor: `this` has not yet been passed to a super/this <init> (JVMS §4.10.1.4). */
    public thisUninit: boolean,
    readonly maxStack: number,
  ) {}

  copy(): Frame {
    return new Frame(this.locals.slice(), this.stack.slice(), this.thisUninit, this.maxStack);
  }

  push(t: VType): void {
    if (this.stack.length >= this.maxStack) throw new Reject(`operand stack overflow: max_stack is ${this.maxStack}`);
    this.stack.push(t);
  }

  /** Pops any value (pop, dup and friends move uninitialized objects too). */
  pop(): VType {
    const t = this.stack.pop();
    if (t === undefined) throw new Reject('operand stack underflow');
    return t;
  }

  /** Pops a value that must be exactly the primitive type `want` ('I', 'J', 'F' or 'D'). */
  popPrim(want: VType, what: string): void {
    const t = this.pop();
    if (t !== want) throw new Reject(`${what} expects ${describe(want)} on the stack, found ${describe(t)}`);
  }

  /** Pops an initialized reference or null. */
  popRef(what: string): VType {
    const t = this.pop();
    if (!isRef(t)) throw new Reject(`${what} expects a reference on the stack, found ${describe(t)}`);
    return t;
  }

  /** Pops a value that must be assignable to `want` (a field or parameter type). */
  popAssignable(want: VType, types: TypeContext, what: string): void {
    const t = this.pop();
    if (!types.isAssignable(t, want)) throw new Reject(`${what} expects ${describe(want)}, found ${describe(t)}`);
  }

  /** Reads local `index`, which must hold `want` (or, for 'A', any reference incl. uninitialized). */
  load(index: number, want: VType | 'A', what: string): VType {
    const t = this.locals[index]!;
    const ok = want === 'A' ? isRef(t) || isUninit(t) : t === want;
    if (!ok) {
      const held = t === TOP ? 'no usable value (unset or conflicting on merged paths)' : describe(t);
      throw new Reject(`${what} reads local ${index}, which holds ${held}`);
    }
    return t;
  }

  /** Replaces every copy of uninitialized type `from` by `to` (after its <init> call). */
  initialize(from: VType, to: VType): void {
    for (let i = 0; i < this.stack.length; i++) if (this.stack[i] === from) this.stack[i] = to;
    for (let i = 0; i < this.locals.length; i++) if (this.locals[i] === from) this.locals[i] = to;
  }

  /**
   * Merges another path's frame (given by parts) into this one at the instruction at `atPc`.
   * Returns whether this frame changed. Stack heights must agree and stack slots must be
   * compatible (JVMS §4.10.2.2); conflicting locals just become unusable. With
   * `uninitAsTop`, the other path's uninitialized locals count as unusable (handler entry).
   */
  mergeParts(
    locals: readonly VType[],
    stack: readonly VType[],
    thisUninit: boolean,
    uninitAsTop: boolean,
    types: TypeContext,
    atPc: number,
    fromPc: number | null,
  ): boolean {
    if (stack.length !== this.stack.length) {
      throw new Reject(`stack height ${stack.length} differs from ${this.stack.length} at join with offset ${atPc}`, fromPc);
    }
    let changed = false;
    for (let i = 0; i < this.stack.length; i++) {
      const a = this.stack[i]!;
      const m = types.merge(a, stack[i]!);
      if (m === TOP) {
        throw new Reject(`incompatible stack slot ${i} at join with offset ${atPc}: ${describe(a)} vs ${describe(stack[i]!)}`, fromPc);
      }
      if (m !== a) {
        this.stack[i] = m;
        changed = true;
      }
    }
    for (let i = 0; i < this.locals.length; i++) {
      const a = this.locals[i]!;
      if (a === TOP) continue;
      const b = locals[i]!;
      const m = uninitAsTop && isUninit(b) ? TOP : types.merge(a, b);
      if (m !== a) {
        this.locals[i] = m;
        changed = true;
      }
    }
    if (thisUninit && !this.thisUninit) {
      this.thisUninit = true;
      changed = true;
    }
    return changed;
  }
}
