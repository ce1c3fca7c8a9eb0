// Definite assignment (JLS ch.16): every local (and blank final field of the class being
// initialized) is definitely assigned before it is read; finals are assigned at most once
// (definite unassignment, approximated by "possibly assigned" sets iterated over loops).

import type { Block, Expression, Statement, VariableDeclarator } from '../ast.ts';
import type { JumpTarget } from '../checked.ts';
import type { FieldSymbol, LocalVar } from '../symbols.ts';
import type { Checker } from './context.ts';

type Var = LocalVar | FieldSymbol;

/** Flow state: dead = no normal path reaches here (everything counts as assigned). */
interface State {
  readonly dead: boolean;
  readonly da: ReadonlySet<Var>;
  readonly pa: ReadonlySet<Var>;
}

const DEAD: State = { dead: true, da: new Set(), pa: new Set() };
const live = (da: ReadonlySet<Var>, pa: ReadonlySet<Var>): State => ({ dead: false, da, pa });

function join(a: State, b: State): State {
  if (a.dead) return b;
  if (b.dead) return a;
  return live(new Set([...a.da].filter((v) => b.da.has(v))), new Set([...a.pa, ...b.pa]));
}
function assign(s: State, v: Var): State {
  if (s.dead) return s;
  return live(new Set([...s.da, v]), new Set([...s.pa, v]));
}
function withPa(s: State, extra: Iterable<Var>): State {
  return s.dead ? s : live(s.da, new Set([...s.pa, ...extra]));
}
const isAssigned = (s: State, v: Var): boolean => s.dead || s.da.has(v);

/**
 * Analyzes one body. `tracked` are the blank final fields whose assignment is being checked
 * here (constructors and initializers); reads of other fields are never flagged.
 */
export class DefiniteAssignment {
  private silent = 0;
  private readonly jumpStates = new Map<JumpTarget, State>();
  private readonly continueStates = new Map<JumpTarget, State>();
  /** Variables assigned inside the enclosing try blocks (for catch/finally entry states). */
  private readonly tryAssigned: Set<Var>[] = [];
  /** Checked at every `return` of a constructor: these must be assigned by then. */
  returnMustAssign: FieldSymbol[] = [];
  private loopEntryPa: ReadonlySet<Var> | null = null;
  /** Loops, switches and labeled statements being analyzed, outermost first. */
  private readonly active: JumpTarget[] = [];
  /** Enclosing try statements with finally: jumps to targets outside them wait here. */
  private readonly finallyFrames: { outer: ReadonlySet<JumpTarget>; pending: { map: Map<JumpTarget, State>; t: JumpTarget; s: State }[] }[] = [];
  /** Blank final locals seen so far; while zero, loops need no definite-unassignment pass. */
  private blankLocals = 0;

  constructor(
    private readonly chk: Checker,
    private readonly tracked: ReadonlySet<FieldSymbol>,
  ) {}

  private report(name: 'VariableMightNotBeInitialized' | 'VariableMightAlreadyBeAssigned' | 'VariableAssignedInLoop', e: { span: Expression['span'] }, v: string): void {
    if (this.silent === 0) this.chk.report(name, e.span, v);
  }

  /** The variable a Name / this.f expression denotes, if it is one we track. */
  private varOf(e: Expression): Var | null {
    if (e.kind !== 'Name' && e.kind !== 'FieldAccess') return null;
    if (e.kind === 'FieldAccess' && e.target.kind !== 'This') return null;
    const r = this.chk.out.names.get(e);
    if (!r) return null;
    if (r.kind === 'local') return r.local;
    if (r.kind === 'field' && this.tracked.has(r.field)) return r.field;
    return null;
  }

  // ---------------------------------------------------------------- expressions

  /** Boolean expressions split into "when true" and "when false" states (JLS §16.1.1-16.1.7). */
  cond(e: Expression, s: State): { t: State; f: State } {
    const c = this.chk.constantOf(e);
    if (c && c.type === 'boolean') return c.value ? { t: s, f: DEAD } : { t: DEAD, f: s };
    if (e.kind === 'Unary' && e.op === '!') {
      const r = this.cond(e.operand, s);
      return { t: r.f, f: r.t };
    }
    if (e.kind === 'Binary' && e.op === '&&') {
      const a = this.cond(e.left, s);
      const b = this.cond(e.right, a.t);
      return { t: b.t, f: join(a.f, b.f) };
    }
    if (e.kind === 'Binary' && e.op === '||') {
      const a = this.cond(e.left, s);
      const b = this.cond(e.right, a.f);
      return { t: join(a.t, b.t), f: b.f };
    }
    if (e.kind === 'Conditional' && this.isBooleanExpr(e)) {
      const c0 = this.cond(e.condition, s);
      const x = this.cond(e.then, c0.t);
      const y = this.cond(e.else, c0.f);
      return { t: join(x.t, y.t), f: join(x.f, y.f) };
    }
    const after = this.expr(e, s);
    return { t: after, f: after };
  }

