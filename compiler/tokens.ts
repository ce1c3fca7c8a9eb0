// The lexical grammar (JLS §3): chevrotain token types, the ordered `allTokens` list that
// parser.ts's grammar is built over, and JavaLexer, which parse.ts runs. Keywords outside the
// Ringfence subset are still tokens so the front end can reject them by name.

import { createToken, Lexer, type TokenType } from 'chevrotain';

// ---------------------------------------------------------------- categories
// Categories let a rule CONSUME "any binary operator" or "any modifier" in one step.

export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: Lexer.NA });
export const AssignmentOperator = createToken({ name: 'AssignmentOperator', pattern: Lexer.NA });
export const PrimitiveTypeKeyword = createToken({ name: 'PrimitiveTypeKeyword', pattern: Lexer.NA });
export const ModifierKeyword = createToken({ name: 'ModifierKeyword', pattern: Lexer.NA });
export const LiteralToken = createToken({ name: 'LiteralToken', pattern: Lexer.NA });

// ---------------------------------------------------------------- trivia and lexical errors

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\f\r\n]+/, // JLS §3.6: space, tab, form feed and line terminators
  group: Lexer.SKIPPED,
});
// Comments go to their own group (not the parser): parse.ts checks them for unicode escapes.
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n\r]*/, group: 'comments' });
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*[\s\S]*?\*\//,
  group: 'comments',
  line_breaks: true,
});
/** `/*` with no closing `*\/`: kept out of the token stream and reported by parse.ts. */
export const UnterminatedComment = createToken({
  name: 'UnterminatedComment',
  pattern: /\/\*[\s\S]*/,
  group: 'errors',
  line_breaks: true,
});

// ---------------------------------------------------------------- identifiers and keywords

/**
 * JLS §3.8 Java letters: ASCII letters, `$`, `_`, and (approximately) Unicode letters,
 * letter numbers, currency symbols and connector punctuation; later characters may also be
 * digits and combining marks.
 */
export const Identifier = createToken({
  name: 'Identifier',
  // A custom matcher: chevrotain rebuilds regex patterns without the `u` flag that \p{..} needs.
  pattern: { exec: matchIdentifier },
  line_breaks: false,
  start_chars_hint: identifierStartHint(),
});

const identifierRegex = /[A-Za-z_$\p{L}\p{Nl}\p{Sc}\p{Pc}][\w$\p{L}\p{Nl}\p{Sc}\p{Pc}\p{Nd}\p{Mn}\p{Mc}]*/uy;
function matchIdentifier(text: string, offset: number): RegExpExecArray | null {
  identifierRegex.lastIndex = offset;
  return identifierRegex.exec(text);
}

/** Every ASCII start character, then one representative per 256-code block (chevrotain buckets them). */
function identifierStartHint(): string[] {
  const hint: string[] = ['$', '_'];
  for (let c = 65; c <= 90; c++) hint.push(String.fromCharCode(c), String.fromCharCode(c + 32));
  for (let c = 0x80; c < 0x100; c++) hint.push(String.fromCharCode(c));
  for (let c = 0x100; c < 0x10000; c += 0x100) hint.push(String.fromCharCode(c));
  return hint;
}

const keywords: TokenType[] = [];
function keyword(word: string, categories: TokenType[] = []): TokenType {
  const t = createToken({
    name: word.charAt(0).toUpperCase() + word.slice(1),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    categories,
  });
  keywords.push(t);
  return t;
}

