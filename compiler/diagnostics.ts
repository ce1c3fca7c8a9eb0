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
  // {0} is a plural feature name: "generics", "lambda expressions", "nested classes"...
  UnsupportedFeature: def('RF1003', '{0} are not supported in Ringfence (outside the language subset)'),
  IntegerLiteralTooLarge: def('RF1004', 'integer number too large: {0}'),
  MalformedLiteral: def('RF1005', 'malformed literal: {0}'),
  UnterminatedString: def('RF1006', 'unclosed string literal'),
  UnterminatedComment: def('RF1007', 'unclosed comment'),
  IllegalEscape: def('RF1008', 'illegal escape character in literal: {0}'),
  FloatLiteralTooLarge: def('RF1009', 'floating-point number too large: {0}'),
  FloatLiteralTooSmall: def('RF1010', 'floating-point number too small: {0}'),
  NestingTooDeep: def('RF1011', 'code is nested too deeply to compile'),
  // ---- end of RF1xxx

  // ---- RF2xxx: names and types (owned by the checker)
  CannotFindSymbol: def('RF2001', 'cannot find symbol: {0}'),
  IncompatibleTypes: def('RF2002', 'incompatible types: {0} cannot be converted to {1}'),
  PossibleLossyConversion: def('RF2003', 'incompatible types: possible lossy conversion from {0} to {1}'),
  AlreadyDefined: def('RF2004', '{0} {1} is already defined in {2}'),
  NonStaticFromStatic: def('RF2005', 'non-static {0} {1} cannot be referenced from a static context'),
  NotAccessible: def('RF2006', '{0} has {1} access in {2}'),
  ClassNotAccessible: def('RF2007', '{0} is not public in {1}; cannot be accessed from outside package'),
  BadOperandTypesBinary: def('RF2008', "bad operand types for binary operator '{0}' (first type: {1}, second type: {2})"),
  BadOperandTypeUnary: def('RF2009', "bad operand type {1} for unary operator '{0}'"),
  IncomparableTypes: def('RF2010', 'incomparable types: {0} and {1}'),
  CannotBeDereferenced: def('RF2011', '{0} cannot be dereferenced'),
  ArrayRequired: def('RF2012', 'array required, but {0} found'),
  MethodCannotBeApplied: def('RF2013', '{0} {1} in {2} {3} cannot be applied to given types (required: {4}; found: {5})'),
  NoSuitableMethod: def('RF2014', 'no suitable {0} found for {1}({2})'),
  AmbiguousMethod: def('RF2015', 'reference to {0} is ambiguous: both {1} and {2} match'),
  VoidNotAllowed: def('RF2016', "'void' type not allowed here"),
  UnexpectedType: def('RF2017', 'unexpected type: required {0}, found {1}'),
  AbstractInstantiation: def('RF2018', '{0} is abstract; cannot be instantiated'),
  CannotAssignFinal: def('RF2019', 'cannot assign a value to final variable {0}'),
  BoxingNotSupported: def('RF2020', 'incompatible types: {0} cannot be converted to {1} (autoboxing is not supported in Ringfence)'),
  ConstantExpressionRequired: def('RF2021', 'constant expression required'),
  DuplicateCaseLabel: def('RF2022', 'duplicate case label'),
  DuplicateDefaultLabel: def('RF2023', 'duplicate default label'),
  PackageDoesNotExist: def('RF2024', 'package {0} does not exist'),
  AmbiguousClass: def('RF2025', 'reference to {0} is ambiguous: both {1} and {2} match'),
  IllegalForwardReference: def('RF2026', 'illegal forward reference'),
  CannotReferenceBeforeSuper: def('RF2027', 'cannot reference {0} before supertype constructor has been called'),
  AbstractMethodCall: def('RF2028', 'abstract method {0} in {1} cannot be accessed directly'),
  UnexpectedReturnValue: def('RF2029', 'incompatible types: unexpected return value'),
  MissingReturnValue: def('RF2030', 'incompatible types: missing return value'),
  ReturnOutsideMethod: def('RF2031', 'return outside method'),
  ForEachNotApplicable: def('RF2032', 'for-each not applicable to expression type (required: array, found: {0})'),
  IllegalInitializer: def('RF2033', 'illegal initializer for {0}'),
  FinalParameterAssigned: def('RF2034', 'final parameter {0} may not be assigned'),
  MultiCatchParameterAssigned: def('RF2035', 'multi-catch parameter {0} may not be assigned'),
  MultiCatchRelated: def('RF2036', 'Alternatives in a multi-catch statement cannot be related by subclassing (alternative {0} is a subclass of alternative {1})'),
  LabelAlreadyInUse: def('RF2037', 'label {0} already in use'),
  NotAStatementExpression: def('RF2038', 'not a statement'),
  ClassLiteralUnsupported: def('RF2039', 'class literals (T.class) are not supported in Ringfence'),
  CaseLabelNotAssignable: def('RF2040', 'incompatible types: {0} cannot be converted to {1} (case label)'),
  SwitchTypeUnsupported: def('RF2041', 'switch on {0} is not supported (int, char, short, byte or String required)'),
  CheckerInternalError: def('RF2099', 'internal checker error while checking this file: {0}'),
  // ---- end of RF2xxx

  // ---- RF3xxx: definite assignment and flow (owned by the checker)
  VariableMightNotBeInitialized: def('RF3001', 'variable {0} might not have been initialized'),
  MissingReturn: def('RF3002', 'missing return statement'),
  UnreachableStatement: def('RF3003', 'unreachable statement'),
  VariableMightAlreadyBeAssigned: def('RF3004', 'variable {0} might already have been assigned'),
  VariableAssignedInLoop: def('RF3005', 'variable {0} might be assigned in loop'),
  NotInitializedInDefaultConstructor: def('RF3006', 'variable {0} not initialized in the default constructor'),
  UnreportedException: def('RF3007', 'unreported exception {0}; must be caught or declared to be thrown'),
  ExceptionNeverThrown: def('RF3008', 'exception {0} is never thrown in body of corresponding try statement'),
  InitializerMustCompleteNormally: def('RF3009', 'initializer must be able to complete normally'),
  UndefinedLabel: def('RF3010', 'undefined label: {0}'),
  NotALoopLabel: def('RF3011', 'not a loop label: {0}'),
  BreakOutsideLoop: def('RF3012', 'break outside switch or loop'),
  ContinueOutsideLoop: def('RF3013', 'continue outside of loop'),
  ExceptionAlreadyCaught: def('RF3014', 'exception {0} has already been caught'),
  // ---- end of RF3xxx

  // ---- RF4xxx: class-level rules (owned by the checker)
  MethodDoesNotOverride: def('RF4001', 'method does not override or implement a method from a supertype'),
  RepeatedModifier: def('RF4002', 'repeated modifier'),
  ModifierNotAllowed: def('RF4003', 'modifier {0} not allowed here'),
  IllegalModifierCombination: def('RF4004', 'illegal combination of modifiers: {0} and {1}'),
  CannotInheritFromFinal: def('RF4005', 'cannot inherit from final {0}'),
  InterfaceExpected: def('RF4006', 'interface expected here'),
  NoInterfaceExpected: def('RF4007', 'no interface expected here'),
  CyclicInheritance: def('RF4008', 'cyclic inheritance involving {0}'),
  DoesNotOverrideAbstract: def('RF4009', '{0} is not abstract and does not override abstract method {1} in {2}'),
  CannotOverride: def('RF4010', '{0} in {1} cannot {2} {3} in {4}; {5}'),
  AbstractMethodHasBody: def('RF4011', 'abstract methods cannot have a body'),
  MissingMethodBody: def('RF4012', 'missing method body, or declare abstract'),
  NativeMethodHasBody: def('RF4013', 'native methods cannot have a body'),
  InvalidMethodDeclaration: def('RF4014', 'invalid method declaration; return type required'),
  RecursiveConstructorInvocation: def('RF4015', 'recursive constructor invocation'),
  CtorCallNotFirst: def('RF4016', 'call to {0} must be first statement in constructor'),
  InterfaceMethodBody: def('RF4017', 'interface methods with bodies (default and static interface methods) are not supported in Ringfence'),
  InterfaceFieldNeedsInitializer: def('RF4018', '= expected: interface field {0} must be initialized'),
  DuplicateClass: def('RF4019', 'duplicate class: {0}'),
  PublicClassWrongFile: def('RF4020', 'class {0} is public, should be declared in a file named {0}.java'),
  InterfaceMember: def('RF4021', '{0} not allowed in an interface'),
  RepeatedInterface: def('RF4022', 'repeated interface'),
  IncompatibleInheritedMethods: def('RF4023', 'types {0} and {1} are incompatible; both define {2}, but with unrelated return types'),
  // ---- end of RF4xxx

  // ---- RF9xxx: class-file limits and internal errors (owned by codegen and compile.ts)
  CodeTooLarge: def('RF9001', 'code too large: {0}'),
  TooManyConstants: def('RF9002', 'too many constants: {0}'),
  InternalCompilerError: def('RF9003', 'internal compiler error: {0}'),
  // ---- end of RF9xxx
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
