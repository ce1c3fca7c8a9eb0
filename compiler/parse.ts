// The front end's entry point: source text -> tokens -> CST -> AST for one file. Lexing and
// parsing errors become RF1xxx diagnostics (several per file where chevrotain's recovery
// allows); the checker receives a CompilationUnit only when the file had no front-end errors.

import { EOF, type ILexingError, type IRecognitionException, type IToken } from 'chevrotain';
import type { CompilationUnit, Span } from './ast.ts';
import { AstBuilder } from './ast-builder.ts';
import { IncompleteTree } from './ast-builder-expressions.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import { translateUnicodeEscapes } from './literals.ts';
import { JavaParser } from './parser.ts';
import * as T from './tokens.ts';

/** Built on first use and reused for every file (chevrotain's performance guidance). */
let parser: JavaParser | undefined;

/** At most this many syntax errors per file: after that, recovery mostly reports echoes. */
const MAX_SYNTAX_ERRORS = 20;

export function parseCompilationUnit(file: string, text: string, diags: DiagnosticBag): CompilationUnit | null {
  const before = diags.items.length;
  try {
    const unit = lexParseBuild(file, text, diags);
    sortFrom(diags, before);
    return diags.items.length === before ? unit : null;
  } catch (e) {
    // Pathological nesting (thousands of parentheses or blocks) exhausts the host stack in the
    // recursive-descent parser or the builder: report it as a compile error, not a crash.
    if (!(e instanceof RangeError)) throw e;
    const at = parser?.nextToken();
    parser = undefined; // its rule stack is no longer trustworthy; build a fresh one next time
    const span = at && !Number.isNaN(at.startOffset) ? tokenSpan(file, at) : pointSpan(file, 1, 1, 0);
    diags.report('NestingTooDeep', span);
    return null;
  }
}

function lexParseBuild(file: string, text: string, diags: DiagnosticBag): CompilationUnit | null {
  const before = diags.items.length;
  const lexed = T.JavaLexer.tokenize(text);
  const badLines = reportLexErrors(file, text, lexed.errors, lexed.groups['errors'] ?? [], diags);
  checkCommentEscapes(file, lexed.groups['comments'] ?? [], diags);
  for (const t of lexed.tokens) {
    // JLS §3.9: since Java 9 a lone underscore is a keyword, not a name.
    if (t.image === '_' && t.tokenType === T.Identifier) diags.report('SyntaxError', tokenSpan(file, t), "'_' is a keyword and may not be used as an identifier");
  }
  parser ??= new JavaParser();
  parser.input = lexed.tokens;
  const cst = parser.compilationUnit();
  reportSyntaxErrors(file, parser.errors, badLines, diags);

  const clean = diags.items.length === before;
  const firstBuilderDiag = diags.items.length;
  try {
    return new AstBuilder(file, diags).compilationUnit(cst, text.length);
  } catch (e) {
    // A recovered CST can lack children the grammar promises; those errors are reported already.
    if (!(e instanceof IncompleteTree) || clean) throw e;
    return null;
  } finally {
    if (!clean) keepOnlyUnsupported(diags, firstBuilderDiag);
  }
}

// ---------------------------------------------------------------- reporting

function pointSpan(file: string, line: number, col: number, offset: number): Span {
  return { file, line, col, start: offset, end: offset + 1 };
}

function tokenSpan(file: string, t: IToken): Span {
  return { file, line: t.startLine ?? 1, col: t.startColumn ?? 1, start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 };
}

/** Reports bad characters and unclosed literals/comments; returns the lines they are on. */
function reportLexErrors(file: string, text: string, errors: ILexingError[], errorTokens: IToken[], diags: DiagnosticBag): Set<number> {
  const lines = new Set<number>();
  for (const e of errors) {
    const line = e.line ?? 1;
    const span = pointSpan(file, line, e.column ?? 1, e.offset);
    const ch = text[e.offset] ?? '';
    if (ch === '\\' && text[e.offset + 1] === 'u') diags.report('UnsupportedFeature', span, 'unicode escapes outside literals');
    else diags.report('UnexpectedCharacter', span, printable(ch));
    lines.add(line);
  }
  for (const t of errorTokens) {
    const span = tokenSpan(file, t);
    if (t.tokenType === T.UnterminatedComment) diags.report('UnterminatedComment', span);
    else if (t.tokenType === T.UnterminatedString) diags.report('UnterminatedString', span);
    else diags.report('MalformedLiteral', span, 'unclosed character literal');
    lines.add(span.line);
    // The missing literal usually makes the parser stumble on the next line's first token too.
    if (t.tokenType !== T.UnterminatedComment) lines.add(span.line + 1);
  }
  return lines;
}

