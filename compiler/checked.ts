// The checked program: what the checker (compiler/check/) hands the code generator. The AST
// stays as written; every decision the checker made is recorded here in side tables keyed
// by AST node object identity. Codegen reads ONLY this file, ast.ts, symbols.ts and types.ts.

import type {
  Assign,
  Binary,
  BreakStatement,
  CatchClause,
  CompilationUnit,
  ConstructorDecl,
  ContinueStatement,
  DoStatement,
  ExplicitConstructorCall,
  Expression,
  FieldAccess,
  ForEachStatement,
  ForStatement,
  InitializerDecl,
  LabeledStatement,
  MethodCall,
  MethodDecl,
  NameExpr,
  NewObject,
  Parameter,
  Statement,
  SuperFieldAccess,
  SwitchGroup,
  SwitchStatement,
  TypeDecl,
  TypeNode,
  Unary,
  VariableDeclarator,
  WhileStatement,
} from './ast.ts';
import type { ClassSymbol, FieldSymbol, LocalVar, MethodSymbol, SymbolTable } from './symbols.ts';
import type { Constant, PrimitiveType, Type } from './types.ts';

/** One class or interface compiled from source. */
export interface CheckedClass {
  readonly symbol: ClassSymbol;
  readonly decl: TypeDecl;
  readonly unit: CompilationUnit;
  /**
   * The implicit no-arg constructor (JLS §8.8.9) when the class declares none (null for
   * interfaces and when constructors are declared). Its body is: `super()` (calling
   * `defaultConstructorSuper`), then field initializers and instance initializers.
   */
  readonly defaultConstructor: MethodSymbol | null;
  /** The superclass constructor the default constructor calls (null for Object/interfaces). */
  readonly defaultConstructorSuper: MethodSymbol | null;
}

/**
 * How a Name / FieldAccess / SuperFieldAccess expression was resolved (JLS §6.5).
 * - local: a local variable or parameter.
 * - field: `receiver` says how the object is obtained:
 *     'this'  — implicit `this` (a simple name for an instance field), or `super.f` (load this);
 *     'expression' — evaluate the FieldAccess target (instance field of a value);
 *     'none'  — static field via a simple name or a type name: nothing to evaluate;
 *     'discard' — static field reached through a value expression (`obj.STATIC`): evaluate
 *                 the target for its side effects, pop it, then getstatic (JLS §15.11.1).
 *   `qualifyingClass` is the class to name in the Fieldref (JLS §13.1).
 *   If the expression is also in `constants`, codegen pushes the constant instead of any
 *   field access (constant inlining; only for simple names and TypeName.f, per JLS §15.29).
 * - type / package: the expression names a type or package; it only ever appears as the
 *   target of a FieldAccess or MethodCall and is never evaluated.
 * - arrayLength: `expr.length` on an array (arraylength).
 */
export type NameResolution =
  | { readonly kind: 'local'; readonly local: LocalVar }
  | {
      readonly kind: 'field';
      readonly field: FieldSymbol;
      readonly receiver: 'this' | 'expression' | 'none' | 'discard';
      readonly qualifyingClass: ClassSymbol;
    }
  | { readonly kind: 'type'; readonly symbol: ClassSymbol }
  | { readonly kind: 'package'; readonly name: string }
  | { readonly kind: 'arrayLength' };

/** JVM invocation instruction for a call (JVMS §6.5 invoke*). */
export type InvokeKind = 'static' | 'virtual' | 'interface' | 'special';

/**
 * A resolved call. For MethodCall, `receiver` says how the object is obtained:
 *   'this' — unqualified call of an instance method (load `this`), or `super.m()` (load
 *            `this`, invokespecial);
 *   'expression' — evaluate the target expression;
 *   'none' — static method by simple name or type name;
 *   'discard' — static method through a value expression: evaluate target, pop it.
 * For NewObject: kind 'special', method the constructor, receiver 'none' (codegen emits
 * new/dup then args then invokespecial). For ExplicitConstructorCall: kind 'special',
 * receiver 'this'.
 * Arguments are converted by codegen from their `exprTypes` to `method.params[i]`
 * (widening primitive or nothing: overloads use only widening/subtyping, JLS §15.12.2.2).
 * `qualifyingClass` is the class named in the Methodref/InterfaceMethodref (JLS §13.1):
 * the static type of the target (or the current class for unqualified calls, the
 * superclass for super.m()); for methods of Object called on an interface or array it is
 * java/lang/Object (with kind 'virtual').
 */
export interface CallResolution {
  readonly method: MethodSymbol;
  readonly kind: InvokeKind;
  readonly receiver: 'this' | 'expression' | 'none' | 'discard';
  readonly qualifyingClass: ClassSymbol;
  /**
   * For `T[].clone()` (JLS §10.7): the array type T[]. Codegen then names the array class in
   * the invokevirtual and checkcasts the Object result to T[], as javac does.
   */
  readonly arrayClone?: Type;
}

