// Statement code (JLS §14): blocks, locals, if, loops (javac's layouts), labeled statements,
// break/continue/return through enclosing finally blocks, throw, and dispatch to switch.ts
// and try-finally.ts. Each statement records its source line so stack traces show lines.

import type {
  Block,
  BreakStatement,
  ContinueStatement,
  DoStatement,
  ForEachStatement,
  ForStatement,
  IfStatement,
  LabeledStatement,
  LocalVarDecl,
  ReturnStatement,
  Statement,
  WhileStatement,
} from '../ast.ts';
import type { JumpTarget } from '../checked.ts';
import { genArrayInitializer } from './arrays.ts';
import { genCond } from './conditions.ts';
import type { JumpScope, MethodContext } from './context.ts';
import { CodegenError, type Label } from './emitter.ts';
import { genEffect, genExplicitConstructorCall, genExpr, genExprTo } from './expressions.ts';
import { genSwitch } from './switch.ts';
import { genTry, hasPendingFinally, unwindTo } from './try-finally.ts';
import { arrayLoadOp, emitConversion, loadOp, returnOp, storeOp } from './typed-ops.ts';

/**
 * Statements that get no line-number entry of their own here: those that produce no code,
 * and for-each, which javac lowers to a for loop positioned at its expression (genForEach).
 */
const NO_LINE = new Set<Statement['kind']>(['Block', 'Empty', 'Labeled', 'LocalVarDecl', 'ForEach']);

export function genStatement(ctx: MethodContext, s: Statement): void {
  if (!ctx.em.alive && s.kind !== 'Block' && s.kind !== 'Labeled') return;
  if (!NO_LINE.has(s.kind)) ctx.em.line(s.span.line);
  switch (s.kind) {
    case 'Block':
      for (const st of s.statements) genStatement(ctx, st);
      return endBlock(ctx, s);
    case 'LocalVarDecl':
      return genLocalVarDecl(ctx, s);
    case 'ExpressionStatement':
      return genEffect(ctx, s.expression);
    case 'If':
      return genIf(ctx, s);
    case 'While':
      return genWhile(ctx, s);
    case 'Do':
      return genDo(ctx, s);
    case 'For':
      return genFor(ctx, s);
    case 'ForEach':
      return genForEach(ctx, s);
    case 'Labeled':
      return genLabeled(ctx, s);
    case 'Break':
      return genBreak(ctx, s);
    case 'Continue':
      return genContinue(ctx, s);
    case 'Return':
      return genReturn(ctx, s);
    case 'Switch':
      return genSwitch(ctx, s);
    case 'Throw':
      genExpr(ctx, s.value);
      return ctx.em.emit('athrow');
    case 'Try':
      return genTry(ctx, s);
    case 'Empty':
      return;
    case 'ExplicitConstructorCall':
      // Constructor bodies are assembled by class-gen.ts, which emits the call itself.
      return genExplicitConstructorCall(ctx, s);
  }
}

/**
 * javac (Gen.visitBlock) ends the scope of a block's own locals at its closing brace, and
 * asking for the pc there marks the brace's line: so the next instruction (a loop's jump
 * back, the jump over an else) carries it unless a statement names its own line first.
 * Only for blocks that declare a local holding a value (constant variables have no code),
 * and not for the method body, whose end is the implicit return's (class-gen.ts).
 */
function endBlock(ctx: MethodContext, b: Block): void {
  if (b === ctx.methodBody) return;
  if (!b.statements.some((st) => st.kind === 'LocalVarDecl' && ctx.declaresValue(st))) return;
  // Asking for the pc also fixes the position: jumps to here are no longer chained onward.
  ctx.em.fix();
  const line = ctx.closingLine(b);
  if (line !== null && ctx.em.alive) ctx.em.line(line);
}

function genLocalVarDecl(ctx: MethodContext, s: LocalVarDecl): void {
  for (const d of s.declarators) {
    if (d.init === null) continue;
    const local = ctx.need(ctx.program.locals, d, 'local variable');
    // javac (Gen.visitVarDef, without -g) neither evaluates nor stores a constant variable's
    // initializer (JLS §4.12.4): every use is the constant itself.
    if (local.constantValue !== null) continue;
    ctx.em.line(d.span.line);
    if (d.init.kind === 'ArrayInitializer') genArrayInitializer(ctx, d.init, local.type);
    else genExprTo(ctx, d.init, local.type);
    ctx.em.emit(storeOp(local.type), ctx.locals.slotOf(local));
  }
}

