// Operand-stack bookkeeping for the code generator: the stack effect of every opcode the
// generator emits (from the one opcode table, plus the descriptor-dependent 'special' ones)
// and a tracker of the current and maximum depth, which becomes the Code max_stack.
// Every value takes ONE slot (opcodes.ts), so a long or double counts as 1 here.

import { OPCODE_BY_NAME, type OpName } from '../../vm/bytecode/opcodes.ts';
import { stackDelta } from '../../vm/bytecode/stack-effects.ts';

/** Number of values a method descriptor's parameters take, e.g. "(IJLjava/lang/String;)V" -> 3. */
export function paramCount(descriptor: string): number {
  let n = 0;
  let i = 1; // skip '('
  while (i < descriptor.length && descriptor[i] !== ')') {
    while (descriptor[i] === '[') i++;
    if (descriptor[i] === 'L') i = descriptor.indexOf(';', i);
    i++;
    n++;
  }
  return n;
}

/** Whether a method descriptor returns a value (anything but V). */
export function returnsValue(descriptor: string): boolean {
  return !descriptor.endsWith(')V');
}

/** Net stack change of an invoke: pops receiver (unless static) and arguments, pushes the result. */
export function invokeDelta(op: OpName, descriptor: string): number {
  return stackDelta(op, { descriptor });
}

/** Net stack change of a field instruction (JVMS §6.5 getfield/putfield/getstatic/putstatic). */
export function fieldDelta(op: OpName): number {
  if (!OPCODE_BY_NAME.get(op)?.flags.includes('field')) throw new Error(`codegen: ${op} is not a field instruction`);
  return stackDelta(op);
}

/**
 * Net stack change of an opcode whose effect does not depend on an operand: the table's
 * 'fixed' effects, plus the dup family, pop, swap, ldc and new. Descriptor-dependent
 * opcodes (invoke*, field access, multianewarray) must use the functions above.
 */
export function simpleDelta(op: OpName): number {
  const info = OPCODE_BY_NAME.get(op);
  if (!info) throw new Error(`codegen: unknown opcode ${op}`);
  if (info.stack.kind === 'special' && (info.flags.includes('invoke') || info.flags.includes('field') || op === 'multianewarray')) {
    throw new Error(`codegen: stack effect of ${op} depends on its operand`);
  }
  return stackDelta(op);
}

/** How deep the stack must already be for an opcode that is not in the fixed table. */
function specialNeeds(op: OpName): number {
  switch (op) {
    case 'pop':
    case 'dup':
      return 1;
    case 'dup_x1':
    case 'swap':
      return 2;
    case 'dup_x2':
      return 3;
    default:
      return 0;
  }
}

/** Minimum depth an opcode needs before it runs (to catch generator bugs early). */
export function requiredDepth(op: OpName): number {
  const info = OPCODE_BY_NAME.get(op);
  if (info?.stack.kind === 'fixed') return info.stack.pop.length;
  return specialNeeds(op);
}

/**
 * Tracks the operand-stack depth along the code being emitted. The emitter resets it at
 * labels (to the depth recorded by the branches that reach them) and at handlers (depth 1).
 */
export class StackTracker {
  private current = 0;
  private highWater = 0;

  get depth(): number {
    return this.current;
  }

  get max(): number {
    return this.highWater;
  }

  /** Applies a net change; a negative depth means the generator is wrong, not the user. */
  adjust(delta: number, what: string): void {
    this.current += delta;
    if (this.current < 0) throw new Error(`codegen: operand stack underflow at ${what}`);
    if (this.current > this.highWater) this.highWater = this.current;
  }

  /** Sets the depth where control arrives from elsewhere (a label or handler). */
  reset(depth: number): void {
    this.current = depth;
    if (depth > this.highWater) this.highWater = depth;
  }
}
