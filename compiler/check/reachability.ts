// Reachability (JLS §14.22): decides which statements can complete normally, reports the
// first unreachable statement of each block, "missing return statement" and initializers
// that cannot complete normally. Records completesNormally for the code generator.

import type { Block, Expression, Span, Statement } from '../ast.ts';
import type { JumpTarget } from '../checked.ts';
import type { Checker } from './context.ts';

/** Walks one body; `broken` collects statements exited by a reachable break. */
class Reachability {
  private readonly broken = new Set<JumpTarget>();
  private readonly continued = new Set<JumpTarget>();

  constructor(private readonly chk: Checker) {}

  private isConst(e: Expression | null, value: boolean): boolean {
    if (e === null) return value; // an absent for-condition is `true`
    const c = this.chk.constantOf(e);
    return c !== null && c.type === 'boolean' && c.value === value;
  }

  /** Statements in sequence; returns whether the sequence can complete normally. */
  list(stmts: Statement[], reachable: boolean): boolean {
    let live = reachable;
    let reported = !reachable; // report only the first unreachable statement
    for (const s of stmts) {
      if (!live && !reported) {
        this.chk.report('UnreachableStatement', s.span);
        reported = true;
      }
      live = this.stmt(s, true) && live;
    }
    return live;
  }

  /** Returns whether `s` can complete normally, assuming it is reachable. */
  stmt(s: Statement, reachable: boolean): boolean {
    const r = this.stmtInner(s, reachable);
    this.chk.out.completesNormally.set(s, r);
    return r;
  }

  private stmtInner(s: Statement, reachable: boolean): boolean {
    switch (s.kind) {
      case 'Block':
        return this.list(s.statements, reachable);
      case 'LocalVarDecl':
      case 'ExpressionStatement':
      case 'Empty':
      case 'ExplicitConstructorCall':
        return true;
      case 'If': {
        const t = this.stmt(s.then, true);
        const e = s.else ? this.stmt(s.else, true) : true;
        return t || e;
      }
      case 'While':
      case 'For': {
        const cond = s.condition;
        if (this.isConst(cond, false)) {
          this.chk.report('UnreachableStatement', s.body.span);
          this.stmt(s.body, true);
          return true;
        }
        this.stmt(s.body, true);
        return !this.isConst(cond, true) || this.broken.has(s);
      }
      case 'Do': {
        const body = this.stmt(s.body, true);
        return ((body || this.continued.has(s)) && !this.isConst(s.condition, true)) || this.broken.has(s);
      }
      case 'ForEach':
        this.stmt(s.body, true);
        return true;
      case 'Labeled': {
        const body = this.stmt(s.body, true);
        return body || this.broken.has(s);
      }
      case 'Break': {
        const t = this.chk.out.jumpTargets.get(s);
        if (t) this.broken.add(t);
        return false;
      }
      case 'Continue': {
        const t = this.chk.out.jumpTargets.get(s);
        if (t) this.continued.add(t);
        return false;
      }
      case 'Return':
      case 'Throw':
        return false;
      case 'Switch': {
        let fallsOut = true; // an empty switch block completes normally
        let hasDefault = false;
        for (const g of s.groups) {
          if (g.labels.includes(null)) hasDefault = true;
          fallsOut = this.list(g.statements, true);
        }
        return fallsOut || !hasDefault || this.broken.has(s);
      }
      case 'Try': {
        const body = this.stmt(s.block, true);
        let any = body;
        for (const c of s.catches) any = this.stmt(c.body, true) || any;
        if (s.finally) {
          const fin = this.stmt(s.finally, true);
          return fin && any;
        }
        return any;
      }
    }
  }
}

/**
 * A span at the closing brace of a block, where javac reports "missing return statement".
 * Line and column need the source text; without it they stay those of the opening brace.
 */
export function closingSpan(chk: Checker, b: Block): Span {
  const start = Math.max(b.span.start, b.span.end - 1);
  const text = chk.texts?.get(b.span.file);
  if (text === undefined || start > text.length) return { ...b.span, start };
  const before = text.slice(0, start);
  const line = before.split(/\r\n|\r|\n/).length;
  const col = start - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { ...b.span, line, col, start, end: start + 1 };
}

/** Analyzes a method/constructor/initializer body; returns whether it can complete normally. */
export function analyzeReachability(chk: Checker, body: Block): boolean {
  return new Reachability(chk).stmt(body, true);
}