/** A switch statement (JLS §14.11) as codegen needs it. */
export interface SwitchInfo {
  /** 'int' covers int, char, short and byte selectors; 'string' switches on String.equals/hashCode. */
  readonly kind: 'int' | 'string';
  /** Every case label with its constant value (int as a number, String as a string). */
  readonly cases: readonly { readonly value: number | string; readonly group: SwitchGroup; readonly label: Expression }[];
  /** The group holding `default:`, if any. */
  readonly defaultGroup: SwitchGroup | null;
}

/** Hidden locals the checker allocated for an enhanced for over an array (JLS §14.14.2). */
export interface ForEachInfo {
  /** The loop variable. */
  readonly variable: LocalVar;
  /** Holds the evaluated array expression. */
  readonly arrayTemp: LocalVar;
  /** The int index. */
  readonly indexTemp: LocalVar;
  /** The array's element type (the loop variable's type may be wider). */
  readonly elementType: Type;
}

/** Per method / constructor / initializer body. */
export interface BodyInfo {
  /**
   * Number of local slots the checker used (max over the body, incl. `this` and params).
   * Codegen may allocate its own temporaries (finally return values, switch temps) from
   * this slot upward. Locals of instance initializer blocks already start above every
   * constructor's parameters (slot 1 + the largest parameter count), so they can be inlined
   * into any constructor as they are; a constructor's localCount covers them too.
   */
  readonly localCount: number;
  /** For constructors: whether the body starts with `this(...)` (then no field initializers run here). */
  readonly callsThis: boolean;
  /**
   * For constructors without an explicit this(...)/super(...): the superclass constructor
   * to call implicitly (JLS §8.8.7); null for Object and for non-constructors.
   */
  readonly implicitSuper: MethodSymbol | null;
  /** Whether control can fall off the end of the body (codegen then emits `return` for void). */
  readonly completesNormally: boolean;
}

/** A loop, switch or labeled statement that break/continue can target. */
export type JumpTarget =
  | WhileStatement
  | DoStatement
  | ForStatement
  | ForEachStatement
  | SwitchStatement
  | LabeledStatement;

/** Everything the code generator needs; all maps are keyed by AST node identity. */
export interface CheckedProgram {
  readonly classes: readonly CheckedClass[];
  readonly symbols: SymbolTable;

  /** Every expression's type after resolution, before assignment/invocation conversion. */
  readonly exprTypes: Map<Expression, Type>;
  /** Compile-time constant values (JLS §15.29), folded with Java's exact arithmetic. */
  readonly constants: Map<Expression, Constant>;
  /** Resolved every TypeNode the checker looked at (declarations, casts, instanceof, new). */
  readonly typeNodes: Map<TypeNode, Type>;

  readonly names: Map<NameExpr | FieldAccess | SuperFieldAccess, NameResolution>;
  readonly calls: Map<MethodCall | NewObject | ExplicitConstructorCall, CallResolution>;

  /** Symbols of declarations: methods/constructors and fields. */
  readonly methods: Map<MethodDecl | ConstructorDecl, MethodSymbol>;
  readonly fields: Map<VariableDeclarator, FieldSymbol>;
  /** The LocalVar for each local declarator, parameter, catch parameter and foreach variable. */
  readonly locals: Map<VariableDeclarator | Parameter | CatchClause | ForEachStatement, LocalVar>;
  readonly forEach: Map<ForEachStatement, ForEachInfo>;
  /** The catch types of each catch clause (one per alternative of a multi-catch). */
  readonly catchTypes: Map<CatchClause, ClassSymbol[]>;
  readonly bodies: Map<MethodDecl | ConstructorDecl | InitializerDecl, BodyInfo>;

  /**
   * Binary `+` nodes and `+=` assignments that are string concatenation (JLS §15.18.1).
   * Operands of any type are converted with String.valueOf semantics (null -> "null").
   */
  readonly stringConcat: Set<Binary | Assign>;
  /**
   * The type in which a binary operator computes (JLS §15.17-15.24): the promoted operand
   * type for arithmetic, comparison and bitwise ops; for shifts the LEFT operand's promoted
   * type (the right operand is promoted separately and, if long, narrowed to int);
   * boolean for &&, ||, and boolean &,|,^,==,!=; the reference type (any) for reference ==.
   * Absent for string concatenation.
   */
  readonly operandTypes: Map<Binary, Type>;
  /**
   * For compound assignments `a op= b` (JLS §15.26.2): the type the operation is computed in
   * (promoted type, or String for string +=); the result is then narrowed back to a's type.
   * For ++/-- (Unary), the promoted type of the operand (int for byte/short/char).
   */
  readonly operationTypes: Map<Assign | Unary, PrimitiveType | Type>;

  readonly switches: Map<SwitchStatement, SwitchInfo>;
  /** break -> the statement it exits; continue -> the loop it continues. */
  readonly jumpTargets: Map<BreakStatement | ContinueStatement, JumpTarget>;
  /**
   * JLS §14.22: whether each statement in a body can complete normally. Statements absent
   * from the map are unreachable (never happens in an accepted program).
   */
  readonly completesNormally: Map<Statement, boolean>;
}
