// Shared state of one checker run: the diagnostics bag, the symbol table, the side tables
// being filled (see checked.ts), each file's import scope, and the per-body context (current
// class, static-ness, local scopes and slots, jump targets). Every check/*.ts file works on these.

import type {
  BreakStatement,
  CompilationUnit,
  ContinueStatement,
  Expression,
  Statement,
  VariableDeclarator,
} from '../ast.ts';
import type { CheckedClass, CheckedProgram, JumpTarget } from '../checked.ts';
import type { DiagnosticBag, DiagnosticName } from '../diagnostics.ts';
import type { Span } from '../ast.ts';
import type { ClassSymbol, FieldSymbol, LocalDeclNode, LocalVar, MethodSymbol, SymbolTable } from '../symbols.ts';
import { T, classType, type Constant, type Type } from '../types.ts';

/** Mutable view of the program being built. */
export type Building = { -readonly [K in keyof CheckedProgram]: CheckedProgram[K] } & { classes: CheckedClass[] };

export function emptyProgram(symbols: SymbolTable): Building {
  return {
    classes: [],
    symbols,
    exprTypes: new Map(),
    constants: new Map(),
    typeNodes: new Map(),
    names: new Map(),
    calls: new Map(),
    methods: new Map(),
    fields: new Map(),
    locals: new Map(),
    forEach: new Map(),
    catchTypes: new Map(),
    bodies: new Map(),
    stringConcat: new Set(),
    operandTypes: new Map(),
    operationTypes: new Map(),
    switches: new Map(),
    jumpTargets: new Map(),
    completesNormally: new Map(),
  };
}

/** What a compilation unit can name without qualification (JLS §7.5, §6.4.1). */
export interface FileScope {
  readonly unit: CompilationUnit;
  /** Package in internal form, '' for the unnamed package. */
  readonly pkg: string;
  readonly singleImports: Map<string, ClassSymbol>;
  /** Packages imported on demand (internal form), java/lang always last. */
  readonly onDemand: string[];
}

/** The lexical context of the code being checked (a method body, initializer, or field init). */
export interface BodyContext {
  readonly cls: ClassSymbol;
  readonly file: FileScope;
  /** Static context (JLS §8.1.3): static method, static initializer or static field initializer. */
  readonly isStatic: boolean;
  /** The method or constructor, null for initializers and field initializers. */
  readonly method: MethodSymbol | null;
  /** Inside the arguments of this(...)/super(...): `this` and instance members are off limits (JLS §8.8.7.1). */
  inCtorCall: boolean;
  /**
   * Fields of `cls` whose declarations come later in the text, while checking a field
   * initializer or initializer block; used for illegal forward references (JLS §8.3.3).
   */
  laterFields: Set<FieldSymbol> | null;
  /** Local scopes, innermost last. */
  scopes: Map<string, LocalVar>[];
  nextSlot: number;
  maxSlot: number;
  /** Enclosing statements break/continue may target, innermost last, with their labels. */
  jumps: { stmt: JumpTarget; labels: string[] }[];
  /** Labels of the enclosing labeled statements, to catch duplicates (JLS §14.7). */
  activeLabels: Set<string>;
  /** Locals that are assigned anywhere after their declaration (not effectively final). */
  readonly reassigned: Set<LocalVar>;
  /** Human name of the body for messages: "method m(int)", "constructor Main()". */
  readonly where: string;
}

export class Checker {
  readonly out: Building;
  readonly files = new Map<CompilationUnit, FileScope>();
  /** Field initializers already type-checked (possibly early, to get a constant value). */
  readonly checkedInits = new Map<VariableDeclarator, Type>();
  /** Fields whose constant value is being computed (cycle guard). */
  readonly constantsInProgress = new Set<FieldSymbol>();
  readonly constantsDone = new Set<FieldSymbol>();
  /** Field -> the context its initializer is checked in (set by the declaration phase). */
  readonly fieldContexts = new Map<FieldSymbol, () => BodyContext>();

  constructor(
    readonly diags: DiagnosticBag,
    readonly table: SymbolTable,
    /** Source texts by file name, when known: used to point at closing braces like javac. */
    readonly texts: ReadonlyMap<string, string> | null = null,
  ) {
    this.out = emptyProgram(table);
  }

  report(name: DiagnosticName, span: Span, ...args: (string | number)[]): void {
    this.diags.report(name, span, ...args);
  }

