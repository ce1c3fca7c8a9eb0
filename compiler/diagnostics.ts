// The diagnostics catalog: every compile error has a stable code and a message template here,
// and nowhere else. Phases report through a DiagnosticBag; the CLI prints them with
// formatDiagnostic (file:line:col, code, message, the source line and a caret).
//
// Codes: RF1xxx lexing/parsing and features outside the subset (ast-builder),
//        RF2xxx names and types (checker), RF3xxx definite assignment and flow,
//        RF4xxx class-level rules (modifiers, inheritance, overriding, constructors).

import type { Span } from './ast.ts';

export interface DiagnosticDef {
  readonly code: string;
  /** Message template; `{0}`, `{1}`... are replaced by the report's arguments. */
  readonly message: string;
}

const def = (code: string, message: string): DiagnosticDef => ({ code, message });

export const Diagnostics = {
  // ---- RF1xxx: syntax and unsupported features (owned by the front end)
  UnexpectedCharacter: def('RF1001', "unexpected character '{0}'"),
  SyntaxError: def('RF1002', '{0}'),
  UnsupportedFeature: def('RF1003', '{0} is not supported in Ringfence (outside the language subset)'),
  IntegerLiteralTooLarge: def('RF1004', 'integer number too large: {0}'),
  MalformedLiteral: def('RF1005', 'malformed literal: {0}'),
  UnterminatedString: def('RF1006', 'unclosed string literal'),
  UnterminatedComment: def('RF1007', 'unclosed comment'),
  IllegalEscape: def('RF1008', 'illegal escape character in literal: {0}'),
  // ---- end of RF1xxx

  // ---- RF2xxx: names and types (owned by the checker)
  CannotFindSymbol: def('RF2001', 'cannot find symbol: {0}'),
  IncompatibleTypes: def('RF2002', 'incompatible types: {0} cannot be converted to {1}'),
  // ---- end of RF2xxx

  // ---- RF3xxx: definite assignment and flow (owned by the checker)
  VariableMightNotBeInitialized: def('RF3001', 'variable {0} might not have been initialized'),
  MissingReturn: def('RF3002', 'missing return statement'),
  UnreachableStatement: def('RF3003', 'unreachable statement'),
  // ---- end of RF3xxx

  // ---- RF4xxx: class-level rules (owned by the checker)
  MethodDoesNotOverride: def('RF4001', 'method does not override or implement a method from a supertype'),
  // ---- end of RF4xxx
} as const satisfies Record<string, DiagnosticDef>;

export type DiagnosticName = keyof typeof Diagnostics;

export interface Diagnostic {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

/** Collects diagnostics in report order; phases keep going after an error where they can. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  report(name: DiagnosticName, span: Span, ...args: (string | number)[]): void {
    const d = Diagnostics[name];
    const message = d.message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
    this.items.push({ code: d.code, message, span });
  }

  get hasErrors(): boolean {
    return this.items.length > 0;
  }
}

/**
 * javac-like rendering:
 *   Main.java:3:9: error RF2001: cannot find symbol: foo
 *       int x = foo;
 *               ^
 */
export function formatDiagnostic(d: Diagnostic, sourceText: string | undefined): string {
  const head = `${d.span.file}:${d.span.line}:${d.span.col}: error ${d.code}: ${d.message}`;
  if (sourceText === undefined) return head;
  const line = sourceText.split(/\r\n|\r|\n/)[d.span.line - 1];
  if (line === undefined) return head;
  const caretPad = line.slice(0, d.span.col - 1).replace(/[^\t]/g, ' ');
  return `${head}\n${line}\n${caretPad}^`;
}
