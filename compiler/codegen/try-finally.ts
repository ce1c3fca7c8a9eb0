// try / catch / finally (JLS §14.20) compiled the javac way: the finally block is inlined on
// every exit — normal completion, break, continue, return (the value saved in a temporary
// first) — and once more in a catch-any handler that saves the exception, runs finally and
// rethrows it. A finally that completes abruptly (return, break, throw) therefore overrides
// the pending outcome (JLS §14.20.2). Inlined copies for jumps are "gaps": the try's own
// handlers do not cover them. Each multi-catch alternative gets its own table entry. Line
// entries and jumps follow javac's Gen.genTry, so line tables (and stepping) match javac's.

import type { Block, CatchClause, TryStatement } from '../ast.ts';
import type { MethodContext, TryScope } from './context.ts';
import type { Label } from './emitter.ts';

/** Runs `body` with the scope stack cut back to its first `depth` entries (where a finally's own code lives). */
function withScopes<R>(ctx: MethodContext, depth: number, body: () => R): R {
  const saved = ctx.scopes;
  ctx.scopes = saved.slice(0, depth);
  try {
    return body();
  } finally {
    ctx.scopes = saved;
  }
}

function genBlock(ctx: MethodContext, b: Block): void {
  ctx.genStatement(ctx, b);
}

/**
 * Emits what must run when control leaves every scope above index `depth` by a jump: the
 * finally blocks of the try statements being left, innermost first. Returns a function the
 * caller calls right AFTER its transfer instruction (goto/return): like javac's
 * endFinalizerGaps, each try statement left gets a gap from the start of its own finally
 * copy to past that instruction, so none of its handlers covers code that runs after it
 * has been exited (the verifier would otherwise merge those states into the handler).
 */
export function unwindTo(ctx: MethodContext, depth: number): () => void {
  const opened: [TryScope, number][] = [];
  for (let i = ctx.scopes.length - 1; i >= depth; i--) {
    const scope = ctx.scopes[i]!;
    if (scope.kind !== 'try') continue;
    opened.push([scope, ctx.em.pc]);
    const finallyBlock = scope.finallyBlock;
    if (finallyBlock) withScopes(ctx, i, () => genBlock(ctx, finallyBlock));
  }
  return () => {
    // Reading pc fixes the jump just made; without a try statement left it may still be
    // chained or dropped (emitter.ts), as javac's jumps are.
    if (opened.length === 0) return;
    const end = ctx.em.pc;
    for (const [scope, start] of opened) if (end > start) scope.gaps.push([start, end]);
  };
}

/** Whether any try statement with a finally encloses the current position. */
export function hasPendingFinally(ctx: MethodContext): boolean {
  return ctx.scopes.some((s) => s.kind === 'try' && s.finallyBlock !== null);
}

/** [start, end) minus the gaps, as non-empty ranges. */
function subtractGaps(ranges: [number, number][], gaps: [number, number][]): [number, number][] {
  let out = ranges;
  for (const [gs, ge] of gaps) {
    const next: [number, number][] = [];
    for (const [s, e] of out) {
      if (ge <= s || gs >= e) next.push([s, e]);
      else {
        if (gs > s) next.push([s, gs]);
        if (ge < e) next.push([ge, e]);
      }
    }
    out = next;
  }
  return out.filter(([s, e]) => e > s);
}

