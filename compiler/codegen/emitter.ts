// One method's instruction stream as the code generator sees it: a CodeBuilder (vm/bytecode)
// plus operand-stack depth tracking (stack-depth.ts) and javac-style reachability ("alive"),
// so that code after a goto/return/athrow that no branch reaches is never emitted, and
// javac's jump chaining (Code.branch/resolve): a goto to the very next instruction is dropped,
// and labels that only lead to a goto are bound to its target instead. Hands on a finished
// CodeAttribute with max_stack computed.

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
  /**
   * Jump chaining (javac's pendingJumps). Labels marked at the current position are bound
   * only when an instruction follows (`pendingLabels`); a goto is held back (`heldGoto`) so
   * that marking its own target next drops it. `liveBeforeLabels`: whether control falls
   * into the current position, as opposed to reaching it only through the pending labels.
   */
  private pendingLabels: Label[] = [];
  private liveBeforeLabels = true;
  private heldGoto: { target: Label; line: number | null } | null = null;
  /** Labels bound to wherever their key label is bound (they only led to a goto there). */
  private readonly aliases = new Map<Label, Label[]>();
  private readonly aliasOf = new Map<Label, Label>();

  constructor(readonly cp: ConstantPoolBuilder) {}

  get alive(): boolean {
    return this.live;
  }

  /**
   * Makes the current position fixed code (javac's curCP): a held goto is emitted and the
   * labels marked here are bound here, so later jumps are not chained through them.
   */
  fix(): void {
    this.fixPosition();
  }

  /** The pc of the next instruction; fixes the current position (like javac's curCP). */
  get pc(): number {
    this.fixPosition();
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
    if (this.pendingLabels.length === 0) this.liveBeforeLabels = this.live;
    if (this.heldGoto?.target === label) {
      // javac's Code.resolve: a goto to the next instruction (labels marked after it are
      // here too) is not needed; control now falls into this position.
      this.pendingLine ??= this.heldGoto.line;
      this.heldGoto = null;
      this.liveBeforeLabels = true;
    }
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
    this.pendingLabels.push(label);
  }

  /** Declares that an exception handler starts at `label` (one value, the exception, on the stack). */
  expectHandler(label: Label): void {
    this.entryDepth.set(label, 1);
  }

  /** Emits an opcode whose stack effect does not depend on a constant-pool operand. */
  emit(op: OpName, ...operands: number[]): void {
    if (!this.live) return;
    this.checkDepth(op);
    this.beforeInstruction();
    this.code.emit(op, ...operands);
    this.stack.adjust(simpleDelta(op), op);
    this.afterTransfer(op);
  }

  branch(op: OpName, target: Label): void {
    if (!this.live) return;
    if (op === 'goto' && this.chainGoto(target)) return;
    this.checkDepth(op);
    this.stack.adjust(simpleDelta(op), op);
    this.arriveAt(target);
    this.beforeInstruction();
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
    this.beforeInstruction();
    this.code.emitTableSwitch(low, high, targets, dflt);
    this.live = false;
  }

  lookupSwitch(pairs: [number, Label][], dflt: Label): void {
    if (!this.live) return;
    this.checkDepth('lookupswitch');
    this.stack.adjust(-1, 'lookupswitch');
    for (const [, t] of pairs) this.arriveAt(t);
    this.arriveAt(dflt);
    this.beforeInstruction();
    this.code.emitLookupSwitch(pairs, dflt);
    this.live = false;
  }

  invoke(op: InvokeOp, owner: string, name: string, descriptor: string, ownerIsInterface: boolean): void {
    if (!this.live) return;
    const index =
      op === 'invokeinterface' || ownerIsInterface
        ? this.cp.interfaceMethodRef(owner, name, descriptor)
        : this.cp.methodRef(owner, name, descriptor);
    this.beforeInstruction();
    this.code.emit(op, index);
    this.stack.adjust(invokeDelta(op, descriptor), `${op} ${owner}.${name}`);
  }

  field(op: FieldOp, owner: string, name: string, descriptor: string): void {
    if (!this.live) return;
    this.beforeInstruction();
    this.code.emit(op, this.cp.fieldRef(owner, name, descriptor));
    this.stack.adjust(fieldDelta(op), `${op} ${owner}.${name}`);
  }

  /** new, anewarray, checkcast, instanceof: an opcode whose operand is a Class entry. */
  classOp(op: 'new' | 'anewarray' | 'checkcast' | 'instanceof', className: string): void {
    this.emit(op, this.cp.classRef(className));
  }

  multianewarray(arrayDescriptor: string, dims: number): void {
    if (!this.live) return;
    this.beforeInstruction();
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
    this.fixPosition();
    return this.code.finish(this.stack.max, maxLocals);
  }

  /**
   * A goto as javac's Code.branch(goto_) makes it: labels pending here are bound to its
   * target instead (jumps to them go straight there); if control does not fall into this
   * position, no goto is needed at all; otherwise it is held back in case its target is
   * marked next. Returns false when the goto must simply be emitted (a jump to itself).
   */
  private chainGoto(target: Label): boolean {
    let root = target;
    for (let a = this.aliasOf.get(root); a; a = this.aliasOf.get(root)) root = a;
    if (this.pendingLabels.includes(root)) return false;
    const fallsIn = this.pendingLabels.length === 0 || this.liveBeforeLabels;
    const backward = target.marked;
    for (const l of this.pendingLabels) {
      if (backward) this.bind(l, target.pc);
      else this.bindTo(l, target);
    }
    this.pendingLabels = [];
    if (!fallsIn) {
      // Only jumps reach here, and they now go straight to the target: no goto (javac keeps
      // the pending line pending too).
      this.arriveAt(target);
      this.live = false;
      return true;
    }
    if (backward) return false;
    this.arriveAt(target);
    this.live = false;
    this.heldGoto = { target, line: this.pendingLine };
    this.pendingLine = null;
    return true;
  }

  /** Binds `label` wherever `target` is bound. */
  private bindTo(label: Label, target: Label): void {
    this.aliasOf.set(label, target);
    const list = this.aliases.get(target) ?? [];
    list.push(label);
    this.aliases.set(target, list);
  }

  /** Binds `label` and everything bound to it at `pc`. */
  private bind(label: Label, pc: number): void {
    if (label.marked) throw new CodegenError(`label ${label.name} is already marked at ${label.pc}`);
    label.bind(pc);
    for (const a of this.aliases.get(label) ?? []) this.bind(a, pc);
  }

  /** Emits a held goto (with the line it was asked for on). */
  private emitHeldGoto(): void {
    const held = this.heldGoto;
    if (!held) return;
    this.heldGoto = null;
    const saved = this.pendingLine;
    this.pendingLine = held.line;
    this.flushLine();
    this.pendingLine = saved;
    this.code.emitBranch('goto', held.target);
  }

  /** Emits a held goto and binds the pending labels: the current position becomes fixed code. */
  private fixPosition(): void {
    this.emitHeldGoto();
    for (const l of this.pendingLabels) this.bind(l, this.code.pc);
    this.pendingLabels = [];
  }

  /** Before any instruction: fix the position, then make the line entry it carries. */
  private beforeInstruction(): void {
    this.fixPosition();
    this.flushLine();
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
