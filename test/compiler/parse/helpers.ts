// Test helpers for the front end: parse snippets, pull out the interesting node, and print
// expressions as compact S-expressions so precedence and shape read at a glance in assertions.

import { expect } from 'vitest';
import type * as A from '../../../compiler/ast.ts';
import { DiagnosticBag, type Diagnostic } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';

export function parse(text: string, file = 'T.java'): { unit: A.CompilationUnit | null; diags: Diagnostic[] } {
  const bag = new DiagnosticBag();
  const unit = parseCompilationUnit(file, text, bag);
  return { unit, diags: bag.items };
}

/** Parses a file that must be free of diagnostics. */
export function parseOk(text: string): A.CompilationUnit {
  const { unit, diags } = parse(text);
  expect(diags.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
  expect(unit).not.toBeNull();
  return unit!;
}

/** Diagnostics as `line:col CODE message`. */
export function errors(text: string): string[] {
  const { unit, diags } = parse(text);
  expect(diags.length === 0).toBe(unit !== null);
  return diags.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`);
}

/** The statements of `void m() { <body> }` in a class. */
export function statementsOf(body: string): A.Statement[] {
  const unit = parseOk(`class T { void m() { ${body} } }`);
  const m = (unit.types[0] as A.ClassDecl).members[0] as A.MethodDecl;
  return m.body!.statements;
}

export function exprOf(source: string): A.Expression {
  const [s] = statementsOf(`Object v = ${source};`);
  return ((s as A.LocalVarDecl).declarators[0]!.init as A.Expression);
}

/** `a + b * c` -> `(+ a (* b c))`. */
export function sexpr(e: A.Expression | A.ArrayInitializer | A.TypeNode | null | 'super'): string {
  if (e === null) return '_';
  if (e === 'super') return 'super';
  switch (e.kind) {
    case 'Literal': return e.type === 'String' ? JSON.stringify(e.value) : e.type === 'char' ? `'${e.value}` : `${String(e.value)}${e.type === 'long' ? 'L' : e.type === 'float' ? 'f' : ''}`;
    case 'Name': return e.name;
    case 'This': return 'this';
    case 'FieldAccess': return `(. ${sexpr(e.target)} ${e.name})`;
    case 'SuperFieldAccess': return `(. super ${e.name})`;
    case 'ArrayAccess': return `([] ${sexpr(e.array)} ${sexpr(e.index)})`;
    case 'MethodCall': return `(call ${sexpr(e.target)} ${e.name}${e.args.map((a) => ' ' + sexpr(a)).join('')})`;
    case 'NewObject': return `(new ${sexpr(e.type)}${e.args.map((a) => ' ' + sexpr(a)).join('')})`;
    case 'NewArray': return `(newarray ${sexpr(e.elementType)} [${e.dims.map(sexpr).join(' ')}] ${e.extraDims}${e.init ? ' ' + sexpr(e.init) : ''})`;
    case 'ArrayInitializer': return `{${e.elements.map(sexpr).join(' ')}}`;
    case 'Unary': return `(${e.op} ${sexpr(e.operand)})`;
    case 'Binary': return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'Assign': return `(${e.op} ${sexpr(e.target)} ${sexpr(e.value)})`;
    case 'Conditional': return `(? ${sexpr(e.condition)} ${sexpr(e.then)} ${sexpr(e.else)})`;
    case 'Cast': return `(cast ${sexpr(e.type)} ${sexpr(e.operand)})`;
    case 'InstanceOf': return `(instanceof ${sexpr(e.operand)} ${sexpr(e.type)})`;
    case 'ClassLiteral': return `(class ${sexpr(e.type)})`;
    case 'PrimitiveType': return e.name;
    case 'ClassType': return e.name.parts.join('.');
    case 'ArrayType': return `${sexpr(e.element)}[]`;
    case 'VoidType': return 'void';
  }
}

/** The source text a span covers. */
export function spanText(text: string, s: A.Span): string {
  return text.slice(s.start, s.end);
}