  // ---- well-known classes (may be absent, e.g. while compiling java/lang/Object alone)
  cls(internalName: string): ClassSymbol | null {
    return this.table.lookupClass(internalName);
  }
  typeOf(internalName: string): Type {
    const c = this.cls(internalName);
    return c ? classType(c) : T.error;
  }
  get stringType(): Type {
    return this.typeOf('java/lang/String');
  }

  // ---- side tables
  setType(e: Expression, t: Type): Type {
    this.out.exprTypes.set(e, t);
    return t;
  }
  constantOf(e: Expression): Constant | null {
    return this.out.constants.get(e) ?? null;
  }
}

// ---------------------------------------------------------------- body contexts and locals

export function newBody(
  cls: ClassSymbol,
  file: FileScope,
  isStatic: boolean,
  method: MethodSymbol | null,
  where: string,
): BodyContext {
  return {
    cls,
    file,
    isStatic,
    method,
    inCtorCall: false,
    laterFields: null,
    scopes: [new Map()],
    nextSlot: isStatic ? 0 : 1, // slot 0 holds `this` in instance code
    maxSlot: isStatic ? 0 : 1,
    jumps: [],
    activeLabels: new Set(),
    reassigned: new Set(),
    where,
  };
}

export function lookupLocal(ctx: BodyContext, name: string): LocalVar | null {
  for (let i = ctx.scopes.length - 1; i >= 0; i--) {
    const v = ctx.scopes[i]!.get(name);
    if (v) return v;
  }
  return null;
}

/** Runs `f` inside a new block scope; slots of its locals are reused afterwards. */
export function inScope<R>(ctx: BodyContext, f: () => R): R {
  const saved = ctx.nextSlot;
  ctx.scopes.push(new Map());
  try {
    return f();
  } finally {
    ctx.scopes.pop();
    ctx.nextSlot = saved;
  }
}

/**
 * Declares a local in the innermost scope. A local may not redeclare any local or parameter
 * still in scope (JLS §6.4); reports and still returns a variable so checking continues.
 */
export function declareLocal(
  chk: Checker,
  ctx: BodyContext,
  name: string,
  type: Type,
  isFinal: boolean,
  decl: LocalDeclNode,
  span: Span | null,
): LocalVar {
  if (span && lookupLocal(ctx, name)) chk.report('AlreadyDefined', span, 'variable', name, ctx.where);
  const v: LocalVar = { kind: 'local', name, type, slot: ctx.nextSlot++, isFinal, constantValue: null, decl };
  ctx.maxSlot = Math.max(ctx.maxSlot, ctx.nextSlot);
  if (decl !== null) ctx.scopes[ctx.scopes.length - 1]!.set(name, v);
  return v;
}

/** Finds the target of a break/continue (JLS §14.15, §14.16) and records it. */
export function resolveJump(chk: Checker, ctx: BodyContext, s: BreakStatement | ContinueStatement): void {
  const isBreak = s.kind === 'Break';
  for (let i = ctx.jumps.length - 1; i >= 0; i--) {
    const j = ctx.jumps[i]!;
    if (s.label !== null) {
      if (!j.labels.includes(s.label)) continue;
      if (!isBreak && !isLoop(j.stmt)) {
        chk.report('NotALoopLabel', s.span, s.label);
        return;
      }
      chk.out.jumpTargets.set(s, isBreak && j.labels.length > 0 ? labeledOrSelf(ctx, i, s.label) : j.stmt);
      return;
    }
    if (j.stmt.kind === 'Labeled') continue;
    if (!isBreak && !isLoop(j.stmt)) continue;
    chk.out.jumpTargets.set(s, j.stmt);
    return;
  }
  if (s.label !== null) chk.report('UndefinedLabel', s.span, s.label);
  else if (isBreak) chk.report('BreakOutsideLoop', s.span);
  else chk.report('ContinueOutsideLoop', s.span);
}

/** A labeled break exits the labeled statement itself. */
function labeledOrSelf(ctx: BodyContext, index: number, label: string): JumpTarget {
  for (let i = index; i >= 0; i--) {
    const j = ctx.jumps[i]!;
    if (j.stmt.kind === 'Labeled' && j.stmt.label === label) return j.stmt;
  }
  return ctx.jumps[index]!.stmt;
}

export function isLoop(s: Statement): boolean {
  return s.kind === 'While' || s.kind === 'Do' || s.kind === 'For' || s.kind === 'ForEach';
}
