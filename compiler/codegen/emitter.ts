// One method's instruction stream as the code generator sees it: a CodeBuilder (vm/bytecode)
// plus operand-stack depth tracking (stack-depth.ts) and javac-style reachability ("alive"),
// so that code after a goto/return/athrow that no branch reaches is never emitted. Hands on
// a finished CodeAttribute with max_stack computed.

import type { CodeAttribute } from '../../vm/bytecode/classfile.ts';
import { CodeBuilder, type Label } from '../../vm/bytecode/code-builder.ts';
import type { ConstantPoolBuilder } from '../../vm/bytecode/constant-pool.ts';
import { OPCODE_BY_NAME, hasFlag, type OpName } from '../../vm/bytecode/opcodes.ts';
import { StackTracker, fieldDelta, invokeDelta, requiredDepth, simpleDelta } from './stack-depth.ts';

export type { Label } from '../../vm/bytecode/code-builder.ts';

/** A code-generator bug (never a user error): the driver turns it into an internal-error diagnostic. */
export class CodegenError extends Error {
  override name = 'CodegenError';
}

export type InvokeOp = 'invokevirtual' | 'invokespecial' | 'invokestatic' | 'invokeinterface';
export type FieldOp = 'getstatic' | 'putstatic' | 'getfield' | 'putfield';

export class MethodEmitter {
  readonly code = new CodeBuilder();
  private readonly stack = new StackTracker();
  /** Stack depth on arrival at each label that some branch (or handler) reaches. */
  private readonly entryDepth = new Map<Label, number>();
  /** False after an unconditional transfer until a label that is jumped to is marked (javac's Code.alive). */
  private live = true;
  /** The line of the last LineNumberTable entry made. */
  private lastLine = -1;
  /** A line asked for by line() that the next instruction will carry (javac's pendingStatPos). */
  private pendingLine: number | null = null;

  constructor(readonly cp: ConstantPoolBuilder) {}

  get alive(): boolean {
    return this.live;
  }

  get pc(): number {
    return this.code.pc;
  }

  get depth(): number {
    return this.stack.depth;
  }

  newLabel(name?: string): Label {
    return this.code.newLabel(name);
  }

  /** Binds a label here; code after it is reachable if it was reachable before or a branch targets it. */
  mark(label: Label): void {
    const recorded = this.entryDepth.get(label);
    if (this.live) {
      if (recorded !== undefined && recorded !== this.stack.depth) {
        throw new CodegenError(`stack depth ${this.stack.depth} at ${label.name} but branches arrive with ${recorded}`);
      }
      this.entryDepth.set(label, this.stack.depth);
    } else if (recorded !== undefined) {
      this.live = true;
      this.stack.reset(recorded);
    }
    this.code.mark(label);
  }

  /** Declares that an exception handler starts at `label` (one value, the exception, on the stack). */
  expectHandler(label: Label): void {
    this.entryDepth.set(label, 1);
  }

  /** Emits an opcode whose stack effect does not depend on a constant-pool operand. */
  emit(op: OpName, ...operands: number[]): void {
    if (!this.live) return;
    this.checkDepth(op);
    this.flushLine();
    this.code.emit(op, ...operands);
    this.stack.adjust(simpleDelta(op), op);
    this.afterTransfer(op);
  }

  branch(op: OpName, target: Label): void {
    if (!this.live) return;
    this.checkDepth(op);
    this.stack.adjust(simpleDelta(op), op);
    this.arriveAt(target);
    this.flushLine();
    this.code.emitBranch(op, target);
    this.afterTransfer(op);
  }

  goto(target: Label): void {
    this.branch('goto', target);
  }

  tableSwitch(low: number, high: number, targets: Label[], dflt: Label): void {
    if (!this.live) return;
    this.checkDepth('tableswitch');
    this.stack.adjust(-1, 'tableswitch');
    for (const t of [...targets, dflt]) this.arriveAt(t);
    this.flushLine();
    this.code.emitTableSwitch(low, high, targets, dflt);
    this.live = false;
  }

  lookupSwitch(pairs: [number, Label][], dflt: Label): void {
    if (!this.live) return;
    this.checkDepth('lookupswitch');
    this.stack.adjust(-1, 'lookupswitch');
    for (const [, t] of pairs) this.arriveAt(t);
    this.arriveAt(dflt);
    this.flushLine();
    this.code.emitLookupSwitch(pairs, dflt);
    this.live = false;
  }

  invoke(op: InvokeOp, owner: string, name: string, descriptor: string, ownerIsInterface: boolean): void {
    if (!this.live) return;
    const index =
      op === 'invokeinterface' || ownerIsInterface
        ? this.cp.interfaceMethodRef(owner, name, descriptor)
        : this.cp.methodRef(owner, name, descriptor);
    this.flushLine();
    this.code.emit(op, index);
    this.stack.adjust(invokeDelta(op, descriptor), `${op} ${owner}.${name}`);
  }

  field(op: FieldOp, owner: string, name: string, descriptor: string): void {
    if (!this.live) return;
    this.flushLine();
    this.code.emit(op, this.cp.fieldRef(owner, name, descriptor));
    this.stack.adjust(fieldDelta(op), `${op} ${owner}.${name}`);
  }

  /** new, anewarray, checkcast, instanceof: an opcode whose operand is a Class entry. */
  classOp(op: 'new' | 'anewarray' | 'checkcast' | 'instanceof', className: string): void {
    this.emit(op, this.cp.classRef(className));
  }

  multianewarray(arrayDescriptor: string, dims: number): void {
    if (!this.live) return;
    this.flushLine();
    this.code.emit('multianewarray', this.cp.classRef(arrayDescriptor), dims);
    this.stack.adjust(1 - dims, 'multianewarray');
  }

  /**
   * Says that the next instruction starts source line `line` (javac's Code.statBegin); a
   * later call before any instruction replaces it. As in javac's Code.addLineNumber, no entry
   * is made when the previous entry already names that line.
   */
  line(line: number): void {
    if (!this.live) return;
    this.pendingLine = line;
  }

  /** Makes the entry a pending line() asked for, at the instruction about to be emitted. */
  private flushLine(): void {
    const line = this.pendingLine;
    if (line === null) return;
    this.pendingLine = null;
    if (line === this.lastLine) return;
    this.code.line(line);
    this.lastLine = line;
  }

  /** Adds an exception-table entry for [start, end) (absolute pcs); empty ranges are dropped. */
  handler(start: number, end: number, handler: Label, catchTypeIndex: number): void {
    if (start >= end) return;
    this.code.addHandler(start, end, handler, catchTypeIndex);
  }

  finish(maxLocals: number): CodeAttribute {
    return this.code.finish(this.stack.max, maxLocals);
  }

  private checkDepth(op: OpName): void {
    if (this.stack.depth < requiredDepth(op)) {
      throw new CodegenError(`${op} needs ${requiredDepth(op)} stack values, has ${this.stack.depth}`);
    }
  }

  private arriveAt(target: Label): void {
    const recorded = this.entryDepth.get(target);
    if (recorded !== undefined && recorded !== this.stack.depth) {
      throw new CodegenError(`branch to ${target.name} with stack depth ${this.stack.depth}, expected ${recorded}`);
    }
    this.entryDepth.set(target, this.stack.depth);
  }

  private afterTransfer(op: OpName): void {
    const info = OPCODE_BY_NAME.get(op);
    if (info && hasFlag(info, 'terminator')) this.live = false;
  }
}
