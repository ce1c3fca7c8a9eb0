// The checker's entry point: takes parsed compilation units and a ClassLookup for compiled
// classes, runs the phases (enter classes, supertypes, members, inheritance, typing, flow)
// and hands on the CheckedProgram the code generator reads. Errors go to the DiagnosticBag.

import type { CompilationUnit } from '../ast.ts';
import type { CheckedClass, CheckedProgram } from '../checked.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { SymbolTable, type ClassLookup } from '../symbols.ts';
import { checkConstructorCycles, defaultConstructorSuper, registerFieldContexts, typeCheckClass } from './bodies.ts';
import { Checker, type FileScope } from './context.ts';
import { breakCycles, enterClasses, enterMembers, resolveSupertypes } from './declarations.ts';
import { analyzeClassFlow } from './flow.ts';
import { checkInheritance } from './inheritance.ts';

/**
 * Checks a set of compilation units compiled together. Never throws on user input: an
 * unexpected internal failure becomes a diagnostic (RF2099) naming the file. `texts` (source
 * text by file name) is optional; with it, errors at a closing brace point at that brace.
 */
export function checkProgram(
  units: CompilationUnit[],
  lookup: ClassLookup,
  diags: DiagnosticBag,
  texts?: ReadonlyMap<string, string>,
): CheckedProgram {
  const table = new SymbolTable(lookup);
  const chk = new Checker(diags, table, texts ?? null);
  try {
    runPhases(chk, units);
  } catch (e) {
    const span = units[0]?.span ?? { file: '<input>', line: 1, col: 1, start: 0, end: 0 };
    chk.report('CheckerInternalError', span, e instanceof Error ? e.message : String(e));
  }
  return chk.out;
}

function runPhases(chk: Checker, units: CompilationUnit[]): void {
  const entered = enterClasses(chk, units);
  const scopeOf = (u: CompilationUnit): FileScope => chk.files.get(u)!;
  for (const { sym, decl, unit } of entered) resolveSupertypes(chk, sym, decl, scopeOf(unit));
  for (const { sym, decl } of entered) breakCycles(chk, sym, decl);
  const classes: CheckedClass[] = entered.map(({ sym, decl, unit }) => enterMembers(chk, sym, decl, scopeOf(unit)));
  for (const cc of classes) registerFieldContexts(chk, cc, scopeOf(cc.unit));
  for (const cc of classes) checkInheritance(chk, cc.symbol, cc.decl);
  for (const cc0 of classes) {
    const scope = scopeOf(cc0.unit);
    const cc: CheckedClass = { ...cc0, defaultConstructorSuper: defaultConstructorSuper(chk, cc0, scope) };
    const typed = typeCheckClass(chk, cc, scope);
    checkConstructorCycles(chk, cc);
    analyzeClassFlow(chk, cc, typed);
    chk.out.classes.push(cc);
  }
}
