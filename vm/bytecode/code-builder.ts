// Builds one method's Code attribute: instructions, labels and forward branches, switches,
// line numbers and exception handlers. Used by the compiler's code generator and by the text
// assembler; hands on a CodeAttribute with every label resolved to a byte offset.

import type { CodeAttribute, ExceptionHandler, LineNumber } from './classfile.ts';
import { checkOperandCount, checkRange, encodeInto, instructionLength } from './instructions.ts';
import { OPCODE_BY_NAME, hasFlag, type OpName, type OpcodeInfo } from './opcodes.ts';

/** A position in the code, marked once; branches may refer to it before it is marked. */
export class Label {
  pc = 0;
  marked = false;
  constructor(readonly name: string) {}

  /** Binds the label to an offset (CodeBuilder.mark does this at the current pc). */
  bind(pc: number): void {
    this.pc = pc;
    this.marked = true;
  }
}

/** A branch target: a label, or an absolute code offset (anything, for hostile code). */
export type Target = Label | number;

/** Misuse of the builder: unknown opcode, unmarked label, wrong operands. */
export class CodeBuilderError extends Error {
  override name = 'CodeBuilderError';
}

interface PendingInstruction {
  pc: number;
  op: OpcodeInfo | null; // null: raw bytes (hand-written hostile code)
  raw?: readonly number[];
  operands: Target[]; // branch operands may be labels until finish()
  switch?: { defaultTarget: Target; cases: (readonly [number, Target])[] };
}

export class CodeBuilder {
  private readonly instructions: PendingInstruction[] = [];
  private readonly handlers: { start: Target; end: Target; handler: Target; catchType: number }[] = [];
  private readonly lines: { start: Target; line: number }[] = [];
  private readonly labels: Label[] = [];
  private nextPc = 0;

  /** The offset the next instruction will have. */
  get pc(): number {
    return this.nextPc;
  }

  newLabel(name?: string): Label {
    const label = new Label(name ?? `L${this.labels.length}`);
    this.labels.push(label);
    return label;
  }

  /** Binds `label` to the current pc. */
  mark(label: Label): void {
    if (label.marked) throw new CodeBuilderError(`label ${label.name} is already marked at ${label.pc}`);
    label.bind(this.nextPc);
  }

  /**
   * Emits an instruction whose operands are numbers in table order. A branch operand given
   * here is an ABSOLUTE code offset (use emitBranch for labels).
   */
  emit(op: OpName, ...operands: number[]): void {
    const info = this.lookup(op);
    if (info.operands.includes('tableswitch') || info.operands.includes('lookupswitch')) {
      throw new CodeBuilderError(`${op}: use emitTableSwitch or emitLookupSwitch`);
    }
    this.push({ pc: this.nextPc, op: info, operands });
  }

  /** Emits a branch instruction to a label (or absolute offset). */
  emitBranch(op: OpName, target: Target): void {
    const info = this.lookup(op);
    if (!hasFlag(info, 'branch')) throw new CodeBuilderError(`${op} is not a branch instruction`);
    this.push({ pc: this.nextPc, op: info, operands: [target] });
  }

  /** Emits a fully general instruction whose operands may mix numbers and labels. */
  emitWithTargets(op: OpName, operands: Target[]): void {
    this.push({ pc: this.nextPc, op: this.lookup(op), operands });
  }

  /** tableswitch over low..high; labels[i] is the target for low + i. */
  emitTableSwitch(low: number, high: number, labels: readonly Target[], defaultLabel: Target): void {
    if (high < low || labels.length !== high - low + 1) {
      throw new CodeBuilderError(`tableswitch ${low}..${high} needs ${high - low + 1} targets, got ${labels.length}`);
    }
    const cases = labels.map((t, i) => [low + i, t] as const);
    this.push({ pc: this.nextPc, op: this.lookup('tableswitch'), operands: [], switch: { defaultTarget: defaultLabel, cases } });
  }

