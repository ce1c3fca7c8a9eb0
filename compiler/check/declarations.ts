// Declaration phase: enters every source class into the symbol table, resolves supertypes
// (JLS §8.1.4-8.1.5, §9.1.3), checks class/member modifiers (JLS §8.1.1, §8.3.1, §8.4.3,
// §9.3, §9.4) and builds FieldSymbols and MethodSymbols, incl. default constructors (§8.8.9).

import type {
  CompilationUnit,
  ConstructorDecl,
  FieldDecl,
  MethodDecl,
  Modifier,
  Modifiers,
  Span,
  TypeDecl,
} from '../ast.ts';
import { Access } from '../../vm/bytecode/classfile.ts';
import type { CheckedClass } from '../checked.ts';
import { isAbstract, isFinal, type ClassSymbol, type FieldSymbol, type MethodSymbol } from '../symbols.ts';
import { T, isSubclassSymbol, methodDescriptor, typeToString, type Type } from '../types.ts';
import type { Checker, FileScope } from './context.ts';
import { buildFileScope, resolveClassType, resolveType } from './type-names.ts';

const MODIFIER_FLAGS: Record<Modifier, number> = {
  public: Access.PUBLIC,
  protected: Access.PROTECTED,
  private: Access.PRIVATE,
  static: Access.STATIC,
  final: Access.FINAL,
  abstract: Access.ABSTRACT,
  native: Access.NATIVE,
};
export const VISIBILITY = Access.PUBLIC | Access.PROTECTED | Access.PRIVATE;

/**
 * Turns a modifier list into access flags, reporting repeats, modifiers not in `allowed`,
 * and more than one of public/protected/private (JLS §8.3.1).
 */
export function modifierFlags(chk: Checker, mods: Modifiers, allowed: readonly Modifier[]): number {
  let flags = 0;
  const seen = new Set<Modifier>();
  let visibility: Modifier | null = null;
  for (const { modifier, span } of mods.list) {
    if (seen.has(modifier)) {
      chk.report('RepeatedModifier', span);
      continue;
    }
    seen.add(modifier);
    if (!allowed.includes(modifier)) {
      chk.report('ModifierNotAllowed', span, modifier);
      continue;
    }
    if (modifier === 'public' || modifier === 'protected' || modifier === 'private') {
      if (visibility) {
        chk.report('IllegalModifierCombination', span, visibility, modifier);
        continue;
      }
      visibility = modifier;
    }
    flags |= MODIFIER_FLAGS[modifier];
  }
  return flags;
}

function modSpan(mods: Modifiers, m: Modifier, fallback: Span): Span {
  return mods.list.find((x) => x.modifier === m)?.span ?? fallback;
}

/** Reports `a` together with any of `others` (the later one's span), e.g. abstract+final. */
function forbidCombination(chk: Checker, mods: Modifiers, flags: number, a: Modifier, others: Modifier[], span: Span): void {
  if ((flags & MODIFIER_FLAGS[a]) === 0) return;
  for (const o of others) {
    if ((flags & MODIFIER_FLAGS[o]) !== 0) chk.report('IllegalModifierCombination', modSpan(mods, o, span), a, o);
  }
}

// ---------------------------------------------------------------- entering classes

/** Creates and registers a ClassSymbol for every type declaration; returns them with their units. */
export function enterClasses(chk: Checker, units: CompilationUnit[]): { sym: ClassSymbol; decl: TypeDecl; unit: CompilationUnit }[] {
  const entered: { sym: ClassSymbol; decl: TypeDecl; unit: CompilationUnit }[] = [];
  for (const unit of units) {
    const pkg = unit.packageName ? unit.packageName.parts.join('/') : '';
    for (const decl of unit.types) {
      const sym = classSymbolFor(chk, decl, unit, pkg);
      if (!chk.table.addSource(sym)) {
        chk.report('DuplicateClass', decl.nameSpan, pkg ? `${pkg.replace(/\//g, '.')}.${decl.name}` : decl.name);
        continue;
      }
      checkPublicFileName(chk, decl, sym);
      entered.push({ sym, decl, unit });
    }
  }
  for (const unit of units) buildFileScope(chk, unit);
  return entered;
}

function classSymbolFor(chk: Checker, decl: TypeDecl, unit: CompilationUnit, pkg: string): ClassSymbol {
  const isInterface = decl.kind === 'InterfaceDecl';
  const allowed: Modifier[] = isInterface ? ['public', 'abstract'] : ['public', 'abstract', 'final'];
  let access = modifierFlags(chk, decl.modifiers, allowed);
  if (isInterface) access |= Access.INTERFACE | Access.ABSTRACT;
  else {
    forbidCombination(chk, decl.modifiers, access, 'abstract', ['final'], decl.nameSpan);
    access |= Access.SUPER;
  }
  return {
    kind: 'class',
    internalName: pkg ? `${pkg}/${decl.name}` : decl.name,
    name: decl.name,
    packageName: pkg,
    access,
    isInterface,
    superclass: null,
    interfaces: [],
    fields: [],
    methods: [],
    origin: { kind: 'source', decl, unit },
  };
}

