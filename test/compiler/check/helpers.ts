// Test helpers for the checker: parses the standard library sources once (they are checked
// together with each test program, with an empty ClassLookup, as the stdlib build does) and
// runs parse + check on in-memory programs, handing back the CheckedProgram and diagnostics.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompilationUnit } from '../../../compiler/ast.ts';
import type { CheckedProgram } from '../../../compiler/checked.ts';
import { checkProgram } from '../../../compiler/check/check.ts';
import { DiagnosticBag, type Diagnostic } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';
import type { ClassLookup } from '../../../compiler/symbols.ts';
import { loadStdlib } from '../../../stdlib/build.ts';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const EMPTY: ClassLookup = { find: () => null };

function javaFilesBelow(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.java')).sort().map((f) => join(dir, f));
}

let stdlib: CompilationUnit[] | undefined;

/** The parsed standard library (stdlib/**\/*.java); throws if it does not parse. */
export function stdlibUnits(): CompilationUnit[] {
  if (stdlib) return stdlib;
  const diags = new DiagnosticBag();
  const root = join(REPO, 'stdlib');
  stdlib = javaFilesBelow(root).map((f) => parseCompilationUnit(relative(REPO, f), readFileSync(f, 'utf8'), diags)).filter((u): u is CompilationUnit => u !== null);
  if (diags.hasErrors) throw new Error(`stdlib does not parse: ${diags.items.map((d) => `${d.span.file}:${d.span.line}: ${d.message}`).join('; ')}`);
  return stdlib;
}

export interface CheckOutcome {
  program: CheckedProgram | null;
  diagnostics: Diagnostic[];
  /** The program's own units (without the stdlib). */
  units: CompilationUnit[];
}

/** Normalizes a case's source to files keyed by relative path. */
export function filesOf(src: string | Record<string, string>): Record<string, string> {
  return typeof src === 'string' ? { 'Main.java': src } : src;
}

/**
 * Parses and checks a program. `stdlib`: 'source' checks it together with the stdlib sources
 * (as the stdlib build does), 'binary' against the compiled stdlib's class files (as user
 * programs are compiled), 'none' alone with an empty lookup.
 */
export function checkSources(src: string | Record<string, string>, stdlib: 'source' | 'binary' | 'none' = 'binary'): CheckOutcome {
  const diags = new DiagnosticBag();
  const units: CompilationUnit[] = [];
  for (const [path, text] of Object.entries(filesOf(src))) {
    const u = parseCompilationUnit(path, text, diags);
    if (u) units.push(u);
  }
  if (diags.hasErrors) return { program: null, diagnostics: diags.items, units };
  const lookup = stdlib === 'binary' ? loadStdlib().lookup : EMPTY;
  const texts = new Map(Object.entries(filesOf(src)));
  const program = checkProgram([...(stdlib === 'source' ? stdlibUnits() : []), ...units], lookup, diags, texts);
  return { program, diagnostics: diags.items, units };
}

export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code).sort();