// Declarations and structure
export const Package = keyword('package');
export const Import = keyword('import');
export const Class = keyword('class');
export const Interface = keyword('interface');
export const Enum = keyword('enum'); // rejected: enums
export const Extends = keyword('extends');
export const Implements = keyword('implements');
export const Throws = keyword('throws');
export const Void = keyword('void');
// Modifiers (JLS §8.1.1, §8.3.1, §8.4.3); the last five are outside the subset
export const Public = keyword('public', [ModifierKeyword]);
export const Protected = keyword('protected', [ModifierKeyword]);
export const Private = keyword('private', [ModifierKeyword]);
export const Static = keyword('static', [ModifierKeyword]);
export const Final = keyword('final', [ModifierKeyword]);
export const Abstract = keyword('abstract', [ModifierKeyword]);
export const Native = keyword('native', [ModifierKeyword]);
export const Synchronized = keyword('synchronized', [ModifierKeyword]);
export const Transient = keyword('transient', [ModifierKeyword]);
export const Volatile = keyword('volatile', [ModifierKeyword]);
export const Strictfp = keyword('strictfp', [ModifierKeyword]);
export const Default = keyword('default', [ModifierKeyword]); // also the switch label
// Primitive types (JLS §4.2)
export const Boolean = keyword('boolean', [PrimitiveTypeKeyword]);
export const Byte = keyword('byte', [PrimitiveTypeKeyword]);
export const Short = keyword('short', [PrimitiveTypeKeyword]);
export const Char = keyword('char', [PrimitiveTypeKeyword]);
export const Int = keyword('int', [PrimitiveTypeKeyword]);
export const Long = keyword('long', [PrimitiveTypeKeyword]);
export const Float = keyword('float', [PrimitiveTypeKeyword]);
export const Double = keyword('double', [PrimitiveTypeKeyword]);
// Statements
export const If = keyword('if');
export const Else = keyword('else');
export const While = keyword('while');
export const Do = keyword('do');
export const For = keyword('for');
export const Break = keyword('break');
export const Continue = keyword('continue');
export const Return = keyword('return');
export const Switch = keyword('switch');
export const Case = keyword('case');
export const Throw = keyword('throw');
export const Try = keyword('try');
export const Catch = keyword('catch');
export const Finally = keyword('finally');
export const Assert = keyword('assert'); // rejected: assert statements
// Expressions
export const New = keyword('new');
export const This = keyword('this');
export const Super = keyword('super');
export const Instanceof = keyword('instanceof');
export const True = keyword('true', [LiteralToken]);
export const False = keyword('false', [LiteralToken]);
export const Null = keyword('null', [LiteralToken]);
// Reserved but unused by Java itself (JLS §3.9)
export const Goto = keyword('goto');
export const Const = keyword('const');

// ---------------------------------------------------------------- literals (JLS §3.10)

const digits = '[0-9](?:[0-9_]*[0-9])?';
const exponent = `[eE][+-]?[0-9_]*`; // malformed exponents are reported by the builder, not the lexer

/** `"""` opens a text block (Java 15); lexed whole so it can be rejected as one feature. */
export const TextBlock = createToken({
  name: 'TextBlock',
  pattern: /"""[\s\S]*?"""/,
  line_breaks: true,
  categories: [LiteralToken],
});
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*"/,
  categories: [LiteralToken],
});
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*\\?/,
  group: 'errors',
});
/** Lenient on purpose (`'ab'`, `''`): the builder checks for exactly one code unit. */
export const CharLiteral = createToken({
  name: 'CharLiteral',
  pattern: /'(?:[^'\\\n\r]|\\[^\n\r])*'/,
  categories: [LiteralToken],
});
export const UnterminatedChar = createToken({
  name: 'UnterminatedChar',
  pattern: /'(?:[^'\\\n\r]|\\[^\n\r])*\\?/,
  group: 'errors',
});
/** Hexadecimal floating point: `0x1.8p3`, `0x.Fp-2f` (JLS §3.10.2). */
export const HexFloatLiteral = createToken({
  name: 'HexFloatLiteral',
  pattern: /0[xX](?:[0-9a-fA-F_]*\.?[0-9a-fA-F_]*)[pP][+-]?[0-9_]*[fFdD]?/,
  categories: [LiteralToken],
});
export const DecimalFloatLiteral = createToken({
  name: 'DecimalFloatLiteral',
  pattern: new RegExp(
    [
      `${digits}\\.(?:[0-9_]*)(?:${exponent})?[fFdD]?`, // 1.  1.5  1.5e3f
      `\\.[0-9][0-9_]*(?:${exponent})?[fFdD]?`, // .5  .5e3
      `${digits}${exponent}[fFdD]?`, // 1e10
      `${digits}[fFdD]`, // 1f  2d
    ].join('|'),
  ),
  categories: [LiteralToken],
});
/** Decimal, octal (leading 0), hex and binary integers, `_` separators, optional `L` (JLS §3.10.1). */
export const IntegerLiteral = createToken({
  name: 'IntegerLiteral',
  pattern: /0[xX][0-9a-fA-F_]*[lL]?|0[bB][01_]*[lL]?|[0-9][0-9_]*[lL]?/,
  categories: [LiteralToken],
});

// ---------------------------------------------------------------- separators and operators (JLS §3.11, §3.12)

function op(name: string, image: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern: image, categories });
}

export const Arrow = op('Arrow', '->'); // rejected: lambdas, switch rules
export const ColonColon = op('ColonColon', '::'); // rejected: method references
export const Ellipsis = op('Ellipsis', '...'); // rejected: varargs
export const LParen = op('LParen', '(');
export const RParen = op('RParen', ')');
export const LBrace = op('LBrace', '{');
export const RBrace = op('RBrace', '}');
export const LBracket = op('LBracket', '[');
export const RBracket = op('RBracket', ']');
export const Semicolon = op('Semicolon', ';');
export const Comma = op('Comma', ',');
export const Dot = op('Dot', '.');
export const At = op('At', '@');
export const Question = op('Question', '?');
export const Colon = op('Colon', ':');

