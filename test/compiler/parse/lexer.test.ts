// The lexical grammar (JLS §3): keywords versus identifiers, operators longest-first, literal
// token shapes, line terminators of every kind, and the grammar's own self-check.

import { describe, expect, it } from 'vitest';
import { JavaParser } from '../../../compiler/parser.ts';
import { JavaLexer } from '../../../compiler/tokens.ts';
import { parseOk, spanText } from './helpers.ts';
import type * as A from '../../../compiler/ast.ts';

const kinds = (text: string): string[] => JavaLexer.tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

describe('tokens', () => {
  it('keywords win only as whole words; longer keywords before their prefixes', () => {
    expect(kinds('finally final interface int integer doSomething do double')).toEqual([
      'Finally:finally', 'Final:final', 'Interface:interface', 'Int:int', 'Identifier:integer',
      'Identifier:doSomething', 'Do:do', 'Double:double',
    ]);
  });
  it('identifiers may use Unicode letters, $ and _', () => {
    expect(kinds('é€x $a _b ĉu µ')).toEqual(['Identifier:é€x', 'Identifier:$a', 'Identifier:_b', 'Identifier:ĉu', 'Identifier:µ']);
  });
  it('operators are matched longest first', () => {
    expect(kinds('>>>= >>= >>> >> >= > -> :: ... ++ += +')).toEqual([
      'UShrAssign:>>>=', 'ShrAssign:>>=', 'UShr:>>>', 'Shr:>>', 'Ge:>=', 'Gt:>', 'Arrow:->', 'ColonColon:::',
      'Ellipsis:...', 'Inc:++', 'PlusAssign:+=', 'Plus:+',
    ]);
  });
  it('numeric literal shapes', () => {
    expect(kinds('0x1.8p3 1.5e3f .5 1e10 2d 0x7fff_ffffL 0b101 017 1.')).toEqual([
      'HexFloatLiteral:0x1.8p3', 'DecimalFloatLiteral:1.5e3f', 'DecimalFloatLiteral:.5', 'DecimalFloatLiteral:1e10',
      'DecimalFloatLiteral:2d', 'IntegerLiteral:0x7fff_ffffL', 'IntegerLiteral:0b101', 'IntegerLiteral:017', 'DecimalFloatLiteral:1.',
    ]);
  });
  it('comments and whitespace leave no tokens', () => {
    expect(kinds('a /* b */ // c\n\t\f d')).toEqual(['Identifier:a', 'Identifier:d']);
  });
});

describe('line terminators (JLS §3.4)', () => {
  for (const [name, nl] of [['LF', '\n'], ['CR', '\r'], ['CRLF', '\r\n']] as const) {
    it(`${name} line ends give the right line and column`, () => {
      const src = ['class A {', '  /* a', '   comment */', '\tint x;', '}'].join(nl);
      const f = (parseOk(src).types[0] as A.ClassDecl).members[0] as A.FieldDecl;
      expect([f.span.line, f.span.col, spanText(src, f.span)]).toEqual([4, 2, 'int x;']);
    });
  }
});

describe('the grammar', () => {
  it("passes chevrotain's self-analysis (ambiguities, left recursion, duplicate indices)", () => {
    expect(process.env['VITEST']).toBeDefined(); // so validations are on for this construction
    expect(() => new JavaParser()).not.toThrow();
  });
});