function genIf(ctx: MethodContext, s: IfStatement): void {
  const em = ctx.em;
  const elseLabel = em.newLabel('else');
  genCond(ctx, s.condition, false, elseLabel);
  genStatement(ctx, s.then);
  if (s.else === null) return em.mark(elseLabel);
  const end = em.newLabel('ifEnd');
  em.goto(end);
  em.mark(elseLabel);
  genStatement(ctx, s.else);
  em.mark(end);
}

/** Pushes a jump scope for `target`, runs `body`, pops it. */
function withJumpScope(ctx: MethodContext, scope: JumpScope, body: () => void): void {
  ctx.scopes.push(scope);
  try {
    body();
  } finally {
    ctx.scopes.pop();
  }
}

/** A loop's scope: break leaves it, continue goes to `continueLabel`. */
function loopScope(loop: JumpTarget, breakLabel: Label, continueLabel: Label): JumpScope {
  return { kind: 'jump', target: loop, breakLabel, continueLabel };
}

/** while (c) body:  top: if !c goto end; body; goto top; end: */
function genWhile(ctx: MethodContext, s: WhileStatement): void {
  const em = ctx.em;
  const top = em.newLabel('while');
  const end = em.newLabel('whileEnd');
  em.mark(top);
  em.fix(); // a loop start is an entry point (javac genLoop: code.entryPoint()), never chained away
  em.line(s.condition.span.line); // javac marks loop conditions (Gen.genLoop)
  genCond(ctx, s.condition, false, end);
  withJumpScope(ctx, loopScope(s, end, top), () => genStatement(ctx, s.body));
  em.goto(top);
  em.mark(end);
}

/** do body while (c):  top: body; cont: if c goto top; end: */
function genDo(ctx: MethodContext, s: DoStatement): void {
  const em = ctx.em;
  const top = em.newLabel('do');
  const cont = em.newLabel('doCond');
  const end = em.newLabel('doEnd');
  em.mark(top);
  em.fix(); // a loop start is an entry point (javac genLoop: code.entryPoint()), never chained away
  withJumpScope(ctx, loopScope(s, end, cont), () => genStatement(ctx, s.body));
  em.mark(cont);
  em.line(s.condition.span.line);
  genCond(ctx, s.condition, true, top);
  em.mark(end);
}

/** for (init; c; update) body:  init; top: if !c goto end; body; cont: update; goto top; end: */
function genFor(ctx: MethodContext, s: ForStatement): void {
  const em = ctx.em;
  if (Array.isArray(s.init)) s.init.forEach((st) => genStatement(ctx, st));
  else genStatement(ctx, s.init);
  const top = em.newLabel('for');
  const cont = em.newLabel('forUpdate');
  const end = em.newLabel('forEnd');
  em.mark(top);
  em.fix(); // a loop start is an entry point (javac genLoop: code.entryPoint()), never chained away
  if (s.condition) {
    em.line(s.condition.span.line);
    genCond(ctx, s.condition, false, end);
  }
  withJumpScope(ctx, loopScope(s, end, cont), () => genStatement(ctx, s.body));
  em.mark(cont);
  s.update.forEach((st) => genStatement(ctx, st));
  em.goto(top);
  em.mark(end);
  // javac ends the scope of the loop's own variables here, which fixes the position.
  const inits = Array.isArray(s.init) ? s.init : [s.init];
  if (inits.some((st) => st.kind === 'LocalVarDecl' && ctx.declaresValue(st))) em.fix();
}

/**
 * for (T x : arr) body (JLS §14.14.2): the array is evaluated once into a hidden local,
 * then an int index walks it; each element is converted to x's type.
 */
