// Type-checks the code of one class: field initializers (in their static/instance context,
// with forward-reference checks, JLS §8.3.3), initializer blocks, method and constructor
// bodies (explicit or implicit super(), JLS §8.8.7). Hands on per-body slot counts.

import type { ConstructorDecl, InitializerDecl, MethodDecl, TypeDecl } from '../ast.ts';
import type { CheckedClass } from '../checked.ts';
import { isStatic, type FieldSymbol, type MethodSymbol } from '../symbols.ts';
import { checkExplicitConstructorCall, implicitSuperConstructor } from './calls.ts';
import { declareLocal, newBody, type BodyContext, type Checker, type FileScope } from './context.ts';
import { methodSig } from './declarations.ts';
import { checkInitializer } from './expressions.ts';
import { fieldConstant } from './names.ts';
import { checkStatement, checkStatements } from './statements.ts';

/** What typing found out about a body; flow analysis completes it into a BodyInfo. */
export interface TypedBody {
  readonly decl: MethodDecl | ConstructorDecl | InitializerDecl;
  readonly ctx: BodyContext;
  readonly callsThis: boolean;
  readonly implicitSuper: MethodSymbol | null;
}

/** Fields of the class declared after `f` with the same static-ness (for forward references). */
function laterFieldsOf(decl: TypeDecl, fields: FieldSymbol[], index: number, isStaticCtx: boolean): Set<FieldSymbol> {
  return new Set(fields.slice(index).filter((f) => isStatic(f) === isStaticCtx && f.decl !== null && declaredIn(decl, f)));
}
const declaredIn = (decl: TypeDecl, f: FieldSymbol): boolean =>
  decl.members.some((m) => m.kind === 'FieldDecl' && m.declarators.includes(f.decl!));

/** Slot where instance-initializer locals start: above every constructor's parameters. */
function instanceInitBase(chk: Checker, decl: TypeDecl): number {
  let max = 0;
  for (const m of decl.members) if (m.kind === 'ConstructorDecl') max = Math.max(max, m.params.length);
  return 1 + max;
}

/** Registers how each field's initializer is checked (so constants can be computed on demand). */
export function registerFieldContexts(chk: Checker, cc: CheckedClass, file: FileScope): void {
  const fields = cc.symbol.fields;
  fields.forEach((f, i) => {
    chk.fieldContexts.set(f, () => {
      const ctx = newBody(cc.symbol, file, isStatic(f), null, `class ${cc.symbol.name}`);
      ctx.laterFields = laterFieldsOf(cc.decl, fields, i + 1, isStatic(f));
      ctx.laterFields.add(f); // self-reference in its own initializer is also forward (JLS §8.3.3)
      ctx.nextSlot = ctx.maxSlot = isStatic(f) ? 0 : instanceInitBase(chk, cc.decl);
      return ctx;
    });
  });
}

/** Checks a field's initializer once (it may already have been checked for its constant value). */
export function checkFieldInitializer(chk: Checker, f: FieldSymbol): void {
  const d = f.decl;
  if (!d || !d.init || chk.checkedInits.has(d)) return;
  const make = chk.fieldContexts.get(f);
  if (!make) return;
  chk.checkedInits.set(d, f.type);
  checkInitializer(chk, make(), d.init, f.type);
}

/** Type-checks every initializer and body of a class, in source order. */
export function typeCheckClass(chk: Checker, cc: CheckedClass, file: FileScope): TypedBody[] {
  const out: TypedBody[] = [];
  const cls = cc.symbol;
  const fields = cls.fields;
  let fieldIndex = 0;
  for (const member of cc.decl.members) {
    switch (member.kind) {
      case 'FieldDecl':
        for (const d of member.declarators) {
          const f = chk.out.fields.get(d);
          if (f) {
            fieldConstant(chk, f); // settles constantValue (ConstantValue attribute, inlining)
            checkFieldInitializer(chk, f);
          }
          fieldIndex = Math.max(fieldIndex, f ? fields.indexOf(f) + 1 : fieldIndex);
        }
        break;
      case 'InitializerDecl': {
        const ctx = newBody(cls, file, member.isStatic, null, `class ${cls.name}`);
        ctx.laterFields = laterFieldsOf(cc.decl, fields, fieldIndex, member.isStatic);
        ctx.nextSlot = ctx.maxSlot = member.isStatic ? 0 : instanceInitBase(chk, cc.decl);
        checkStatement(chk, ctx, member.body, []);
        out.push({ decl: member, ctx, callsThis: false, implicitSuper: null });
        break;
      }
      case 'MethodDecl': {
        const m = chk.out.methods.get(member);
        if (m && member.body) out.push(checkMethod(chk, file, m, member));
        break;
      }
      case 'ConstructorDecl': {
        const m = chk.out.methods.get(member);
        if (m) out.push(checkConstructor(chk, file, m, member));
        break;
      }
    }
  }
  return out;
}