/** JLS §7.6 (as javac enforces it): a public class lives in a file named after it. */
function checkPublicFileName(chk: Checker, decl: TypeDecl, sym: ClassSymbol): void {
  if ((sym.access & Access.PUBLIC) === 0) return;
  const base = decl.span.file.replace(/^.*[\\/]/, '');
  if (base.endsWith('.java') && base !== `${decl.name}.java`) chk.report('PublicClassWrongFile', decl.nameSpan, decl.name);
}

// ---------------------------------------------------------------- supertypes

export function resolveSupertypes(chk: Checker, sym: ClassSymbol, decl: TypeDecl, scope: FileScope): void {
  const object = sym.internalName === 'java/lang/Object' ? null : chk.cls('java/lang/Object');
  if (decl.kind === 'ClassDecl') {
    sym.superclass = object;
    if (decl.superclass) {
      const t = resolveClassType(chk, scope, decl.superclass);
      if (t.kind === 'class') {
        if (t.symbol.isInterface) chk.report('NoInterfaceExpected', decl.superclass.span);
        else if (isFinal(t.symbol)) chk.report('CannotInheritFromFinal', decl.superclass.span, t.symbol.name);
        else sym.superclass = t.symbol;
      }
    }
  }
  const list = decl.kind === 'ClassDecl' ? decl.interfaces : decl.superinterfaces;
  for (const node of list) {
    const t = resolveClassType(chk, scope, node);
    if (t.kind !== 'class') continue;
    if (!t.symbol.isInterface) chk.report('InterfaceExpected', node.span);
    else if (sym.interfaces.includes(t.symbol)) chk.report('RepeatedInterface', node.span);
    else sym.interfaces.push(t.symbol);
  }
}

/** Reports and breaks inheritance cycles (JLS §8.1.4) so later phases can walk supertypes safely. */
export function breakCycles(chk: Checker, sym: ClassSymbol, decl: TypeDecl): void {
  const reaches = (from: ClassSymbol, seen: Set<ClassSymbol>): boolean => {
    if (from === sym) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return [from.superclass, ...from.interfaces].some((s) => s !== null && reaches(s, seen));
  };
  const direct = [sym.superclass, ...sym.interfaces].filter((s): s is ClassSymbol => s !== null);
  if (direct.some((s) => reaches(s, new Set()))) {
    chk.report('CyclicInheritance', decl.nameSpan, sym.name);
    sym.superclass = sym.isInterface || sym.internalName === 'java/lang/Object' ? null : chk.cls('java/lang/Object');
    if (sym.superclass && reaches(sym.superclass, new Set())) sym.superclass = null;
    sym.interfaces = [];
  }
}

// ---------------------------------------------------------------- members

/** javac's spelling of a method for messages: m(int,String). */
export function methodSig(m: MethodSymbol): string {
  const name = m.isConstructor ? m.owner.name : m.name;
  return `${name}(${m.params.map(typeToString).join(',')})`;
}

/** Builds field and method symbols of one class; returns its CheckedClass. */
export function enterMembers(chk: Checker, sym: ClassSymbol, decl: TypeDecl, scope: FileScope): CheckedClass {
  let hasCtor = false;
  for (const member of decl.members) {
    switch (member.kind) {
      case 'FieldDecl':
        enterField(chk, sym, member, scope);
        break;
      case 'MethodDecl':
        enterMethod(chk, sym, member, scope);
        break;
      case 'ConstructorDecl':
        hasCtor = true;
        enterConstructor(chk, sym, member, scope);
        break;
      case 'InitializerDecl':
        if (sym.isInterface) chk.report('InterfaceMember', member.span, 'initializer');
        break;
    }
  }
  let defaultConstructor: MethodSymbol | null = null;
  if (!hasCtor && decl.kind === 'ClassDecl') {
    defaultConstructor = {
      kind: 'method',
      owner: sym,
      name: '<init>',
      params: [],
      returnType: T.void,
      access: sym.access & Access.PUBLIC, // JLS §8.8.9: same access as the class
      descriptor: '()V',
      throws: [],
      isConstructor: true,
      decl: null,
    };
    sym.methods.push(defaultConstructor);
  }
  return { symbol: sym, decl, unit: scope.unit, defaultConstructor, defaultConstructorSuper: null };
}