  expr(e: Expression, s: State): State {
    switch (e.kind) {
      case 'Literal':
      case 'This':
      case 'ClassLiteral':
      case 'SuperFieldAccess':
        return s;
      case 'Name': {
        const v = this.varOf(e);
        if (v && !isAssigned(s, v)) this.report('VariableMightNotBeInitialized', e, v.name);
        return s;
      }
      case 'FieldAccess': {
        const v = this.varOf(e);
        if (v && !isAssigned(s, v)) this.report('VariableMightNotBeInitialized', e, v.name);
        return this.expr(e.target, s);
      }
      case 'ArrayAccess':
        return this.expr(e.index, this.expr(e.array, s));
      case 'MethodCall':
        return this.exprs(e.args, e.target && e.target !== 'super' ? this.expr(e.target, s) : s);
      case 'NewObject':
        return this.exprs(e.args, s);
      case 'NewArray':
        return e.init ? this.expr(e.init, this.exprs(e.dims, s)) : this.exprs(e.dims, s);
      case 'ArrayInitializer':
        return this.exprs(e.elements as Expression[], s);
      case 'Unary':
        if (e.op === '!') return this.joinCond(e, s);
        if (e.op === '+' || e.op === '-' || e.op === '~') return this.expr(e.operand, s);
        return this.write(e.operand, this.expr(e.operand, s), e);
      case 'Binary':
        if (e.op === '&&' || e.op === '||') return this.joinCond(e, s);
        return this.expr(e.right, this.expr(e.left, s));
      case 'Assign': {
        const v = this.varOf(e.target);
        let st = s;
        if (e.op !== '=') st = this.expr(e.target, st);
        else if (!v) st = this.lhsParts(e.target, st);
        st = this.expr(e.value, st);
        return this.write(e.target, st, e);
      }
      case 'Conditional': {
        if (this.isBooleanExpr(e)) return this.joinCond(e, s);
        const c = this.cond(e.condition, s);
        return join(this.expr(e.then, c.t), this.expr(e.else, c.f));
      }
      case 'Cast':
        return this.expr(e.operand, s);
      case 'InstanceOf':
        return this.expr(e.operand, s);
    }
  }

  private isBooleanExpr(e: Expression): boolean {
    const t = this.chk.out.exprTypes.get(e);
    return t !== undefined && t.kind === 'primitive' && t.name === 'boolean';
  }

  private joinCond(e: Expression, s: State): State {
    const r = this.cond(e, s);
    return join(r.t, r.f);
  }

  private exprs(list: Expression[], s: State): State {
    return list.reduce((st, x) => this.expr(x, st), s);
  }

  /** Evaluates the parts of an assignment target that are not the variable itself. */
  private lhsParts(target: Expression, s: State): State {
    if (target.kind === 'ArrayAccess') return this.expr(target.index, this.expr(target.array, s));
    if (target.kind === 'FieldAccess') return this.expr(target.target, s);
    return s;
  }

  /** Records an assignment to `target`, checking finals are not assigned twice. */
  private write(target: Expression, s: State, at: Expression): State {
    const v = this.varOf(target);
    if (!v) return s;
    // Only blank finals are judged here; other finals were already reported by the typing pass.
    const blank = v.decl !== null && v.decl.kind === 'VariableDeclarator' && v.decl.init === null;
    const isFinalVar = v.kind === 'local' ? v.isFinal && blank : blank;
    if (isFinalVar && !s.dead && s.pa.has(v)) {
      const inLoop = this.loopEntryPa !== null && this.loopEntryPa.has(v) && !s.da.has(v);
      this.report(inLoop ? 'VariableAssignedInLoop' : 'VariableMightAlreadyBeAssigned', at, v.name);
    }
    for (const set of this.tryAssigned) set.add(v);
    return assign(s, v);
  }

  // ---------------------------------------------------------------- statements

  stmts(list: Statement[], s: State): State {
    return list.reduce((st, x) => this.stmt(x, st), s);
  }

  /** A field initializer: evaluates it, then the field is assigned. */
  initField(f: FieldSymbol, init: Expression, s: State): State {
    return assign(this.expr(init, s), f);
  }

