// The abstract syntax tree: built from the chevrotain CST by ast-builder.ts, consumed by the
// checker (names, types, definite assignment) and code generator. Nodes are plain data with a
// `kind` discriminant and a source span; the checker records its results in side tables keyed
// by node (see checked.ts), never by mutating these nodes, so the AST stays what was written.

/** 1-based line and column of a node's first character, plus the file it came from. */
export interface Span {
  file: string;
  line: number;
  col: number;
  /** 0-based character offsets of the first character and one past the last. */
  start: number;
  end: number;
}

export interface Node {
  span: Span;
}

// ---------------------------------------------------------------- names and types

/** A possibly qualified name as written: `a.b.C` -> ['a', 'b', 'C']. */
export interface QualifiedName extends Node {
  kind: 'QualifiedName';
  parts: string[];
}

export type PrimitiveName = 'boolean' | 'byte' | 'short' | 'char' | 'int' | 'long' | 'float' | 'double';

/** A type as written in source. `void` appears only as a method's return type. */
export type TypeNode = PrimitiveTypeNode | ClassTypeNode | ArrayTypeNode | VoidTypeNode;

export interface PrimitiveTypeNode extends Node {
  kind: 'PrimitiveType';
  name: PrimitiveName;
}
export interface ClassTypeNode extends Node {
  kind: 'ClassType';
  name: QualifiedName;
}
export interface ArrayTypeNode extends Node {
  kind: 'ArrayType';
  element: TypeNode;
}
export interface VoidTypeNode extends Node {
  kind: 'VoidType';
}

// ---------------------------------------------------------------- compilation units

export interface CompilationUnit extends Node {
  kind: 'CompilationUnit';
  packageName: QualifiedName | null;
  imports: ImportDecl[];
  types: TypeDecl[];
}

export interface ImportDecl extends Node {
  kind: 'ImportDecl';
  name: QualifiedName;
  /** `import a.b.*;` */
  onDemand: boolean;
  /** `import static ...` is outside the subset; the builder reports it, so always false here. */
}

export type Modifier =
  | 'public'
  | 'protected'
  | 'private'
  | 'static'
  | 'final'
  | 'abstract'
  | 'native';

export interface Annotation extends Node {
  kind: 'Annotation';
  name: QualifiedName;
}

export interface Modifiers {
  /** In source order; duplicates are reported by the checker. */
  list: { modifier: Modifier; span: Span }[];
  annotations: Annotation[];
}

export type TypeDecl = ClassDecl | InterfaceDecl;

export interface ClassDecl extends Node {
  kind: 'ClassDecl';
  modifiers: Modifiers;
  name: string;
  nameSpan: Span;
  superclass: ClassTypeNode | null;
  interfaces: ClassTypeNode[];
  members: MemberDecl[];
}

export interface InterfaceDecl extends Node {
  kind: 'InterfaceDecl';
  modifiers: Modifiers;
  name: string;
  nameSpan: Span;
  /** `interface I extends J, K` */
  superinterfaces: ClassTypeNode[];
  members: MemberDecl[];
}

export type MemberDecl = FieldDecl | MethodDecl | ConstructorDecl | InitializerDecl;

/** `int a = 1, b[] = {2};` — one declaration, several declarators. */
export interface FieldDecl extends Node {
  kind: 'FieldDecl';
  modifiers: Modifiers;
  type: TypeNode;
  declarators: VariableDeclarator[];
}

export interface VariableDeclarator extends Node {
  kind: 'VariableDeclarator';
  name: string;
  /** Extra `[]` written after the name (`int a[]`) — already folded into `type` here. */
  type: TypeNode;
  init: Expression | ArrayInitializer | null;
}

export interface Parameter extends Node {
  kind: 'Parameter';
  modifiers: Modifiers; // only `final` is legal
  type: TypeNode;
  name: string;
}

export interface MethodDecl extends Node {
  kind: 'MethodDecl';
  modifiers: Modifiers;
  returnType: TypeNode;
  name: string;
  nameSpan: Span;
  params: Parameter[];
  /** `throws` clause, checked for existence only (checked exceptions are not enforced... see docs/language.md). */
  throws: ClassTypeNode[];
  /** null for abstract, native and interface methods without a body. */
  body: Block | null;
}