export function genTry(ctx: MethodContext, t: TryStatement): void {
  // javac's Lower.visitTry first drops what cannot matter: with an empty finally and no
  // catches only the block remains; with an empty block only the finally (if any) remains.
  const hasFinally = t.finally !== null && t.finally.statements.length > 0;
  if (t.catches.length === 0 && !hasFinally) return genBlock(ctx, t.block);
  if (t.block.statements.length === 0) {
    if (t.finally && hasFinally) genBlock(ctx, t.finally);
    return;
  }
  const em = ctx.em;
  const scope: TryScope = { kind: 'try', finallyBlock: t.finally, gaps: [] };
  const depth = ctx.scopes.length;
  const end = em.newLabel('tryEnd');
  const endLine = tryEndLine(ctx, t);
  ctx.scopes.push(scope);
  const tryStart = em.pc;
  genBlock(ctx, t.block);
  const tryEnd = em.pc;
  // javac: the finally copy (or, with none, the jump) carries the try block's closing brace
  // line until a statement of the finally block names its own; an empty try needs no jump.
  em.line(ctx.closingLine(t.block) ?? t.block.span.line);
  exitNormally(ctx, scope, depth, tryStart === tryEnd ? null : end, endLine);
  const tryRanges = subtractGaps([[tryStart, tryEnd]], scope.gaps);
  const catchBodies: [number, number][] = [];
  t.catches.forEach((c, i) => {
    // After the last catch with no finally, control simply falls out of the statement.
    const exit = t.finally !== null || i < t.catches.length - 1 ? end : null;
    const range = genCatch(ctx, c, tryRanges, scope, depth, exit, endLine);
    if (range) catchBodies.push(range);
  });
  ctx.scopes.pop();
  if (t.finally) genCatchAny(ctx, t.finally, subtractGaps([[tryStart, tryEnd], ...catchBodies], scope.gaps));
  em.mark(end);
}

/** javac's TreeInfo.endPos of a try statement: the end of its finally, else of its last catch, else of its block. */
function tryEndLine(ctx: MethodContext, t: TryStatement): number {
  const last = t.finally ?? t.catches[t.catches.length - 1]?.body ?? t.block;
  return ctx.closingLine(last) ?? last.span.line;
}

/**
 * After the try block or a catch body: run finally (not covered by this try), then jump to
 * `end` (on the try statement's last line, as javac marks it), unless `end` is null because
 * control falls through to it anyway.
 */
function exitNormally(ctx: MethodContext, scope: TryScope, depth: number, end: Label | null, endLine: number): void {
  if (!ctx.em.alive) return;
  if (scope.finallyBlock) {
    const finallyBlock = scope.finallyBlock;
    withScopes(ctx, depth, () => genBlock(ctx, finallyBlock));
  }
  if (end === null) return;
  ctx.em.line(endLine);
  ctx.em.goto(end);
}

/**
 * One catch clause: handler entries over the try block for each alternative type, then the
 * body with the exception in the catch parameter. Returns the pc range of the handler code
 * (covered by the catch-any of a finally), or null when no entry was needed.
 */
function genCatch(
  ctx: MethodContext,
  c: CatchClause,
  tryRanges: [number, number][],
  scope: TryScope,
  depth: number,
  end: Label | null,
  endLine: number,
): [number, number] | null {
  if (tryRanges.length === 0) return null; // nothing can throw: the handler is unreachable
  const em = ctx.em;
  const handler = em.newLabel('catch');
  em.expectHandler(handler);
  for (const type of ctx.need(ctx.program.catchTypes, c, 'catch types')) {
    const index = em.cp.classRef(type.internalName);
    for (const [s, e] of tryRanges) em.handler(s, e, handler, index);
  }
  em.mark(handler);
  const start = em.pc;
  const param = ctx.need(ctx.program.locals, c, 'catch parameter');
  em.line(c.span.line);
  em.emit('astore', ctx.locals.slotOf(param));
  genBlock(ctx, c.body);
  const bodyEnd = em.pc; // (reading pc fixes the position, as javac's end of the parameter's scope does)
  em.line(ctx.closingLine(c.body) ?? c.body.span.line);
  exitNormally(ctx, scope, depth, end, endLine);
  return [start, bodyEnd];
}

/** The catch-any handler of a finally: save the exception, run finally, rethrow. */
function genCatchAny(ctx: MethodContext, finallyBlock: Block, ranges: [number, number][]): void {
  if (ranges.length === 0) return;
  const em = ctx.em;
  const handler = em.newLabel('finally');
  em.expectHandler(handler);
  for (const [s, e] of ranges) em.handler(s, e, handler, 0);
  em.mark(handler);
  // javac: the handler starts on the finally's first statement line, the rethrow is on its closing brace.
  em.line(finallyBlock.statements[0]?.span.line ?? finallyBlock.span.line);
  const saved = ctx.locals.allocTemp();
  em.emit('astore', saved);
  genBlock(ctx, finallyBlock);
  em.line(ctx.closingLine(finallyBlock) ?? finallyBlock.span.line);
  em.emit('aload', saved);
  em.emit('athrow');
  ctx.locals.release(saved);
}