  /**
   * lookupswitch; pairs are sorted by match (JVMS §6.5 lookupswitch requires it) unless
   * `keepOrder` is set, which the assembler uses to reproduce hostile code exactly.
   */
  emitLookupSwitch(pairs: readonly (readonly [number, Target])[], defaultLabel: Target, keepOrder = false): void {
    const cases = keepOrder ? [...pairs] : [...pairs].sort((a, b) => a[0] - b[0]);
    this.push({ pc: this.nextPc, op: this.lookup('lookupswitch'), operands: [], switch: { defaultTarget: defaultLabel, cases } });
  }

  /**
   * Records that source line `lineNumber` starts at the current pc. A second call at the
   * same pc replaces the first (the earlier statement produced no code).
   */
  line(lineNumber: number): void {
    const last = this.lines[this.lines.length - 1];
    if (last && last.start === this.nextPc) last.line = lineNumber;
    else this.lines.push({ start: this.nextPc, line: lineNumber });
  }

  /** Appends a raw line-number entry (any offset), for the assembler. */
  addLineNumber(start: Target, lineNumber: number): void {
    this.lines.push({ start, line: lineNumber });
  }

  /** Adds an exception-table entry; catchTypeIndex 0 catches everything (finally). */
  addHandler(startLabel: Target, endLabel: Target, handlerLabel: Target, catchTypeIndex: number): void {
    this.handlers.push({ start: startLabel, end: endLabel, handler: handlerLabel, catchType: catchTypeIndex });
  }

  /** Appends raw bytes to the code (for hostile code: unknown opcodes, truncated operands). */
  emitBytes(bytes: readonly number[]): void {
    for (const b of bytes) {
      if (!Number.isInteger(b) || b < 0 || b > 0xff) throw new CodeBuilderError(`raw byte ${b} is not in 0..255`);
    }
    this.instructions.push({ pc: this.nextPc, op: null, raw: bytes, operands: [] });
    this.nextPc += bytes.length;
  }

  /** Resolves every label and encodes the code array. */
  finish(maxStack: number, maxLocals: number): CodeAttribute {
    const out: number[] = [];
    for (const ins of this.instructions) {
      const op = ins.op;
      if (!op) {
        out.push(...(ins.raw ?? []));
        continue;
      }
      const resolved = {
        pc: ins.pc,
        op,
        operands: ins.operands.map((t) => resolve(t, op.name)),
        switch: ins.switch && {
          defaultTarget: resolve(ins.switch.defaultTarget, op.name),
          cases: ins.switch.cases.map(([m, t]) => [m, resolve(t, op.name)] as const),
        },
      };
      encodeInto(out, resolved);
    }
    const exceptionTable: ExceptionHandler[] = this.handlers.map((h) => ({
      startPc: resolve(h.start, 'exception handler'),
      endPc: resolve(h.end, 'exception handler'),
      handlerPc: resolve(h.handler, 'exception handler'),
      catchType: h.catchType,
    }));
    const lineNumbers: LineNumber[] = this.lines.map((l) => ({ startPc: resolve(l.start, 'line number'), line: l.line }));
    return { maxStack, maxLocals, code: Uint8Array.from(out), exceptionTable, lineNumbers };
  }

  private lookup(op: OpName): OpcodeInfo {
    const info = OPCODE_BY_NAME.get(op);
    if (!info) throw new CodeBuilderError(`unknown opcode '${op}'`);
    return info;
  }

  /** Checks operand count and immediate ranges now, so errors point at the emit call. */
  private push(ins: PendingInstruction & { op: OpcodeInfo }): void {
    checkOperandCount(ins.op, ins.operands.length);
    ins.op.operands.forEach((kind, i) => {
      const v = ins.operands[i];
      if (kind !== 'branch' && kind !== 'tableswitch' && kind !== 'lookupswitch' && typeof v === 'number') {
        checkRange(kind, v, ins.op.name);
      }
    });
    this.instructions.push(ins);
    // Lengths are fixed per opcode (no wide forms, no switch padding), so pcs are known now.
    this.nextPc += instructionLength(ins.op, ins.switch?.cases.length ?? 0);
  }
}

function resolve(t: Target, where: string): number {
  if (typeof t === 'number') return t;
  if (!t.marked) throw new CodeBuilderError(`${where}: label ${t.name} is used but never marked`);
  return t.pc;
}