function genForEach(ctx: MethodContext, s: ForEachStatement): void {
  const em = ctx.em;
  const info = ctx.need(ctx.program.forEach, s, 'for-each info');
  const arr = ctx.locals.slotOf(info.arrayTemp);
  const idx = ctx.locals.slotOf(info.indexTemp);
  const v = ctx.locals.slotOf(info.variable);
  // javac (Lower.visitArrayForeachLoop) builds the loop, its setup, test, element load and
  // increment at the array expression's position, so all of them carry the expression's line
  // (a null array's NullPointerException names that line, not the `for` keyword's).
  const line = s.iterable.span.line;
  em.line(line);
  genExpr(ctx, s.iterable);
  em.emit('astore', arr);
  em.emit('iconst_0');
  em.emit('istore', idx);
  const top = em.newLabel('forEach');
  const cont = em.newLabel('forEachNext');
  const end = em.newLabel('forEachEnd');
  em.mark(top);
  em.fix(); // a loop start is an entry point (javac genLoop: code.entryPoint()), never chained away
  em.emit('iload', idx);
  em.emit('aload', arr);
  em.emit('arraylength');
  em.branch('if_icmpge', end);
  em.emit('aload', arr);
  em.emit('iload', idx);
  em.emit(arrayLoadOp(info.elementType));
  emitConversion(em, info.elementType, info.variable.type);
  em.emit(storeOp(info.variable.type), v);
  withJumpScope(ctx, loopScope(s, end, cont), () => genStatement(ctx, s.body));
  em.mark(cont);
  em.line(line);
  em.emit('iinc', idx, 1);
  em.goto(top);
  em.mark(end);
  em.fix(); // javac's lowered loop ends the scope of its array, length and index variables here
}

/** label: body — `break label` leaves it; `continue label` resolves to the loop itself. */
function genLabeled(ctx: MethodContext, s: LabeledStatement): void {
  const end = ctx.em.newLabel(`${s.label}End`);
  withJumpScope(ctx, { kind: 'jump', target: s, breakLabel: end, continueLabel: null }, () => genStatement(ctx, s.body));
  ctx.em.mark(end);
}

/** The scope index of a jump's target; continue to a labeled loop finds the loop's own scope. */
function findScope(ctx: MethodContext, target: JumpTarget, wantContinue: boolean): number {
  for (let i = ctx.scopes.length - 1; i >= 0; i--) {
    const sc = ctx.scopes[i]!;
    if (sc.kind !== 'jump') continue;
    if (sc.target === target && (!wantContinue || sc.continueLabel)) return i;
    // continue L where L labels a loop: the checker may name the Labeled statement.
    if (wantContinue && target.kind === 'Labeled' && sc.continueLabel && unlabel(target) === sc.target) return i;
  }
  throw new CodegenError(`jump target not enclosing at line ${target.span.line}`);
}

function unlabel(s: Statement): Statement {
  return s.kind === 'Labeled' ? unlabel(s.body) : s;
}

function genBreak(ctx: MethodContext, s: BreakStatement): void {
  const i = findScope(ctx, ctx.need(ctx.program.jumpTargets, s, 'break target'), false);
  const endGaps = unwindTo(ctx, i + 1);
  ctx.em.line(s.span.line); // after inlined finally code, the jump is the break's line again (javac)
  ctx.em.goto((ctx.scopes[i] as JumpScope).breakLabel);
  endGaps();
}

function genContinue(ctx: MethodContext, s: ContinueStatement): void {
  const i = findScope(ctx, ctx.need(ctx.program.jumpTargets, s, 'continue target'), true);
  const endGaps = unwindTo(ctx, i + 1);
  ctx.em.line(s.span.line);
  ctx.em.goto((ctx.scopes[i] as JumpScope).continueLabel!);
  endGaps();
}

/**
 * return [e] (JLS §14.17): the value is computed first; if finally blocks must run, it is
 * kept in a temporary meanwhile (a finally that itself returns overrides it, §14.20.2).
 */
function genReturn(ctx: MethodContext, s: ReturnStatement): void {
  const em = ctx.em;
  const t = ctx.returnType;
  if (s.value === null) {
    const endGaps = unwindTo(ctx, 0);
    em.line(s.span.line);
    em.emit('return');
    return endGaps();
  }
  genExprTo(ctx, s.value, t);
  if (!hasPendingFinally(ctx)) {
    // javac (Gen.visitReturn) restores the return's position before the return instruction,
    // so a value computed over several lines (a call on a later line) returns on this line.
    em.line(s.span.line);
    return em.emit(returnOp(t));
  }
  const temp = ctx.locals.allocTemp();
  em.emit(storeOp(t), temp);
  const endGaps = unwindTo(ctx, 0);
  em.line(s.span.line);
  em.emit(loadOp(t), temp);
  em.emit(returnOp(t));
  endGaps();
  ctx.locals.release(temp);
}
