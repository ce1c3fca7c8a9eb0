// The expression half of the CST visitor (JLS §15): CST nodes from parser.ts -> compiler/ast.ts
// Expression nodes with spans, literal values decoded by literals.ts, and RF1003 reports for
// expression-level features outside the subset. ast-builder.ts extends it with declarations.

import { tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import type * as A from './ast.ts';
import type { DiagnosticBag, DiagnosticName } from './diagnostics.ts';
import { decodeChar, decodeFloat, decodeInteger, decodeString, type Decoded } from './literals.ts';
import * as T from './tokens.ts';

/** Expressions that were written inside parentheses (a side table, so ast.ts stays as written). */
export const parenthesized = new WeakSet<A.Expression>();

// ---------------------------------------------------------------- CST access

const none: never[] = [];
// A child key holds only nodes (a subrule or its label) or only tokens (a token type or its
// label), never both, so these casts are safe and the hot path allocates nothing.
export function kids(n: CstNode, name: string): CstNode[] {
  return (n.children[name] ?? none) as CstNode[];
}
export function kid(n: CstNode, name: string): CstNode | undefined {
  return n.children[name]?.[0] as CstNode | undefined;
}
export function toks(n: CstNode, name: string): IToken[] {
  return (n.children[name] ?? none) as IToken[];
}
export function tok(n: CstNode, name: string): IToken | undefined {
  return n.children[name]?.[0] as IToken | undefined;
}
/** A child the grammar guarantees; a missing one means chevrotain recovered, reported already. */
export function need<X>(x: X | undefined, what: string): X {
  if (x === undefined) throw new IncompleteTree(what);
  return x;
}
export class IncompleteTree extends Error {}

type BinaryTail =
  | { kind: 'op'; op: A.BinaryOp; operand: A.Expression; operandSpan: A.Span }
  | { kind: 'instanceof'; type: A.TypeNode; end: A.Span };

/** JLS §15.17-§15.24, loosest (1) to tightest (10); instanceof sits with the relational operators. */
const precedence: Record<A.BinaryOp | 'instanceof', number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6,
  '<': 7, '>': 7, '<=': 7, '>=': 7, instanceof: 7, '<<': 8, '>>': 8, '>>>': 8,
  '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

function tailPrecedence(t: BinaryTail): number {
  return precedence[t.kind === 'op' ? t.op : 'instanceof'];
}

const statementExpressionKinds = new Set(['Assign', 'MethodCall', 'NewObject']);

export class ExpressionBuilder {
  constructor(
    protected readonly file: string,
    protected readonly diags: DiagnosticBag,
  ) {}

  // ------------------------------------------------------------ spans and reports

  protected tokenSpan(t: IToken): A.Span {
    // A token chevrotain invented while recovering has no position: the tree is incomplete.
    if (Number.isNaN(t.startOffset)) throw new IncompleteTree(t.tokenType.name);
    return { file: this.file, line: t.startLine ?? 1, col: t.startColumn ?? 1, start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 };
  }
  protected nodeSpan(n: CstNode): A.Span {
    const l = n.location;
    if (l === undefined || Number.isNaN(l.startOffset)) throw new IncompleteTree(n.name);
    return { file: this.file, line: l.startLine ?? 1, col: l.startColumn ?? 1, start: l.startOffset, end: (l.endOffset ?? l.startOffset) + 1 };
  }
  protected join(a: A.Span, b: A.Span): A.Span {
    return { ...a, end: b.end };
  }
  protected unsupported(feature: string, span: A.Span): void {
    this.diags.report('UnsupportedFeature', span, feature);
  }
  protected syntax(message: string, span: A.Span): void {
    this.diags.report('SyntaxError', span, message);
  }
  /** Stand-ins for rejected constructs, so building can go on and find more problems. */
  protected readonly placeholders = new WeakSet<A.Expression>();
  protected placeholder(span: A.Span): A.Literal {
    const p: A.Literal = { kind: 'Literal', span, type: 'null', text: 'null', value: null };
    this.placeholders.add(p);
    return p;
  }

  // ------------------------------------------------------------ expressions

  expression(n: CstNode): A.Expression {
    const lambda = kid(n, 'lambda');
    if (lambda) return this.lambda(lambda);
    const left = this.conditional(n);
    const op = tok(n, 'AssignmentOperator');
    if (op === undefined) return left;
    const value = this.expression(need(kid(n, 'value'), 'assigned value'));
    return { kind: 'Assign', span: this.nodeSpan(n), op: op.image as A.AssignOp, target: left, value };
  }

  protected lambda(n: CstNode): A.Expression {
    const span = this.nodeSpan(n);
    this.unsupported('lambda expressions', span);
    return this.placeholder(span);
  }

  /**
   * `c ? a : b` or just the binary expression, from an `expression` or `conditionalExpression`
   * node (both hold the same children, see parser.ts conditionalBody). The else branch nests to
   * the right (JLS §15.25).
   */
  conditional(n: CstNode): A.Expression {
    const condition = this.binary(n);
    const question = tok(n, 'Question');
    if (question === undefined) return condition;
    const then = this.expression(need(kid(n, 'then'), "'?' branch"));
    const lambda = kid(n, 'lambdaExpression');
    const otherwise = lambda ? this.lambda(lambda) : this.conditional(need(kid(n, 'else'), "':' branch"));
    const span = this.join(this.nodeSpan(n), this.nodeSpan(lambda ?? need(kid(n, 'else'), "':' branch")));
    return { kind: 'Conditional', span, condition, then, else: otherwise };
  }

  /**
   * Precedence climbing over the flat operand/operator list the parser produced. Spans come
   * from the operands' CST nodes, so a parenthesised operand's span includes its parentheses.
   */
  binary(n: CstNode): A.Expression {
    const firstNode = need(kid(n, 'unaryExpression'), 'operand');
    const first = this.unary(firstNode);
    const tailNodes = kids(n, 'binaryTail');
    if (tailNodes.length === 0) return first;
    const tails = tailNodes.map((t) => this.binaryTail(t));
    let i = 0;
    const climb = (left: A.Expression, leftSpan: A.Span, min: number): [A.Expression, A.Span] => {
      while (i < tails.length && tailPrecedence(tails[i]!) >= min) {
        const t = tails[i++]!;
        if (t.kind === 'instanceof') {
          leftSpan = this.join(leftSpan, t.end);
          left = { kind: 'InstanceOf', span: leftSpan, operand: left, type: t.type };
          continue;
        }
        let right = t.operand;
        let rightSpan = t.operandSpan;
        while (i < tails.length && tailPrecedence(tails[i]!) > tailPrecedence(t)) {
          [right, rightSpan] = climb(right, rightSpan, tailPrecedence(t) + 1);
        }
        leftSpan = this.join(leftSpan, rightSpan);
        left = { kind: 'Binary', span: leftSpan, op: t.op, left, right };
      }
      return [left, leftSpan];
    };
    return climb(first, this.nodeSpan(firstNode), 1)[0];
  }

  private binaryTail(n: CstNode): BinaryTail {
    const opToken = tok(n, 'BinaryOperator');
    if (opToken) {
      const operandNode = need(kid(n, 'unaryExpression'), 'operand');
      return { kind: 'op', op: opToken.image as A.BinaryOp, operand: this.unary(operandNode), operandSpan: this.nodeSpan(operandNode) };
    }
    const type = this.type(need(kid(n, 'type'), 'type'));
    const binding = tok(n, 'binding');
    if (binding) this.unsupported('instanceof patterns', this.tokenSpan(binding));
    const fin = tok(n, 'Final');
    if (fin) this.unsupported('instanceof patterns', this.tokenSpan(fin));
    return { kind: 'instanceof', type, end: binding ? this.tokenSpan(binding) : type.span };
  }

  unary(n: CstNode): A.Expression {
    const cast = kid(n, 'castExpression');
    if (cast) return this.cast(cast);
    const primary = kid(n, 'primary');
    if (primary) return this.primary(primary);
    const opToken = need(['Inc', 'Dec', 'Plus', 'Minus', 'Bang', 'Tilde'].map((k) => tok(n, k)).find((t) => t), 'operator');
    const operandNode = need(kid(n, 'unaryExpression'), 'operand');
    if (tokenMatcher(opToken, T.Minus)) {
      const folded = this.negativeLiteral(opToken, operandNode);
      if (folded) return folded;
    }
    const operand = this.unary(operandNode);
    const op = ({ '++': 'pre++', '--': 'pre--' } as Record<string, A.UnaryOp>)[opToken.image] ?? (opToken.image as A.UnaryOp);
    return { kind: 'Unary', span: this.nodeSpan(n), op, operand };
  }

  /**
   * JLS §3.10.1: `2147483648` and `9223372036854775808L` are legal only as the direct operand of
   * unary minus; there the literal is folded with the minus into one negative Literal.
   */
  private negativeLiteral(minus: IToken, operand: CstNode): A.Literal | undefined {
    const literalToken = bareIntegerLiteral(operand);
    if (literalToken === undefined || decodeInteger(literalToken.image, false).ok) return undefined;
    const decoded = decodeInteger(literalToken.image, true);
    if (!decoded.ok) return undefined;
    const span = this.join(this.tokenSpan(minus), this.tokenSpan(literalToken));
    return { kind: 'Literal', span, type: decoded.value.type, text: '-' + literalToken.image, value: decoded.value.value };
  }

  private cast(n: CstNode): A.Expression {
    const type = this.type(need(kid(n, 'type'), 'cast type'));
    const amp = tok(n, 'Amp');
    if (amp) this.unsupported('intersection casts', this.tokenSpan(amp));
    const lambda = kid(n, 'lambdaExpression');
    const operand = lambda ? this.lambda(lambda) : this.unary(need(kid(n, 'unaryExpression'), 'cast operand'));
    return { kind: 'Cast', span: this.nodeSpan(n), type, operand };
  }

  /** A prefix, then its suffixes left to right (`a.b(c)[d].e`), then postfix `++`/`--`. */
  primary(n: CstNode): A.Expression {
    const start = this.prefixSpan(n);
    let current: A.Expression | 'super' = this.primaryPrefix(n, start);
    const suffixes = kids(n, 'primarySuffix');
    for (let i = 0; i < suffixes.length; i++) {
      const s = suffixes[i]!;
      const next = suffixes[i + 1];
      const callArgs = next && kid(next, 'arguments') ? next : undefined;
      const r = this.suffix(current, start, s, callArgs);
      current = r.expr;
      if (r.consumedNext) i++;
    }
    if (current === 'super') {
      this.syntax("'.' expected after 'super'", start);
      return this.placeholder(start);
    }
    return this.postfix(n, current, start);
  }

  private postfix(n: CstNode, operand: A.Expression, start: A.Span): A.Expression {
    const inc = toks(n, 'Inc');
    const dec = toks(n, 'Dec');
    if (inc.length + dec.length === 0) return operand;
    let e = operand;
    for (const t of [...inc, ...dec].sort((a, b) => a.startOffset - b.startOffset)) {
      e = { kind: 'Unary', span: this.join(start, this.tokenSpan(t)), op: t.image === '++' ? 'post++' : 'post--', operand: e };
    }
    return e;
  }

  /** Where the primary's first part (before any suffix) starts and ends. */
  private prefixSpan(n: CstNode): A.Span {
    const open = tok(n, 'open');
    if (open) return this.join(this.tokenSpan(open), this.tokenSpan(need(tok(n, 'close'), "')'")));
    const t = tok(n, 'LiteralToken') ?? tok(n, 'This') ?? tok(n, 'Super') ?? tok(n, 'Identifier');
    if (t) return this.tokenSpan(t);
    const sub = kid(n, 'newExpression') ?? kid(n, 'primitiveClassLiteral') ?? kid(n, 'switchExpression');
    return this.nodeSpan(need(sub, 'primary'));
  }

  private primaryPrefix(n: CstNode, span: A.Span): A.Expression | 'super' {
    const lit = tok(n, 'LiteralToken');
    if (lit) return this.literal(lit);
    if (tok(n, 'This')) return { kind: 'This', span };
    if (tok(n, 'Super')) return 'super';
    const id = tok(n, 'Identifier');
    if (id) return { kind: 'Name', span, name: id.image };
    const inner = kid(n, 'expression');
    if (inner) {
      // Parentheses leave no node (JLS §15.8.5), but the checker must know: `(Math).abs(1)` is
      // not Java, because a parenthesised name is an expression, never a type name.
      const e = this.expression(inner);
      parenthesized.add(e);
      return e;
    }
    const creation = kid(n, 'newExpression');
    if (creation) return this.newExpression(creation);
    const classLit = kid(n, 'primitiveClassLiteral');
    if (classLit) return this.primitiveClassLiteral(classLit);
    if (kid(n, 'switchExpression') === undefined) throw new IncompleteTree('primary');
    this.unsupported('switch expressions', span);
    return this.placeholder(span);
  }

  private primitiveClassLiteral(n: CstNode): A.ClassLiteral {
    const p = tok(n, 'PrimitiveTypeKeyword');
    const v = tok(n, 'Void');
    const baseTok = need(p ?? v, 'type');
    const base: A.TypeNode = p
      ? { kind: 'PrimitiveType', span: this.tokenSpan(p), name: p.image as A.PrimitiveName }
      : { kind: 'VoidType', span: this.tokenSpan(baseTok) };
    return { kind: 'ClassLiteral', span: this.nodeSpan(n), type: this.wrapDims(base, toks(n, 'dimClose')) };
  }

  private suffix(
    current: A.Expression | 'super',
    start: A.Span,
    s: CstNode,
    callArgs: CstNode | undefined,
  ): { expr: A.Expression | 'super'; consumedNext: boolean } {
    const span = this.join(start, this.nodeSpan(s));
    const typeArgs = kid(s, 'typeArguments');
    if (typeArgs) this.unsupported('generics', this.nodeSpan(typeArgs));
    const name = tok(s, 'name');
    if (name) {
      const nameSpan = this.tokenSpan(name);
      if (callArgs) {
        const args = this.arguments(need(kid(callArgs, 'arguments'), 'arguments'));
        const callSpan = this.join(start, this.nodeSpan(callArgs));
        return { expr: { kind: 'MethodCall', span: callSpan, target: current, name: name.image, nameSpan, args }, consumedNext: true };
      }
      if (current === 'super') return { expr: { kind: 'SuperFieldAccess', span, name: name.image }, consumedNext: false };
      return { expr: { kind: 'FieldAccess', span, target: current, name: name.image, nameSpan }, consumedNext: false };
    }
    const args = kid(s, 'arguments');
    if (args && tok(s, 'Dot') === undefined) return { expr: this.call(current, span, args), consumedNext: false };
    const index = kid(s, 'index');
    if (index) {
      const array = this.value(current, start);
      return { expr: { kind: 'ArrayAccess', span, array, index: this.expression(index) }, consumedNext: false };
    }
    return { expr: this.otherSuffix(current, start, span, s), consumedNext: false };
  }

  /** `m(args)` with no target; anything else before `(` cannot be called. */
  private call(current: A.Expression | 'super', span: A.Span, argsNode: CstNode): A.Expression {
    const args = this.arguments(argsNode);
    if (current !== 'super' && current.kind === 'Name') {
      return { kind: 'MethodCall', span, target: null, name: current.name, nameSpan: current.span, args };
    }
    this.syntax("';' expected", this.nodeSpan(argsNode));
    return this.placeholder(span);
  }

  /** `.class`, `[].class`, `.this`, `.super`, `.new`, `::` — class literals or rejected forms. */
  private otherSuffix(current: A.Expression | 'super', start: A.Span, span: A.Span, s: CstNode): A.Expression {
    if (tok(s, 'Class') || tok(s, 'arrayClass')) {
      const base = current === 'super' || parenthesized.has(current) ? undefined : this.nameAsType(current);
      if (base === undefined) {
        this.syntax('<identifier> expected', span);
        return this.placeholder(span);
      }
      const type = tok(s, 'arrayClass') ? this.wrapDims(base, toks(s, 'RBracket')) : base;
      return { kind: 'ClassLiteral', span, type };
    }
    if (tok(s, 'ColonColon')) this.unsupported('method references', span);
    else if (tok(s, 'This') || tok(s, 'New')) this.unsupported('inner classes', span);
    else if (tok(s, 'Super')) this.unsupported('qualified super references (X.super)', span);
    else throw new IncompleteTree('suffix'); // a suffix chevrotain recovered from
    return this.placeholder(span);
  }

  private value(current: A.Expression | 'super', start: A.Span): A.Expression {
    if (current !== 'super') return current;
    this.syntax("'.' expected after 'super'", start);
    return this.placeholder(start);
  }

  /** `a.b.C` read as a type name (for `a.b.C.class`). */
  private nameAsType(e: A.Expression): A.ClassTypeNode | undefined {
    const parts: string[] = [];
    let cur: A.Expression = e;
    while (cur.kind === 'FieldAccess') {
      parts.unshift(cur.name);
      cur = cur.target;
    }
    if (cur.kind !== 'Name') return undefined;
    parts.unshift(cur.name);
    return { kind: 'ClassType', span: e.span, name: { kind: 'QualifiedName', span: e.span, parts } };
  }

  arguments(n: CstNode): A.Expression[] {
    return kids(n, 'expression').map((e) => this.expression(e));
  }

  private newExpression(n: CstNode): A.Expression {
    const span = this.nodeSpan(n);
    const typeArgs = kid(n, 'typeArguments');
    if (typeArgs) this.unsupported('generics', this.nodeSpan(typeArgs));
    const prim = tok(n, 'PrimitiveTypeKeyword');
    const rest = kid(n, 'arrayCreationRest');
    if (prim) {
      const elementType: A.PrimitiveTypeNode = { kind: 'PrimitiveType', span: this.tokenSpan(prim), name: prim.image as A.PrimitiveName };
      return this.arrayCreation(span, elementType, need(rest, 'array dimensions'));
    }
    const type = this.classType(need(kid(n, 'classType'), 'type'));
    if (rest) return this.arrayCreation(span, type, rest);
    const body = kid(n, 'anonymousBody');
    if (body) this.unsupported('anonymous classes', this.nodeSpan(body));
    return { kind: 'NewObject', span, type, args: this.arguments(need(kid(n, 'arguments'), 'arguments')) };
  }

  private arrayCreation(span: A.Span, elementType: A.PrimitiveTypeNode | A.ClassTypeNode, rest: CstNode): A.NewArray {
    const init = kid(rest, 'arrayInitializer');
    if (init) {
      const extraDims = toks(rest, 'dimClose').length;
      return { kind: 'NewArray', span, elementType, dims: [], extraDims, init: this.arrayInitializer(init) };
    }
    const dims = kids(rest, 'dimExpr').map((e) => this.expression(e));
    const extraDims = toks(rest, 'extraDimClose').length;
    return { kind: 'NewArray', span, elementType, dims, extraDims, init: null };
  }

  arrayInitializer(n: CstNode): A.ArrayInitializer {
    return { kind: 'ArrayInitializer', span: this.nodeSpan(n), elements: kids(n, 'variableInitializer').map((v) => this.variableInitializer(v)) };
  }

  variableInitializer(n: CstNode): A.Expression | A.ArrayInitializer {
    const init = kid(n, 'arrayInitializer');
    return init ? this.arrayInitializer(init) : this.expression(need(kid(n, 'expression'), 'initializer'));
  }

  /** JLS §14.8: only assignments, ++/--, calls and `new` may stand alone as statements. */
  protected checkStatementExpression(e: A.Expression): void {
    if (statementExpressionKinds.has(e.kind)) return;
    if (e.kind === 'Unary' && e.op.length > 1) return; // pre/post ++ and --
    if (this.placeholders.has(e)) return; // already reported as unsupported
    this.syntax('not a statement', e.span);
  }

  // ------------------------------------------------------------ literals (JLS §3.10)

  literal(t: IToken): A.Literal {
    const span = this.tokenSpan(t);
    const text = t.image;
    const lit = (type: A.LiteralType, value: A.Literal['value']): A.Literal => ({ kind: 'Literal', span, type, text, value });
    switch (t.tokenType) {
      case T.True: return lit('boolean', true);
      case T.False: return lit('boolean', false);
      case T.Null: return lit('null', null);
      case T.StringLiteral: return lit('String', this.decoded(decodeString(text), span, ''));
      case T.CharLiteral: return lit('char', this.decoded(decodeChar(text), span, 0));
      case T.TextBlock:
        this.unsupported('text blocks', span);
        return lit('String', '');
      case T.IntegerLiteral: {
        const v = this.decoded(decodeInteger(text, false), span, { type: 'int' as const, value: 0 });
        return lit(v.type, v.value);
      }
      default: {
        const v = this.decoded(decodeFloat(text), span, { type: 'double' as const, value: 0 });
        return lit(v.type, v.value);
      }
    }
  }

  private decoded<V>(d: Decoded<V>, span: A.Span, fallback: V): V {
    if (d.ok) return d.value;
    const at: A.Span = { ...span, col: span.col + d.offset, start: span.start + d.offset };
    this.diags.report(d.diag as DiagnosticName, at, d.arg);
    return fallback;
  }

  // ------------------------------------------------------------ types (JLS §4.3, §10.1)

  type(n: CstNode): A.TypeNode {
    const prim = tok(n, 'PrimitiveTypeKeyword');
    const base: A.TypeNode = prim
      ? { kind: 'PrimitiveType', span: this.tokenSpan(prim), name: prim.image as A.PrimitiveName }
      : this.classType(need(kid(n, 'classType'), 'type'));
    return this.wrapDims(base, toks(n, 'dimClose'));
  }

  classType(n: CstNode): A.ClassTypeNode {
    const ids = toks(n, 'Identifier');
    const span = this.nodeSpan(n);
    const typeArgs = kid(n, 'typeArguments');
    if (typeArgs) this.unsupported('generics', this.nodeSpan(typeArgs));
    if (ids.length === 1 && ids[0]!.image === 'var') this.unsupported("'var' declarations", span);
    return { kind: 'ClassType', span, name: { kind: 'QualifiedName', span, parts: ids.map((t) => t.image) } };
  }

  /** `T` plus one `[]` per closing bracket: each ArrayType spans from T to its `]`. */
  protected wrapDims(base: A.TypeNode, closers: IToken[]): A.TypeNode {
    let t = base;
    for (const close of closers) t = { kind: 'ArrayType', span: this.join(base.span, this.tokenSpan(close)), element: t };
    return t;
  }
}

/** The IntegerLiteral token of a unary operand that is just that literal (no parens, no suffix). */
function bareIntegerLiteral(unary: CstNode): IToken | undefined {
  const primary = kid(unary, 'primary');
  if (!primary || tok(primary, 'Inc') || tok(primary, 'Dec') || kids(primary, 'primarySuffix').length > 0) return undefined;
  const t = tok(primary, 'LiteralToken');
  return t && tokenMatcher(t, T.IntegerLiteral) ? t : undefined;
}
