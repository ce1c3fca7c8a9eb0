// The compile driver: source files -> parse (compiler/parse.ts) -> check (compiler/check/)
// -> generate class files (compiler/codegen/), stopping after the first phase that reports
// errors. Hands on class files keyed by internal name, or diagnostics. It never throws on
// user input: a compiler bug becomes an "internal compiler error" diagnostic.

import type { CompilationUnit, Span } from './ast.ts';
import { checkProgram } from './check/check.ts';
import { generateProgram } from './codegen/class-gen.ts';
import { DiagnosticBag, type Diagnostic } from './diagnostics.ts';
import { parseCompilationUnit } from './parse.ts';
import type { ClassLookup } from './symbols.ts';
import type { ClassFile } from '../vm/bytecode/classfile.ts';

export type { ClassLookup } from './symbols.ts';

export interface SourceFile {
  path: string;
  text: string;
}

export interface CompileResult {
  /** Keyed by internal name, e.g. "pkg/Name"; empty when there are diagnostics. */
  classes: Map<string, ClassFile>;
  diagnostics: Diagnostic[];
}

export function compile(sources: SourceFile[], lookup: ClassLookup): CompileResult {
  const diags = new DiagnosticBag();
  const fail = (): CompileResult => ({ classes: new Map(), diagnostics: diags.items });

  const units: CompilationUnit[] = [];
  for (const source of sources) {
    const unit = guarded(diags, fileStart(source.path), () => parseCompilationUnit(source.path, source.text, diags));
    if (unit) units.push(unit);
  }
  if (diags.hasErrors) return fail();

  const texts = new Map(sources.map((s) => [s.path, s.text]));
  const program = guarded(diags, fileStart(sources[0]?.path ?? '<none>'), () => checkProgram(units, lookup, diags, texts));
  if (diags.hasErrors || !program) return fail();

  const classes = guarded(diags, fileStart(sources[0]?.path ?? '<none>'), () => generateProgram(program, diags, texts));
  if (diags.hasErrors || !classes) return fail();
  return { classes, diagnostics: [] };
}

/** Runs a phase; an exception escaping it is a compiler bug, reported instead of thrown. */
function guarded<R>(diags: DiagnosticBag, where: Span, phase: () => R): R | null {
  try {
    return phase();
  } catch (e) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    diags.report('InternalCompilerError', where, what.split('\n')[0] ?? what);
    return null;
  }
}

function fileStart(file: string): Span {
  return { file, line: 1, col: 1, start: 0, end: 0 };
}