export interface ConstructorDecl extends Node {
  kind: 'ConstructorDecl';
  modifiers: Modifiers;
  name: string;
  nameSpan: Span;
  params: Parameter[];
  throws: ClassTypeNode[];
  body: Block; // its first statement may be an ExplicitConstructorCall
}

/** `static { ... }` or `{ ... }` in a class body. */
export interface InitializerDecl extends Node {
  kind: 'InitializerDecl';
  isStatic: boolean;
  body: Block;
}

// ---------------------------------------------------------------- statements

export type Statement =
  | Block
  | LocalVarDecl
  | ExpressionStatement
  | IfStatement
  | WhileStatement
  | DoStatement
  | ForStatement
  | ForEachStatement
  | BreakStatement
  | ContinueStatement
  | ReturnStatement
  | SwitchStatement
  | ThrowStatement
  | TryStatement
  | LabeledStatement
  | EmptyStatement
  | ExplicitConstructorCall;

export interface Block extends Node {
  kind: 'Block';
  statements: Statement[];
}

export interface LocalVarDecl extends Node {
  kind: 'LocalVarDecl';
  modifiers: Modifiers; // only `final`
  type: TypeNode;
  declarators: VariableDeclarator[];
}

export interface ExpressionStatement extends Node {
  kind: 'ExpressionStatement';
  expression: Expression;
}

export interface IfStatement extends Node {
  kind: 'If';
  condition: Expression;
  then: Statement;
  else: Statement | null;
}

export interface WhileStatement extends Node {
  kind: 'While';
  condition: Expression;
  body: Statement;
}

export interface DoStatement extends Node {
  kind: 'Do';
  body: Statement;
  condition: Expression;
}

export interface ForStatement extends Node {
  kind: 'For';
  /** Either one local declaration or a list of expression statements. */
  init: LocalVarDecl | ExpressionStatement[];
  condition: Expression | null;
  update: ExpressionStatement[];
  body: Statement;
}

/** `for (T x : array) body` */
export interface ForEachStatement extends Node {
  kind: 'ForEach';
  modifiers: Modifiers;
  varType: TypeNode;
  varName: string;
  iterable: Expression;
  body: Statement;
}

export interface BreakStatement extends Node {
  kind: 'Break';
  label: string | null;
}

export interface ContinueStatement extends Node {
  kind: 'Continue';
  label: string | null;
}

export interface ReturnStatement extends Node {
  kind: 'Return';
  value: Expression | null;
}

/** Classic switch statement with `case X:` labels and fallthrough (JLS §14.11). */
export interface SwitchStatement extends Node {
  kind: 'Switch';
  selector: Expression;
  groups: SwitchGroup[];
}

/** One or more labels followed by statements; `labels` entries of null mean `default`. */
export interface SwitchGroup extends Node {
  kind: 'SwitchGroup';
  labels: (Expression | null)[];
  statements: Statement[];
}

export interface ThrowStatement extends Node {
  kind: 'Throw';
  value: Expression;
}

export interface TryStatement extends Node {
  kind: 'Try';
  block: Block;
  catches: CatchClause[];
  finally: Block | null;
}

/** `catch (A | B e)` — `types` has one entry per alternative. */
export interface CatchClause extends Node {
  kind: 'Catch';
  modifiers: Modifiers;
  types: ClassTypeNode[];
  name: string;
  body: Block;
}

export interface LabeledStatement extends Node {
  kind: 'Labeled';
  label: string;
  body: Statement;
}

export interface EmptyStatement extends Node {
  kind: 'Empty';
}

/** `this(...)` or `super(...)` as the first statement of a constructor body. */
export interface ExplicitConstructorCall extends Node {
  kind: 'ExplicitConstructorCall';
  target: 'this' | 'super';
  args: Expression[];
}

// ---------------------------------------------------------------- expressions

export type Expression =
  | Literal
  | NameExpr
  | FieldAccess
  | ArrayAccess
  | MethodCall
  | NewObject
  | NewArray
  | ArrayInitializer
  | Unary
  | Binary
  | Assign
  | Conditional
  | Cast
  | InstanceOf
  | ThisExpr
  | SuperFieldAccess
  | ClassLiteral;

