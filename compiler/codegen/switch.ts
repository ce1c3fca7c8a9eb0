// switch statements (JLS §14.11) with fallthrough and default anywhere. An int switch
// becomes a tableswitch or lookupswitch chosen by javac's cost rule; a String switch is
// javac's two-step translation: lookupswitch on hashCode() with equals() tests setting a
// case index, then a tableswitch on that index into the original statement groups.

import type { SwitchGroup, SwitchStatement } from '../ast.ts';
import type { SwitchInfo } from '../checked.ts';
import { T } from '../types.ts';
import type { MethodContext } from './context.ts';
import type { Label } from './emitter.ts';
import { genExpr, genExprTo } from './expressions.ts';
import { pushInt } from './typed-ops.ts';

/**
 * javac's choice (Gen.visitSwitch): tableswitch when its space cost plus three times its
 * time cost does not exceed lookupswitch's. Bounds in doubles so hi - lo cannot overflow.
 */
export function useTableSwitch(values: readonly number[]): boolean {
  if (values.length === 0) return false;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const tableSpace = 4 + (hi - lo + 1);
  const tableTime = 3;
  const lookupSpace = 3 + 2 * values.length;
  const lookupTime = values.length;
  return tableSpace + 3 * tableTime <= lookupSpace + 3 * lookupTime;
}

/** [int] -> dispatch to `targets[value]` or `dflt`. */
export function emitIntSwitch(ctx: MethodContext, pairs: [number, Label][], dflt: Label): void {
  const values = pairs.map(([v]) => v);
  if (!useTableSwitch(values)) return ctx.em.lookupSwitch(pairs, dflt);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const byValue = new Map(pairs);
  const targets: Label[] = [];
  for (let v = lo; v <= hi; v++) targets.push(byValue.get(v) ?? dflt);
  ctx.em.tableSwitch(lo, hi, targets, dflt);
}

export function genSwitch(ctx: MethodContext, s: SwitchStatement): void {
  const info = ctx.need(ctx.program.switches, s, 'switch info');
  const em = ctx.em;
  const end = em.newLabel('switchEnd');
  const groupLabels = new Map<SwitchGroup, Label>(s.groups.map((g) => [g, em.newLabel('case')]));
  const dflt = info.defaultGroup ? groupLabels.get(info.defaultGroup)! : end;
  if (info.kind === 'string') genStringDispatch(ctx, s, info, groupLabels, dflt);
  else {
    genExprTo(ctx, s.selector, T.int);
    emitIntSwitch(ctx, info.cases.map((c) => [c.value as number, groupLabels.get(c.group)!]), dflt);
  }
  ctx.scopes.push({ kind: 'jump', target: s, breakLabel: end, continueLabel: null });
  for (const g of s.groups) {
    em.mark(groupLabels.get(g)!);
    em.fix(); // a case is an entry point (javac: code.entryPoint()), so a jump from it is kept
    for (const st of g.statements) ctx.genStatement(ctx, st);
  }
  ctx.scopes.pop();
  em.mark(end);
  // javac ends the scope of locals declared in the cases here, which fixes the position.
  if (s.groups.some((g) => g.statements.some((st) => st.kind === 'LocalVarDecl' && ctx.declaresValue(st)))) em.fix();
}

/**
 * switch (s) on a String: tmp = s; idx = -1; switch (tmp.hashCode()) { case h: if
 * (tmp.equals("a")) idx = 0; else if ... } then switch (idx). A null selector throws
 * NullPointerException from hashCode(), as in Java.
 */
function genStringDispatch(
  ctx: MethodContext,
  s: SwitchStatement,
  info: SwitchInfo,
  groupLabels: Map<SwitchGroup, Label>,
  dflt: Label,
): void {
  const em = ctx.em;
  const str = ctx.locals.allocTemp();
  const index = ctx.locals.allocTemp();
  genExpr(ctx, s.selector);
  em.emit('astore', str);
  em.emit('iconst_m1');
  em.emit('istore', index);
  em.emit('aload', str);
  em.invoke('invokevirtual', 'java/lang/String', 'hashCode', '()I', false);
  const byHash = new Map<number, number[]>();
  info.cases.forEach((c, i) => {
    const h = javaStringHash(c.value as string);
    byHash.set(h, [...(byHash.get(h) ?? []), i]);
  });
  const second = em.newLabel('stringSwitch');
  const hashLabels: [number, Label][] = [...byHash.keys()].map((h) => [h, em.newLabel('hash')]);
  emitIntSwitch(ctx, hashLabels, second);
  for (const [h, label] of hashLabels) {
    em.mark(label);
    for (const i of byHash.get(h)!) {
      const next = em.newLabel('nextString');
      em.emit('aload', str);
      em.emit('ldc', em.cp.string(info.cases[i]!.value as string));
      em.invoke('invokevirtual', 'java/lang/String', 'equals', '(Ljava/lang/Object;)Z', false);
      em.branch('ifeq', next);
      pushInt(em, i);
      em.emit('istore', index);
      em.goto(second);
      em.mark(next);
    }
    em.goto(second);
  }
  em.mark(second);
  em.emit('iload', index);
  emitIntSwitch(ctx, info.cases.map((c, i) => [i, groupLabels.get(c.group)!]), dflt);
  ctx.locals.release(index);
  ctx.locals.release(str);
}

/** String.hashCode as Java computes it: s[0]*31^(n-1) + ... + s[n-1], in int arithmetic. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