/**
 * JLS §3.3 translates unicode escapes before comments are recognised, so `// \u000a code`
 * hides code from us that Java would compile. Comments whose escapes would end them early are
 * rejected rather than read differently from javac; other escapes in comments are harmless.
 */
function checkCommentEscapes(file: string, comments: IToken[], diags: DiagnosticBag): void {
  for (const c of comments) {
    if (!c.image.includes('\\u')) continue;
    const translated = translateUnicodeEscapes(c.image);
    if (!translated.ok) {
      // javac rejects a malformed \u even inside a comment; only single-line positions are exact.
      diags.report('IllegalEscape', tokenSpan(file, c), translated.arg);
      continue;
    }
    const body = translated.value.text;
    const endsEarly = c.tokenType === T.LineComment ? /[\n\r]/.test(body) : body.indexOf('*/') < body.length - 2;
    if (endsEarly) diags.report('UnsupportedFeature', tokenSpan(file, c), 'unicode escapes that end a comment');
  }
}

function printable(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
}

/**
 * javac reports "X expected" just after the previous token; other errors at the offending
 * token. One error per line, and none on lines where lexing already failed (echoes).
 */
function reportSyntaxErrors(file: string, errors: IRecognitionException[], badLines: Set<number>, diags: DiagnosticBag): void {
  const seenLines = new Set<number>(badLines);
  let count = 0;
  for (const e of errors) {
    const refined = refineSyntaxError(e);
    const span = refined ? tokenSpan(file, e.token) : syntaxErrorSpan(file, e);
    if (seenLines.has(span.line)) continue;
    seenLines.add(span.line);
    diags.report('SyntaxError', span, refined ?? e.message);
    if (++count >= MAX_SYNTAX_ERRORS) break;
  }
}

/** javac's clearer wording for tokens that cannot start anything where they appear. */
const misplacedToken = new Map([
  [T.Goto, "'goto' is a reserved word and cannot be used"],
  [T.Const, "'const' is a reserved word and cannot be used"],
  [T.Case, 'orphaned case'],
  [T.Else, "'else' without 'if'"],
  [T.Catch, "'catch' without 'try'"],
  [T.Finally, "'finally' without 'try'"],
]);

/** A better message (reported at the offending token) for a few common shapes, else undefined. */
function refineSyntaxError(e: IRecognitionException): string | undefined {
  const t = e.token;
  if (t.tokenType === EOF || Number.isNaN(t.startOffset)) return undefined;
  const special = misplacedToken.get(t.tokenType);
  if (special !== undefined) return special;
  // A block or class body ended by something that cannot start a statement or member.
  if (e.name === 'MismatchedTokenException' && e.message === "'}' expected") {
    const rule = e.context.ruleStack[e.context.ruleStack.length - 1];
    if (rule === 'block') return `illegal start of statement, found '${t.image}'`;
    if (rule === 'classBody') return `illegal start of type, found '${t.image}'`;
  }
  return undefined;
}

function syntaxErrorSpan(file: string, e: IRecognitionException): Span {
  const prev = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
  const atEof = e.token.tokenType === EOF || Number.isNaN(e.token.startOffset);
  const usePrev = prev !== undefined && !Number.isNaN(prev.startOffset) && (atEof || e.name === 'MismatchedTokenException');
  if (usePrev && prev.endLine !== undefined && prev.endColumn !== undefined && prev.endOffset !== undefined) {
    return pointSpan(file, prev.endLine, prev.endColumn + 1, prev.endOffset + 1);
  }
  if (atEof) return pointSpan(file, 1, 1, 0);
  return tokenSpan(file, e.token);
}

/** This file's reports in source order (lexer, parser and builder each report in passes). */
function sortFrom(diags: DiagnosticBag, from: number): void {
  const mine = diags.items.slice(from).sort((a, b) => a.span.start - b.span.start);
  diags.items.splice(from, mine.length, ...mine);
}

/** After syntax errors, builder reports other than RF1003 are likely artefacts of recovery. */
function keepOnlyUnsupported(diags: DiagnosticBag, from: number): void {
  const kept = diags.items.slice(from).filter((d) => d.code === 'RF1003');
  diags.items.splice(from, diags.items.length - from, ...kept);
}