export type LiteralType = 'int' | 'long' | 'float' | 'double' | 'char' | 'String' | 'boolean' | 'null';

/**
 * A literal. `text` is the source text (`0x7fff_ffff`, `1e10f`, `'\n'`); `value` is decoded:
 * int/char as number (char as its UTF-16 code unit), long as bigint, float/double as number
 * (float already rounded with Math.fround), String as the decoded string, boolean, null.
 * Integer literals out of range are reported by the builder (JLS §3.10.1); `2147483648`
 * is only legal as the operand of unary minus, which the builder folds into the literal.
 */
export interface Literal extends Node {
  kind: 'Literal';
  type: LiteralType;
  text: string;
  value: number | bigint | string | boolean | null;
}

/**
 * A simple name: a local, a field, or the first part of a qualified name. Qualified names
 * such as `a.b.c` are parsed as nested FieldAccess; the checker decides whether each prefix
 * is a package, a type or a value (JLS §6.5).
 */
export interface NameExpr extends Node {
  kind: 'Name';
  name: string;
}

export interface FieldAccess extends Node {
  kind: 'FieldAccess';
  target: Expression;
  name: string;
  nameSpan: Span;
}

/** `super.x` */
export interface SuperFieldAccess extends Node {
  kind: 'SuperFieldAccess';
  name: string;
}

export interface ArrayAccess extends Node {
  kind: 'ArrayAccess';
  array: Expression;
  index: Expression;
}

/**
 * A call. `target` null means an unqualified call `m(...)`; a Name/FieldAccess target may be a
 * type name (static call) or a value; `super` target means `super.m(...)`.
 */
export interface MethodCall extends Node {
  kind: 'MethodCall';
  target: Expression | 'super' | null;
  name: string;
  nameSpan: Span;
  args: Expression[];
}

export interface NewObject extends Node {
  kind: 'NewObject';
  type: ClassTypeNode;
  args: Expression[];
}

/**
 * `new int[n][m][]` -> element int, dims [n, m], extraDims 1, init null;
 * `new int[][] {{1}}` -> dims [], extraDims 2, init given.
 */
export interface NewArray extends Node {
  kind: 'NewArray';
  elementType: PrimitiveTypeNode | ClassTypeNode;
  dims: Expression[];
  extraDims: number;
  init: ArrayInitializer | null;
}

/** `{1, 2, {3}}` — only in a declarator or after `new T[]`. */
export interface ArrayInitializer extends Node {
  kind: 'ArrayInitializer';
  elements: (Expression | ArrayInitializer)[];
}

export type UnaryOp = '+' | '-' | '~' | '!' | 'pre++' | 'pre--' | 'post++' | 'post--';

export interface Unary extends Node {
  kind: 'Unary';
  op: UnaryOp;
  operand: Expression;
}

export type BinaryOp =
  | '*' | '/' | '%'
  | '+' | '-'
  | '<<' | '>>' | '>>>'
  | '<' | '>' | '<=' | '>='
  | '==' | '!='
  | '&' | '^' | '|'
  | '&&' | '||';

export interface Binary extends Node {
  kind: 'Binary';
  op: BinaryOp;
  left: Expression;
  right: Expression;
}

/** `=` or a compound assignment operator such as `+=`, `>>>=`. */
export type AssignOp = '=' | '*=' | '/=' | '%=' | '+=' | '-=' | '<<=' | '>>=' | '>>>=' | '&=' | '^=' | '|=';

export interface Assign extends Node {
  kind: 'Assign';
  op: AssignOp;
  target: Expression; // Name, FieldAccess, SuperFieldAccess or ArrayAccess; else a checker error
  value: Expression;
}

export interface Conditional extends Node {
  kind: 'Conditional';
  condition: Expression;
  then: Expression;
  else: Expression;
}

export interface Cast extends Node {
  kind: 'Cast';
  type: TypeNode;
  operand: Expression;
}

export interface InstanceOf extends Node {
  kind: 'InstanceOf';
  operand: Expression;
  type: TypeNode;
}

export interface ThisExpr extends Node {
  kind: 'This';
}

/** `Foo.class` — parsed so it can be rejected or supported later; the checker decides. */
export interface ClassLiteral extends Node {
  kind: 'ClassLiteral';
  type: TypeNode;
}
