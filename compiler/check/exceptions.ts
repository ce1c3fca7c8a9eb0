// Checked exceptions (JLS §11.2): computes what each statement and expression can throw,
// reports checked exceptions that are neither caught nor declared, and catch clauses for
// checked exceptions the try block can never throw (§11.2.3). Precise rethrow (§11.2.2) included.

import type { Expression, Span, Statement } from '../ast.ts';
import type { ClassSymbol, LocalVar, MethodSymbol } from '../symbols.ts';
import { isSubclassSymbol } from '../types.ts';
import type { Checker } from './context.ts';

interface Thrown {
  readonly sym: ClassSymbol;
  readonly span: Span;
}

/**
 * Walks one body collecting thrown checked exceptions. Binary methods' throws come from their
 * Exceptions attributes (JVMS §4.7.5), so calls into class-path code are checked like source.
 */
export class ExceptionAnalysis {
  /** For effectively final catch parameters: what a rethrow of them can throw. */
  private readonly rethrow = new Map<LocalVar, ClassSymbol[]>();

  constructor(
    private readonly chk: Checker,
    /** Locals assigned after declaration (not effectively final). */
    private readonly reassigned: ReadonlySet<LocalVar>,
  ) {}

  isChecked(sym: ClassSymbol): boolean {
    const rte = this.chk.cls('java/lang/RuntimeException');
    const err = this.chk.cls('java/lang/Error');
    const thr = this.chk.cls('java/lang/Throwable');
    if (!thr || !isSubclassSymbol(sym, thr)) return false;
    if (rte && isSubclassSymbol(sym, rte)) return false;
    if (err && isSubclassSymbol(sym, err)) return false;
    return true;
  }

  private fromMethod(m: MethodSymbol, span: Span, out: Thrown[]): void {
    for (const t of m.throws) if (this.isChecked(t)) out.push({ sym: t, span });
  }

  expr(e: Expression | null | undefined, out: Thrown[]): void {
    if (!e) return;
    switch (e.kind) {
      case 'MethodCall': {
        if (e.target && e.target !== 'super') this.expr(e.target, out);
        e.args.forEach((a) => this.expr(a, out));
        const call = this.chk.out.calls.get(e);
        if (call) this.fromMethod(call.method, e.span, out);
        return;
      }
      case 'NewObject': {
        e.args.forEach((a) => this.expr(a, out));
        const call = this.chk.out.calls.get(e);
        if (call) this.fromMethod(call.method, e.span, out);
        return;
      }
      case 'FieldAccess':
        return this.expr(e.target, out);
      case 'ArrayAccess':
        this.expr(e.array, out);
        return this.expr(e.index, out);
      case 'NewArray':
        e.dims.forEach((d) => this.expr(d, out));
        return this.expr(e.init, out);
      case 'ArrayInitializer':
        e.elements.forEach((x) => this.expr(x, out));
        return;
      case 'Unary':
      case 'Cast':
      case 'InstanceOf':
        return this.expr(e.operand, out);
      case 'Binary':
        this.expr(e.left, out);
        return this.expr(e.right, out);
      case 'Assign':
        this.expr(e.target, out);
        return this.expr(e.value, out);
      case 'Conditional':
        this.expr(e.condition, out);
        this.expr(e.then, out);
        return this.expr(e.else, out);
      default:
        return;
    }
  }

  stmts(list: Statement[], out: Thrown[]): void {
    for (const s of list) this.stmt(s, out);
  }