  declare(d: VariableDeclarator, s: State): State {
    const v = this.chk.out.locals.get(d);
    if (v?.isFinal && !d.init) this.blankLocals++;
    if (!d.init || !v) return s;
    const after = this.expr(d.init as Expression, s);
    return assign(after, v);
  }

  /**
   * Records a break/continue state for its target. A jump that leaves a try statement with a
   * finally block is held back until that finally is analyzed: the finally's assignments
   * happen before control reaches the target (JLS §16.2.15).
   */
  private jumpTo(map: Map<JumpTarget, State>, t: JumpTarget | undefined, s: State): State {
    if (!t || s.dead) return DEAD;
    for (let i = this.finallyFrames.length - 1; i >= 0; i--) {
      const frame = this.finallyFrames[i]!;
      if (frame.outer.has(t)) {
        frame.pending.push({ map, t, s });
        return DEAD;
      }
    }
    map.set(t, join(map.get(t) ?? DEAD, s));
    return DEAD;
  }

  /** Runs `f` with `t` counted as an enclosing jump target. */
  private within<R>(t: JumpTarget, f: () => R): R {
    this.active.push(t);
    try {
      return f();
    } finally {
      this.active.pop();
    }
  }
  private takeJumps(map: Map<JumpTarget, State>, t: JumpTarget): State {
    const st = map.get(t) ?? DEAD;
    map.delete(t);
    return st;
  }

  /**
   * Analyzes a loop twice: first silently to learn what the body may assign, then with
   * those variables "possibly assigned" at the loop head, so assigning a final in a loop
   * is reported (JLS §16.2.10-16.2.12 definite unassignment).
   */
  private loop(t: JumpTarget, s: State, run: (entry: State) => { after: State; back: State }): State {
    return this.within(t, () => this.loopInner(t, s, run));
  }

  private loopInner(t: JumpTarget, s: State, run: (entry: State) => { after: State; back: State }): State {
    if ((this.tracked.size === 0 && this.blankLocals === 0) || this.silent > 0) {
      // One pass decides definite assignment when no blank final is in play, and is all a
      // silent pass needs: "possibly assigned" after the loop then also includes whatever the
      // body may assign. Nested loops thus cost one extra pass per level, not 2^depth.
      const only = run(s);
      this.continueStates.delete(t);
      const after = withPa(only.after, only.back.dead ? [] : only.back.pa);
      return join(after, this.takeJumps(this.jumpStates, t));
    }
    this.silent++;
    const first = run(s);
    this.silent--;
    this.jumpStates.delete(t);
    this.continueStates.delete(t);
    const entry = withPa(s, first.back.dead ? [] : first.back.pa);
    const savedLoopPa = this.loopEntryPa;
    this.loopEntryPa = entry.dead ? null : entry.pa;
    const second = run(entry);
    this.loopEntryPa = savedLoopPa;
    this.continueStates.delete(t);
    return join(second.after, this.takeJumps(this.jumpStates, t));
  }

  stmt(st: Statement, s: State): State {
    switch (st.kind) {
      case 'Block':
        return this.stmts(st.statements, s);
      case 'LocalVarDecl':
        return st.declarators.reduce((acc, d) => this.declare(d, acc), s);
      case 'ExpressionStatement':
        return this.expr(st.expression, s);
      case 'If': {
        const c = this.cond(st.condition, s);
        const a = this.stmt(st.then, c.t);
        return join(a, st.else ? this.stmt(st.else, c.f) : c.f);
      }
      case 'While':
        return this.loop(st, s, (entry) => {
          const c = this.cond(st.condition, entry);
          const body = this.stmt(st.body, c.t);
          return { after: c.f, back: join(body, this.continueStates.get(st) ?? DEAD) };
        });
      case 'Do':
        return this.loop(st, s, (entry) => {
          const body = this.stmt(st.body, entry);
          const c = this.cond(st.condition, join(body, this.takeJumps(this.continueStates, st)));
          return { after: c.f, back: c.t };
        });
      case 'For': {
        let init = s;
        if (Array.isArray(st.init)) init = st.init.reduce((acc, x) => this.expr(x.expression, acc), s);
        else init = this.stmt(st.init, s);
        return this.loop(st, init, (entry) => {
          const c = st.condition ? this.cond(st.condition, entry) : { t: entry, f: DEAD };
          const body = this.stmt(st.body, c.t);
          const beforeUpdate = join(body, this.takeJumps(this.continueStates, st));
          const back = st.update.reduce((acc, x) => this.expr(x.expression, acc), beforeUpdate);
          return { after: c.f, back };
        });
      }
      case 'ForEach': {
        const afterIter = this.expr(st.iterable, s);
        const v = this.chk.out.locals.get(st);
        return this.loop(st, afterIter, (entry) => {
          const body = this.stmt(st.body, v ? assign(entry, v) : entry);
          const back = join(body, this.takeJumps(this.continueStates, st));
          return { after: withPa(entry, back.dead ? [] : back.pa), back };
        });
      }
      case 'Labeled': {
        const body = this.within(st, () => this.stmt(st.body, s));
        return join(body, this.takeJumps(this.jumpStates, st));
      }
      case 'Break':
        return this.jumpTo(this.jumpStates, this.chk.out.jumpTargets.get(st), s);
      case 'Continue':
        return this.jumpTo(this.continueStates, this.chk.out.jumpTargets.get(st), s);
      case 'Return': {
        const after = st.value ? this.expr(st.value, s) : s;
        for (const f of this.returnMustAssign) {
          if (!isAssigned(after, f)) this.report('VariableMightNotBeInitialized', st, f.name);
        }
        return DEAD;
      }
      case 'Throw':
        this.expr(st.value, s);
        return DEAD;
      case 'Switch':
        return this.within(st, () => this.switchStmt(st, s));
      case 'Try':
        return this.tryStmt(st, s);
      case 'Empty':
        return s;
      case 'ExplicitConstructorCall': {
        const after = this.exprs(st.args, s);
        // this(...) initializes every blank final instance field (JLS §16.9).
        return st.target === 'this' ? [...this.tracked].reduce((acc, f) => assign(acc, f), after) : after;
      }
    }
  }

