// Type names: builds each compilation unit's import scope (JLS §7.5; java.lang.* implicit)
// and resolves type names as written (simple, qualified, primitive, array) to Types
// (JLS §6.5.5), checking that the class is accessible (JLS §6.6.1). Records typeNodes.

import type { ClassTypeNode, CompilationUnit, QualifiedName, Span, TypeNode } from '../ast.ts';
import { Access } from '../../vm/bytecode/classfile.ts';
import type { ClassSymbol } from '../symbols.ts';
import { T, arrayOf, classType, primitive, type Type } from '../types.ts';
import type { Checker, FileScope } from './context.ts';

const dotted = (internal: string): string => internal.replace(/\//g, '.');

/** Builds the import scope of a unit, reporting imports that name nothing. */
export function buildFileScope(chk: Checker, unit: CompilationUnit): FileScope {
  const pkg = unit.packageName ? unit.packageName.parts.join('/') : '';
  const scope: FileScope = { unit, pkg, singleImports: new Map(), onDemand: [] };
  for (const imp of unit.imports) {
    const internal = imp.name.parts.join('/');
    if (imp.onDemand) {
      // Reported only when the package is known not to exist (see SymbolTable.packageExists).
      if (chk.table.packageExists(internal) === false && !chk.table.lookupClass(internal)) {
        chk.report('PackageDoesNotExist', imp.name.span, dotted(internal));
      } else if (!scope.onDemand.includes(internal)) scope.onDemand.push(internal);
      continue;
    }
    const sym = chk.table.lookupClass(internal);
    if (!sym) {
      reportMissingClass(chk, imp.name.parts, imp.name.span);
      continue;
    }
    checkClassAccessible(chk, sym, pkg, imp.name.span);
    const simple = imp.name.parts[imp.name.parts.length - 1]!;
    const prev = scope.singleImports.get(simple);
    if (prev && prev !== sym) {
      chk.report('AlreadyDefined', imp.span, 'a type with the same simple name', simple, 'a single-type-import');
      continue;
    }
    scope.singleImports.set(simple, sym);
  }
  // JLS §7.5.1: a single-type import may not clash with a type declared in the same unit.
  for (const decl of unit.types) {
    const imported = scope.singleImports.get(decl.name);
    if (imported && imported.internalName !== (pkg ? `${pkg}/${decl.name}` : decl.name)) {
      const imp = unit.imports.find((i) => !i.onDemand && i.name.parts[i.name.parts.length - 1] === decl.name);
      chk.report('AlreadyDefined', imp?.span ?? decl.nameSpan, 'type', decl.name, 'this compilation unit');
    }
  }
  if (!scope.onDemand.includes('java/lang')) scope.onDemand.push('java/lang');
  chk.files.set(unit, scope);
  return scope;
}

/** "package a.b does not exist" when the prefix names no package, else "cannot find symbol". */
function reportMissingClass(chk: Checker, parts: string[], span: Span): void {
  const bad = chk.table.binaryErrors.get(parts.join('/'));
  if (bad !== undefined) {
    chk.report('CannotFindSymbol', span, `class ${parts[parts.length - 1]} (its class file is unusable: ${bad.split('\n')[0]})`);
    return;
  }
  const pkg = parts.slice(0, -1).join('/');
  if (pkg !== '' && chk.table.packageExists(pkg) !== true && !chk.table.lookupClass(pkg)) {
    chk.report('PackageDoesNotExist', span, dotted(pkg));
  } else {
    chk.report('CannotFindSymbol', span, `class ${parts[parts.length - 1]}`);
  }
}

/** JLS §6.6.1: a non-public class is only accessible inside its own package. */
export function checkClassAccessible(chk: Checker, sym: ClassSymbol, fromPkg: string, span: Span): boolean {
  if ((sym.access & Access.PUBLIC) !== 0 || sym.packageName === fromPkg) return true;
  chk.report('ClassNotAccessible', span, sym.name, dotted(sym.packageName));
  return false;
}

/**
 * Resolves a simple type name in a file's scope without reporting (JLS §6.4.1 shadowing:
 * single-type imports, then the unit's own package, then on-demand imports).
 * Returns 'ambiguous' with the two candidates when on-demand imports clash.
 */
export function lookupSimpleType(
  chk: Checker,
  scope: FileScope,
  name: string,
): ClassSymbol | null | { ambiguous: [ClassSymbol, ClassSymbol] } {
  const single = scope.singleImports.get(name);
  if (single) return single;
  const own = chk.table.lookupClass(scope.pkg === '' ? name : `${scope.pkg}/${name}`);
  if (own) return own;
  let found: ClassSymbol | null = null;
  for (const pkg of scope.onDemand) {
    const c = chk.table.lookupClass(`${pkg}/${name}`);
    if (!c || (c.access & Access.PUBLIC) === 0) continue;
    if (found && found !== c) return { ambiguous: [found, c] };
    found = c;
  }
  return found;
}

/** Resolves a (possibly qualified) class name, reporting failures; null if not found. */
export function resolveClassName(chk: Checker, scope: FileScope, name: QualifiedName): ClassSymbol | null {
  const parts = name.parts;
  if (parts.length === 1) {
    const r = lookupSimpleType(chk, scope, parts[0]!);
    if (r && 'ambiguous' in r) {
      chk.report('AmbiguousClass', name.span, parts[0]!, dotted(r.ambiguous[0].internalName), dotted(r.ambiguous[1].internalName));
      return r.ambiguous[0];
    }
    if (!r) {
      const candidates = [scope.pkg === '' ? parts[0]! : `${scope.pkg}/${parts[0]}`, ...scope.onDemand.map((p) => `${p}/${parts[0]}`)];
      const bad = candidates.map((c) => chk.table.binaryErrors.get(c)).find((m) => m !== undefined);
      chk.report('CannotFindSymbol', name.span, `class ${parts[0]}${bad ? ` (its class file is unusable: ${bad.split('\n')[0]})` : ''}`);
    }
    else checkClassAccessible(chk, r, scope.pkg, name.span);
    return r;
  }
  // A qualified name: the prefix is a type (then this would be a member type: unsupported)
  // or a package (JLS §6.5.5.2).
  const first = lookupSimpleType(chk, scope, parts[0]!);
  if (first && !('ambiguous' in first)) {
    chk.report('CannotFindSymbol', name.span, `class ${parts.slice(1).join('.')} (member types are not supported)`);
    return null;
  }
  const sym = chk.table.lookupClass(parts.join('/'));
  if (!sym) {
    reportMissingClass(chk, parts, name.span);
    return null;
  }
  checkClassAccessible(chk, sym, scope.pkg, name.span);
  return sym;
}

/** Resolves a written type to a Type and records it; T.error after reporting. */
export function resolveType(chk: Checker, scope: FileScope, node: TypeNode): Type {
  const t = resolveTypeInner(chk, scope, node);
  chk.out.typeNodes.set(node, t);
  return t;
}

function resolveTypeInner(chk: Checker, scope: FileScope, node: TypeNode): Type {
  switch (node.kind) {
    case 'PrimitiveType':
      return primitive(node.name);
    case 'VoidType':
      return T.void;
    case 'ArrayType': {
      const el = resolveType(chk, scope, node.element);
      if (el.kind === 'void') {
        chk.report('VoidNotAllowed', node.span);
        return T.error;
      }
      return el.kind === 'error' ? T.error : arrayOf(el);
    }
    case 'ClassType':
      return resolveClassType(chk, scope, node);
  }
}

export function resolveClassType(chk: Checker, scope: FileScope, node: ClassTypeNode): Type {
  const sym = resolveClassName(chk, scope, node.name);
  const t = sym ? classType(sym) : T.error;
  chk.out.typeNodes.set(node, t);
  return t;
}