function enterField(chk: Checker, sym: ClassSymbol, f: FieldDecl, scope: FileScope): void {
  const allowed: Modifier[] = sym.isInterface ? ['public', 'static', 'final'] : ['public', 'protected', 'private', 'static', 'final'];
  let access = modifierFlags(chk, f.modifiers, allowed);
  if (sym.isInterface) access |= Access.PUBLIC | Access.STATIC | Access.FINAL; // JLS §9.3
  for (const d of f.declarators) {
    const type = resolveType(chk, scope, d.type);
    if (type.kind === 'void') chk.report('VoidNotAllowed', d.type.span);
    if (sym.fields.some((x) => x.name === d.name)) {
      chk.report('AlreadyDefined', d.span, 'variable', d.name, `class ${sym.name}`);
      continue;
    }
    if (sym.isInterface && d.init === null) chk.report('InterfaceFieldNeedsInitializer', d.span, d.name);
    const field: FieldSymbol = { kind: 'field', owner: sym, name: d.name, type: type.kind === 'void' ? T.error : type, access, constantValue: null, decl: d };
    sym.fields.push(field);
    chk.out.fields.set(d, field);
  }
}

function resolveParams(chk: Checker, m: MethodDecl | ConstructorDecl, scope: FileScope): Type[] {
  const names = new Set<string>();
  return m.params.map((p) => {
    modifierFlags(chk, p.modifiers, ['final']);
    if (names.has(p.name)) chk.report('AlreadyDefined', p.span, 'variable', p.name, `method ${m.name}`);
    names.add(p.name);
    const t = resolveType(chk, scope, p.type);
    if (t.kind === 'void') {
      chk.report('VoidNotAllowed', p.type.span);
      return T.error;
    }
    return t;
  });
}

function resolveThrows(chk: Checker, m: MethodDecl | ConstructorDecl, scope: FileScope): ClassSymbol[] {
  const throwable = chk.cls('java/lang/Throwable');
  const out: ClassSymbol[] = [];
  for (const node of m.throws) {
    const t = resolveClassType(chk, scope, node);
    if (t.kind !== 'class') continue;
    if (throwable && !isSubclassSymbol(t.symbol, throwable)) {
      chk.report('IncompatibleTypes', node.span, t.symbol.name, 'Throwable');
      continue;
    }
    out.push(t.symbol);
  }
  return out;
}

function addMethod(chk: Checker, sym: ClassSymbol, m: MethodSymbol, span: Span): void {
  const dup = sym.methods.find((x) => x.name === m.name && x.descriptor.split(')')[0] === m.descriptor.split(')')[0]);
  if (dup) {
    chk.report('AlreadyDefined', span, m.isConstructor ? 'constructor' : 'method', methodSig(m), `class ${sym.name}`);
    return;
  }
  sym.methods.push(m);
}

function enterMethod(chk: Checker, sym: ClassSymbol, m: MethodDecl, scope: FileScope): void {
  const allowed: Modifier[] = sym.isInterface
    ? ['public', 'abstract', 'static']
    : ['public', 'protected', 'private', 'static', 'final', 'abstract', 'native'];
  let access = modifierFlags(chk, m.modifiers, allowed);
  forbidCombination(chk, m.modifiers, access, 'abstract', ['private', 'static', 'final', 'native'], m.nameSpan);
  if (sym.isInterface) {
    if ((access & Access.STATIC) !== 0 || m.body) chk.report('InterfaceMethodBody', m.nameSpan);
    access |= Access.PUBLIC | Access.ABSTRACT; // JLS §9.4
    access &= ~Access.STATIC;
  } else if (isAbstract({ access }) && m.body) chk.report('AbstractMethodHasBody', m.nameSpan);
  else if ((access & Access.NATIVE) !== 0 && m.body) chk.report('NativeMethodHasBody', m.nameSpan);
  else if (!isAbstract({ access }) && (access & Access.NATIVE) === 0 && !m.body) chk.report('MissingMethodBody', m.nameSpan);
  const params = resolveParams(chk, m, scope);
  const returnType = resolveType(chk, scope, m.returnType);
  const sm: MethodSymbol = {
    kind: 'method',
    owner: sym,
    name: m.name,
    params,
    returnType,
    access,
    descriptor: methodDescriptor(params, returnType),
    throws: resolveThrows(chk, m, scope),
    isConstructor: false,
    decl: m,
  };
  chk.out.methods.set(m, sm);
  addMethod(chk, sym, sm, m.nameSpan);
}

function enterConstructor(chk: Checker, sym: ClassSymbol, c: ConstructorDecl, scope: FileScope): void {
  if (sym.isInterface) {
    chk.report('InterfaceMember', c.nameSpan, 'constructor');
    return;
  }
  if (c.name !== sym.name) chk.report('InvalidMethodDeclaration', c.nameSpan);
  const access = modifierFlags(chk, c.modifiers, ['public', 'protected', 'private']);
  const params = resolveParams(chk, c, scope);
  const sm: MethodSymbol = {
    kind: 'method',
    owner: sym,
    name: '<init>',
    params,
    returnType: T.void,
    access,
    descriptor: methodDescriptor(params, T.void),
    throws: resolveThrows(chk, c, scope),
    isConstructor: true,
    decl: c,
  };
  chk.out.methods.set(c, sm);
  addMethod(chk, sym, sm, c.nameSpan);
}