  private switchStmt(st: Extract<Statement, { kind: 'Switch' }>, s: State): State {
    const sel = this.expr(st.selector, s);
    let fall: State = DEAD;
    let hasDefault = false;
    for (const g of st.groups) {
      for (const l of g.labels) if (l === null) hasDefault = true;
      fall = this.stmts(g.statements, join(sel, fall));
    }
    let after = join(fall, this.takeJumps(this.jumpStates, st));
    if (!hasDefault) after = join(after, sel);
    return after;
  }

  private tryStmt(st: Extract<Statement, { kind: 'Try' }>, s: State): State {
    if (!st.finally) return this.tryBody(st, s).result;
    const frame = { outer: new Set(this.active), pending: [] as { map: Map<JumpTarget, State>; t: JumpTarget; s: State }[] };
    this.finallyFrames.push(frame);
    let body: { result: State; inTry: Set<Var>; inCatches: Set<Var> };
    try {
      body = this.tryBody(st, s);
    } finally {
      this.finallyFrames.pop();
    }
    const entry = withPa(s, [...body.inTry, ...body.inCatches]);
    const fin = this.stmt(st.finally, entry);
    if (fin.dead) return DEAD;
    // What the finally block itself assigns reaches every jump that passed through it.
    const finAssigned = [...fin.da].filter((v) => entry.dead || !entry.da.has(v));
    for (const p of frame.pending) {
      this.jumpTo(p.map, p.t, live(new Set([...p.s.da, ...finAssigned]), new Set([...p.s.pa, ...fin.pa])));
    }
    const result = body.result;
    if (result.dead) return DEAD;
    return live(new Set([...result.da, ...fin.da]), new Set([...result.pa, ...fin.pa]));
  }

  private tryBody(st: Extract<Statement, { kind: 'Try' }>, s: State): { result: State; inTry: Set<Var>; inCatches: Set<Var> } {
    const inTry = new Set<Var>();
    this.tryAssigned.push(inTry);
    const afterBlock = this.stmt(st.block, s);
    this.tryAssigned.pop();
    for (const set of this.tryAssigned) for (const v of inTry) set.add(v);
    let result = afterBlock;
    const inCatches = new Set<Var>();
    for (const c of st.catches) {
      const param = this.chk.out.locals.get(c);
      let entry = withPa(s, inTry);
      if (param) entry = assign(entry, param);
      this.tryAssigned.push(inCatches);
      result = join(result, this.stmt(c.body, entry));
      this.tryAssigned.pop();
    }
    for (const set of this.tryAssigned) for (const v of inCatches) set.add(v);
    return { result, inTry, inCatches };
  }
}

/** Entry state with the given variables already assigned (parameters, `this(...)` results). */
export function initialState(assigned: Iterable<Var>): State {
  const set = new Set(assigned);
  return live(set, new Set(set));
}

export function analyzeBlock(da: DefiniteAssignment, b: Block, s: State): State {
  return da.stmt(b, s);
}

export type { State as DaState };
