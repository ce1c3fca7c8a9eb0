// Flow checks of one class after typing: reachability and missing returns (JLS §14.22),
// definite assignment of locals and blank final fields (JLS ch.16, §8.3.1.2), and checked
// exceptions per body (JLS §11.2). Produces the BodyInfo of each body for the code generator.

import type { Block, ConstructorDecl, Expression, InitializerDecl, MethodDecl } from '../ast.ts';
import type { BodyInfo, CheckedClass } from '../checked.ts';
import { isFinal, isStatic, type ClassSymbol, type FieldSymbol, type LocalVar, type MethodSymbol } from '../symbols.ts';
import { isSubclassSymbol } from '../types.ts';
import type { TypedBody } from './bodies.ts';
import type { Checker } from './context.ts';
import { DefiniteAssignment, initialState } from './definite-assignment.ts';
import { ExceptionAnalysis, type Thrown } from './exceptions.ts';
import { analyzeReachability, closingSpan } from './reachability.ts';

const bodyBlock = (d: TypedBody['decl']): Block => (d.kind === 'MethodDecl' ? d.body! : d.body);

function paramsOf(chk: Checker, d: TypedBody['decl']): LocalVar[] {
  if (d.kind === 'InitializerDecl') return [];
  return d.params.map((p) => chk.out.locals.get(p)).filter((v): v is LocalVar => v !== undefined);
}

/** Runs the flow checks for one class and records a BodyInfo per body. */
export function analyzeClassFlow(chk: Checker, cc: CheckedClass, typed: TypedBody[]): void {
  const completes = new Map<TypedBody['decl'], boolean>();
  for (const t of typed) completes.set(t.decl, reachabilityOf(chk, t));
  definiteAssignment(chk, cc, typed);
  exceptions(chk, cc, typed);
  const instanceInitSlots = Math.max(
    0,
    ...typed.filter((t) => t.decl.kind === 'InitializerDecl' && !t.decl.isStatic).map((t) => t.ctx.maxSlot),
  );
  for (const t of typed) {
    const isCtor = t.decl.kind === 'ConstructorDecl';
    const info: BodyInfo = {
      localCount: isCtor ? Math.max(t.ctx.maxSlot, instanceInitSlots) : t.ctx.maxSlot,
      callsThis: t.callsThis,
      implicitSuper: t.implicitSuper,
      completesNormally: completes.get(t.decl) ?? true,
    };
    chk.out.bodies.set(t.decl, info);
  }
}

function reachabilityOf(chk: Checker, t: TypedBody): boolean {
  const body = bodyBlock(t.decl);
  const ok = analyzeReachability(chk, body);
  if (t.decl.kind === 'MethodDecl' && ok) {
    const m = chk.out.methods.get(t.decl);
    if (m && m.returnType.kind !== 'void' && m.returnType.kind !== 'error') chk.report('MissingReturn', closingSpan(chk, body));
  }
  if (t.decl.kind === 'InitializerDecl' && !ok) {
    // A `return` there was already reported as "return outside method".
    const span = t.decl.span;
    const hasReturnError = chk.diags.items.some((d) => d.code === 'RF2031' && d.span.file === span.file && d.span.start >= span.start && d.span.start < span.end);
    if (!hasReturnError) chk.report('InitializerMustCompleteNormally', t.decl.span);
  }
  return ok;
}

// ---------------------------------------------------------------- definite assignment

function blankFinals(c: ClassSymbol, wantStatic: boolean): FieldSymbol[] {
  return c.fields.filter((f) => isFinal(f) && isStatic(f) === wantStatic && f.decl !== null && f.decl.init === null && !c.isInterface);
}

/** Runs field initializers and initializer blocks of one static-ness through DA, in order. */
function initializerSequence(chk: Checker, cc: CheckedClass, typed: TypedBody[], wantStatic: boolean, tracked: FieldSymbol[]) {
  const da = new DefiniteAssignment(chk, new Set(tracked));
  let s = initialState([]);
  for (const m of cc.decl.members) {
    if (m.kind === 'FieldDecl') {
      for (const d of m.declarators) {
        const f = chk.out.fields.get(d);
        if (!f || isStatic(f) !== wantStatic || !d.init) continue;
        s = da.initField(f, d.init as Expression, s);
      }
    } else if (m.kind === 'InitializerDecl' && m.isStatic === wantStatic && typed.some((t) => t.decl === m)) {
      s = da.stmt(m.body, s);
    }
  }
  return s;
}