function declareParams(chk: Checker, ctx: BodyContext, m: MethodSymbol, decl: MethodDecl | ConstructorDecl): void {
  decl.params.forEach((p, i) => {
    const fin = p.modifiers.list.some((x) => x.modifier === 'final');
    const v = declareLocal(chk, ctx, p.name, m.params[i]!, fin, p, null);
    chk.out.locals.set(p, v);
  });
}

function checkMethod(chk: Checker, file: FileScope, m: MethodSymbol, decl: MethodDecl): TypedBody {
  const ctx = newBody(m.owner, file, isStatic(m), m, `method ${methodSig(m)}`);
  declareParams(chk, ctx, m, decl);
  checkStatements(chk, ctx, decl.body!.statements);
  return { decl, ctx, callsThis: false, implicitSuper: null };
}

function checkConstructor(chk: Checker, file: FileScope, m: MethodSymbol, decl: ConstructorDecl): TypedBody {
  const ctx = newBody(m.owner, file, false, m, `constructor ${methodSig(m)}`);
  declareParams(chk, ctx, m, decl);
  const [first, ...rest] = decl.body.statements;
  let callsThis = false;
  let implicitSuper: MethodSymbol | null = null;
  if (first && first.kind === 'ExplicitConstructorCall') {
    callsThis = first.target === 'this';
    if (first.target === 'super' && !m.owner.superclass) chk.report('CannotFindSymbol', first.span, 'constructor Object (java.lang.Object has no superclass)');
    else checkExplicitConstructorCall(chk, ctx, first);
    checkStatements(chk, ctx, rest);
  } else {
    // A misplaced this()/super() is reported where it stands; no second error for the implicit super().
    const misplaced = decl.body.statements.some((s) => s.kind === 'ExplicitConstructorCall');
    if (!misplaced) implicitSuper = implicitSuperConstructor(chk, ctx, decl.nameSpan);
    checkStatements(chk, ctx, decl.body.statements);
  }
  return { decl, ctx, callsThis, implicitSuper };
}

/** The superclass constructor a default constructor calls; reports when none fits (at the class name). */
export function defaultConstructorSuper(chk: Checker, cc: CheckedClass, file: FileScope): MethodSymbol | null {
  if (!cc.defaultConstructor) return null;
  const ctx = newBody(cc.symbol, file, false, cc.defaultConstructor, `constructor ${cc.symbol.name}()`);
  return implicitSuperConstructor(chk, ctx, cc.decl.nameSpan);
}

/** JLS §8.8.7: a constructor may not (indirectly) invoke itself through this(...). */
export function checkConstructorCycles(chk: Checker, cc: CheckedClass): void {
  const next = new Map<MethodSymbol, MethodSymbol>();
  for (const m of cc.symbol.methods) {
    const first = m.isConstructor && m.decl?.kind === 'ConstructorDecl' ? m.decl.body.statements[0] : undefined;
    if (first?.kind !== 'ExplicitConstructorCall' || first.target !== 'this') continue;
    const call = chk.out.calls.get(first);
    if (call) next.set(m, call.method);
  }
  const done = new Set<MethodSymbol>();
  for (const start of next.keys()) {
    const path: MethodSymbol[] = [];
    let cur: MethodSymbol | undefined = start;
    while (cur && !done.has(cur) && !path.includes(cur)) {
      path.push(cur);
      cur = next.get(cur);
    }
    if (cur && path.includes(cur)) {
      const decl = cur.decl as ConstructorDecl;
      chk.report('RecursiveConstructorInvocation', decl.nameSpan);
    }
    for (const m of path) done.add(m);
  }
}