// Assignment operators: longest first so `>>>=` is not lexed as `>>` `>=`.
export const UShrAssign = op('UShrAssign', '>>>=', [AssignmentOperator]);
export const ShrAssign = op('ShrAssign', '>>=', [AssignmentOperator]);
export const ShlAssign = op('ShlAssign', '<<=', [AssignmentOperator]);
export const PlusAssign = op('PlusAssign', '+=', [AssignmentOperator]);
export const MinusAssign = op('MinusAssign', '-=', [AssignmentOperator]);
export const StarAssign = op('StarAssign', '*=', [AssignmentOperator]);
export const SlashAssign = op('SlashAssign', '/=', [AssignmentOperator]);
export const PercentAssign = op('PercentAssign', '%=', [AssignmentOperator]);
export const AndAssign = op('AndAssign', '&=', [AssignmentOperator]);
export const OrAssign = op('OrAssign', '|=', [AssignmentOperator]);
export const XorAssign = op('XorAssign', '^=', [AssignmentOperator]);

// Binary operators. `>` `>>` `>>>` are separate tokens; generic type arguments (rejected
// anyway) are matched by counting angle depth, so `List<List<T>>` still closes correctly.
export const UShr = op('UShr', '>>>', [BinaryOperator]);
export const Shr = op('Shr', '>>', [BinaryOperator]);
export const Shl = op('Shl', '<<', [BinaryOperator]);
export const Le = op('Le', '<=', [BinaryOperator]);
export const Ge = op('Ge', '>=', [BinaryOperator]);
export const Lt = op('Lt', '<', [BinaryOperator]);
export const Gt = op('Gt', '>', [BinaryOperator]);
export const EqEq = op('EqEq', '==', [BinaryOperator]);
export const NotEq = op('NotEq', '!=', [BinaryOperator]);
export const AndAnd = op('AndAnd', '&&', [BinaryOperator]);
export const OrOr = op('OrOr', '||', [BinaryOperator]);
export const Inc = op('Inc', '++');
export const Dec = op('Dec', '--');
export const Plus = op('Plus', '+', [BinaryOperator]);
export const Minus = op('Minus', '-', [BinaryOperator]);
export const Star = op('Star', '*', [BinaryOperator]);
export const Slash = op('Slash', '/', [BinaryOperator]);
export const Percent = op('Percent', '%', [BinaryOperator]);
export const Amp = op('Amp', '&', [BinaryOperator]);
export const Pipe = op('Pipe', '|', [BinaryOperator]);
export const Caret = op('Caret', '^', [BinaryOperator]);
export const Assign = op('Assign', '=', [AssignmentOperator]);
export const Bang = op('Bang', '!');
export const Tilde = op('Tilde', '~');


function keywordText(t: TokenType): string {
  return (t.PATTERN as RegExp).source;
}

/**
 * Lexing order matters: comments before `/`, longer operators before their prefixes, keywords
 * longest first. Any character no token matches is a lexer error, which parse.ts reports as
 * RF1001 before going on.
 */
export const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  TextBlock,
  StringLiteral,
  UnterminatedString,
  CharLiteral,
  UnterminatedChar,
  HexFloatLiteral,
  DecimalFloatLiteral,
  IntegerLiteral,
  ...keywords.sort((a, b) => keywordText(b).length - keywordText(a).length), // `finally` before `final`
  Identifier,
  Arrow,
  ColonColon,
  Ellipsis,
  LParen,
  RParen,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  Semicolon,
  Comma,
  Dot,
  At,
  Question,
  Colon,
  UShrAssign,
  ShrAssign,
  ShlAssign,
  PlusAssign,
  MinusAssign,
  StarAssign,
  SlashAssign,
  PercentAssign,
  AndAssign,
  OrAssign,
  XorAssign,
  UShr,
  Shr,
  Shl,
  Le,
  Ge,
  Lt,
  Gt,
  EqEq,
  NotEq,
  AndAnd,
  OrOr,
  Inc,
  Dec,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Amp,
  Pipe,
  Caret,
  Assign,
  Bang,
  Tilde,
  // categories are listed so the parser knows them; they match nothing themselves
  BinaryOperator,
  AssignmentOperator,
  PrimitiveTypeKeyword,
  ModifierKeyword,
  LiteralToken,
];

/** Built once (chevrotain's performance guidance); `ensureOptimizations` fails loudly if a pattern defeats them. */
export const JavaLexer = new Lexer(allTokens, { ensureOptimizations: true, positionTracking: 'full' });