  stmt(s: Statement, out: Thrown[]): void {
    switch (s.kind) {
      case 'Block':
        return this.stmts(s.statements, out);
      case 'LocalVarDecl':
        for (const d of s.declarators) if (d.init) this.expr(d.init as Expression, out);
        return;
      case 'ExpressionStatement':
        return this.expr(s.expression, out);
      case 'If':
        this.expr(s.condition, out);
        this.stmt(s.then, out);
        if (s.else) this.stmt(s.else, out);
        return;
      case 'While':
      case 'Do':
        this.expr(s.condition, out);
        return this.stmt(s.body, out);
      case 'For':
        if (Array.isArray(s.init)) s.init.forEach((x) => this.expr(x.expression, out));
        else this.stmt(s.init, out);
        this.expr(s.condition, out);
        s.update.forEach((x) => this.expr(x.expression, out));
        return this.stmt(s.body, out);
      case 'ForEach':
        this.expr(s.iterable, out);
        return this.stmt(s.body, out);
      case 'Labeled':
        return this.stmt(s.body, out);
      case 'Return':
        return this.expr(s.value, out);
      case 'Switch':
        this.expr(s.selector, out);
        for (const g of s.groups) this.stmts(g.statements, out);
        return;
      case 'Throw':
        return this.throwStmt(s.value, s.span, out);
      case 'Try':
        return this.tryStmt(s, out);
      case 'ExplicitConstructorCall': {
        s.args.forEach((a) => this.expr(a, out));
        const call = this.chk.out.calls.get(s);
        if (call) this.fromMethod(call.method, s.span, out);
        return;
      }
      default:
        return;
    }
  }

  private throwStmt(value: Expression, span: Span, out: Thrown[]): void {
    this.expr(value, out);
    if (value.kind === 'Name') {
      const r = this.chk.out.names.get(value);
      if (r && r.kind === 'local' && this.rethrow.has(r.local) && !this.reassigned.has(r.local)) {
        for (const sym of this.rethrow.get(r.local)!) out.push({ sym, span });
        return;
      }
    }
    const t = this.chk.out.exprTypes.get(value);
    if (t && t.kind === 'class' && this.isChecked(t.symbol)) out.push({ sym: t.symbol, span });
  }

  private tryStmt(s: Extract<Statement, { kind: 'Try' }>, out: Thrown[]): void {
    const inTry: Thrown[] = [];
    this.stmt(s.block, inTry);
    let remaining = inTry;
    const afterCatches: Thrown[] = [];
    const exception = this.chk.cls('java/lang/Exception');
    for (const c of s.catches) {
      const types = this.chk.out.catchTypes.get(c) ?? [];
      for (const [i, ct] of types.entries()) {
        const alwaysOk = !this.isChecked(ct) || (exception !== null && isSubclassSymbol(exception, ct));
        const related = inTry.some((x) => isSubclassSymbol(x.sym, ct) || isSubclassSymbol(ct, x.sym));
        if (!alwaysOk && !related) {
          this.chk.report('ExceptionNeverThrown', c.types[i]?.span ?? c.span, ct.name);
        }
      }
      const param = this.chk.out.locals.get(c);
      if (param) {
        // Precise rethrow: what the try can throw that this clause catches (JLS §11.2.2).
        const precise = remaining.filter((x) => types.some((ct) => isSubclassSymbol(x.sym, ct))).map((x) => x.sym);
        // A broader exception thrown by the try block narrows to the catch type itself.
        const narrowed = types.filter((ct) => this.isChecked(ct) && remaining.some((x) => isSubclassSymbol(ct, x.sym) && ct !== x.sym));
        this.rethrow.set(param, [...precise, ...narrowed]);
      }
      remaining = remaining.filter((x) => !types.some((ct) => isSubclassSymbol(x.sym, ct)));
      this.stmt(c.body, afterCatches);
    }
    const fin: Thrown[] = [];
    if (s.finally) this.stmt(s.finally, fin);
    if (s.finally && this.chk.out.completesNormally.get(s.finally) === false) {
      out.push(...fin); // a finally that cannot complete normally discards the others
      return;
    }
    out.push(...remaining, ...afterCatches, ...fin);
  }

  /** Reports each thrown exception not covered by `declared`. */
  reportUncaught(thrown: Thrown[], declared: readonly ClassSymbol[]): void {
    for (const t of thrown) {
      if (!declared.some((d) => isSubclassSymbol(t.sym, d))) this.chk.report('UnreportedException', t.span, t.sym.name);
    }
  }
}

export type { Thrown };