function definiteAssignment(chk: Checker, cc: CheckedClass, typed: TypedBody[]): void {
  const staticBlank = blankFinals(cc.symbol, true);
  const sStatic = initializerSequence(chk, cc, typed, true, staticBlank);
  for (const f of staticBlank) {
    // javac words this one like the instance case: "not initialized in the default constructor".
    if (!sStatic.dead && !sStatic.da.has(f)) chk.report('NotInitializedInDefaultConstructor', f.decl!.span, f.name);
  }
  const instBlank = blankFinals(cc.symbol, false);
  const sInit = initializerSequence(chk, cc, typed, false, instBlank);
  let hasCtor = false;
  for (const t of typed) {
    const params = paramsOf(chk, t.decl);
    if (t.decl.kind === 'MethodDecl') {
      new DefiniteAssignment(chk, new Set()).stmt(t.decl.body!, initialState(params));
    } else if (t.decl.kind === 'ConstructorDecl') {
      hasCtor = true;
      const da = new DefiniteAssignment(chk, new Set(instBlank));
      da.returnMustAssign = t.callsThis ? [] : instBlank;
      const start = t.callsThis ? initialState(params) : sInit.dead ? sInit : initialState([...sInit.da, ...params]);
      const end = da.stmt(t.decl.body, start);
      if (!end.dead) {
        for (const f of instBlank) if (!end.da.has(f)) chk.report('VariableMightNotBeInitialized', closingSpan(chk, t.decl.body), f.name);
      }
    }
  }
  if (!hasCtor && cc.decl.kind === 'ClassDecl' && !sInit.dead) {
    for (const f of instBlank) if (!sInit.da.has(f)) chk.report('NotInitializedInDefaultConstructor', f.decl!.span, f.name);
  }
}

// ---------------------------------------------------------------- checked exceptions

function exceptions(chk: Checker, cc: CheckedClass, typed: TypedBody[]): void {
  const ctors = cc.symbol.methods.filter((m) => m.isConstructor && m.decl !== null);
  // Instance initializers may throw what every declared constructor declares (JLS §11.2.3).
  const initDeclared = (e: ClassSymbol): boolean =>
    ctors.length > 0 && ctors.every((m) => m.throws.some((d) => isSubclassSymbol(e, d)));
  for (const t of typed) {
    const ea = new ExceptionAnalysis(chk, t.ctx.reassigned);
    const thrown: Thrown[] = [];
    ea.stmt(bodyBlock(t.decl), thrown);
    if (t.implicitSuper) {
      const span = (t.decl as ConstructorDecl).nameSpan;
      for (const x of t.implicitSuper.throws) if (ea.isChecked(x)) thrown.push({ sym: x, span });
    }
    const m = declOwnerMethod(chk, t.decl);
    if (m) ea.reportUncaught(thrown, m.throws);
    else reportInit(chk, thrown, t.decl.kind === 'InitializerDecl' && !t.decl.isStatic ? initDeclared : null);
  }
  for (const f of cc.symbol.fields) {
    const init = f.decl?.init;
    if (!init) continue;
    const ea = new ExceptionAnalysis(chk, new Set());
    const thrown: Thrown[] = [];
    ea.expr(init as Expression, thrown);
    reportInit(chk, thrown, isStatic(f) ? null : initDeclared);
  }
  if (cc.defaultConstructor && cc.defaultConstructorSuper) {
    const ea = new ExceptionAnalysis(chk, new Set());
    for (const x of cc.defaultConstructorSuper.throws) {
      if (ea.isChecked(x)) chk.report('UnreportedException', cc.decl.nameSpan, `${x.name} in default constructor`);
    }
  }
}

function declOwnerMethod(chk: Checker, d: MethodDecl | ConstructorDecl | InitializerDecl): MethodSymbol | null {
  return d.kind === 'InitializerDecl' ? null : chk.out.methods.get(d) ?? null;
}

/** Initializers may throw only what `allowed` admits (nothing, for static ones). */
function reportInit(chk: Checker, thrown: Thrown[], allowed: ((e: ClassSymbol) => boolean) | null): void {
  for (const t of thrown) if (!allowed || !allowed(t.sym)) chk.report('UnreportedException', t.span, t.sym.name);
}
