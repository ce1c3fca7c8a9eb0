// The state of generating one method body: the checked program's side tables, the emitter,
// local slots, and the stack of enclosing jump targets and try statements that break,
// continue and return consult (they must run every enclosing finally on the way out,
// JLS §14.20.2). Created by class-gen.ts, passed to every emit function.

import type { Expression, Node, Statement, Block, LocalVarDecl } from '../ast.ts';
import type { CheckedClass, CheckedProgram, JumpTarget } from '../checked.ts';
import type { Constant, Type } from '../types.ts';
import { CodegenError, type Label, type MethodEmitter } from './emitter.ts';
import type { LocalAllocator } from './locals.ts';

/** A statement break/continue can target, with where each goes. */
export interface JumpScope {
  readonly kind: 'jump';
  readonly target: JumpTarget;
  readonly breakLabel: Label;
  /** Null for switch and for labeled statements that are not loops. */
  continueLabel: Label | null;
}

/**
 * An enclosing try statement. Code emitted for a jump out of it (inlined finally blocks)
 * must not be covered by its handlers: those pc ranges are collected as `gaps`.
 */
export interface TryScope {
  readonly kind: 'try';
  readonly finallyBlock: Block | null;
  readonly gaps: [number, number][];
}

export type Scope = JumpScope | TryScope;

export class MethodContext {
  /** Innermost last. */
  scopes: Scope[] = [];
  /** The line of a block's closing brace (javac's TreeInfo.endPos); set by class-gen.ts, which knows the sources. */
  closingLine: (b: Block) => number | null = () => null;
  /** The method's own body block (javac gives it no closing-brace entry of its own; see statements.ts). */
  methodBody: Block | null = null;

  constructor(
    readonly program: CheckedProgram,
    readonly cls: CheckedClass,
    readonly em: MethodEmitter,
    readonly locals: LocalAllocator,
    /** The declared return type (void for constructors and initializers). */
    readonly returnType: Type,
    readonly isStatic: boolean,
    /** Emits a statement; set by statements.ts so expression code need not import it. */
    readonly genStatement: (ctx: MethodContext, s: Statement) => void,
  ) {}

  typeOf(e: Expression): Type {
    const t = this.program.exprTypes.get(e);
    if (!t) throw new CodegenError(`no type recorded for ${e.kind} at line ${e.span.line}`);
    return t;
  }

  /** Whether a local declaration introduces a variable holding a run-time value (not a constant variable). */
  declaresValue(d: LocalVarDecl): boolean {
    return d.declarators.some((v) => this.program.locals.get(v)?.constantValue === null);
  }

  constantOf(e: Expression): Constant | undefined {
    return this.program.constants.get(e);
  }

  /** A side-table entry that must exist in a checked program. */
  need<K extends object, V>(map: Map<K, V>, key: K & Node, what: string): V {
    const v = map.get(key);
    if (v === undefined) throw new CodegenError(`no ${what} recorded for ${(key as Node & { kind?: string }).kind ?? 'node'} at line ${key.span.line}`);
    return v;
  }
}
