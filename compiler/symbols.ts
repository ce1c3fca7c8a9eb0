// Symbols: what the checker knows about classes, fields, methods and local variables, and
// the SymbolTable that hands out ClassSymbols for source classes and, lazily, for binary
// classes decoded from class files found through a ClassLookup. Read by checker and codegen.

import type {
  CatchClause,
  CompilationUnit,
  ConstructorDecl,
  ForEachStatement,
  MethodDecl,
  Parameter,
  TypeDecl,
  VariableDeclarator,
} from './ast.ts';
import { Access, ClassFormatError, CpTag, type ClassFile } from '../vm/bytecode/classfile.ts';
import { classNameAt, entryAt, utf8At } from '../vm/bytecode/constant-pool.ts';
import { bitsToFloat } from '../vm/bytecode/constant-pool.ts';
import {
  DESCRIPTOR_PRIMITIVE,
  T,
  arrayOf,
  classType,
  methodDescriptor,
  type Constant,
  type Type,
} from './types.ts';

// ---------------------------------------------------------------- symbols

/** Where a class came from: compiled now from source, or decoded from a class file. */
export type ClassOrigin =
  | { readonly kind: 'source'; readonly decl: TypeDecl; readonly unit: CompilationUnit }
  | { readonly kind: 'binary'; readonly file: ClassFile };

export interface ClassSymbol {
  readonly kind: 'class';
  /** Internal form, e.g. "java/lang/String" or "Main" in the unnamed package. */
  readonly internalName: string;
  /** Simple name, e.g. "String". */
  readonly name: string;
  /** Package in internal form ("java/lang"), '' for the unnamed package. */
  readonly packageName: string;
  /**
   * Class-file access flags (Access.*): PUBLIC, FINAL, ABSTRACT, INTERFACE (interfaces are
   * also ABSTRACT), SUPER for classes. Set when the symbol is created.
   */
  access: number;
  readonly isInterface: boolean;
  /**
   * Direct superclass; null only for java/lang/Object and for interfaces (whose class files
   * still name java/lang/Object as super: codegen writes that). Set by the checker's
   * declaration phase for source classes, at decode time for binary ones.
   */
  superclass: ClassSymbol | null;
  /** Direct superinterfaces, in declaration order. */
  interfaces: ClassSymbol[];
  /** Declared fields, in declaration order. */
  fields: FieldSymbol[];
  /** Declared methods and constructors (named "<init>"), in declaration order; never <clinit>. */
  methods: MethodSymbol[];
  readonly origin: ClassOrigin;
}

export interface FieldSymbol {
  readonly kind: 'field';
  readonly owner: ClassSymbol;
  readonly name: string;
  type: Type;
  /** Access.* flags: PUBLIC/PRIVATE/PROTECTED, STATIC, FINAL. Interface fields are public static final. */
  access: number;
  /**
   * The value of a constant variable (JLS §4.12.4: final, primitive or String, initialized
   * with a constant expression), or null. Static final constants get a ConstantValue
   * attribute and are inlined wherever read (JLS §13.1), so reading one never initializes
   * its class. For binary classes, taken from the ConstantValue attribute.
   */
  constantValue: Constant | null;
  /** The declarator in source, or null for binary fields. */
  readonly decl: VariableDeclarator | null;
}

export interface MethodSymbol {
  readonly kind: 'method';
  readonly owner: ClassSymbol;
  /** "<init>" for constructors. */
  readonly name: string;
  params: Type[];
  /** T.void for constructors and void methods. */
  returnType: Type;
  /** Access.* flags: visibility, STATIC, FINAL, ABSTRACT, NATIVE. Interface methods are public abstract. */
  access: number;
  /** JVM method descriptor, e.g. "(I)Ljava/lang/String;". Set together with params/returnType. */
  descriptor: string;
  /**
   * Declared `throws` types, in declaration order: from the throws clause for source
   * methods, from the Exceptions attribute (JVMS §4.7.5) for binary ones.
   */
  throws: ClassSymbol[];
  readonly isConstructor: boolean;
  /** The declaration in source, or null for binary methods and default constructors. */
  readonly decl: MethodDecl | ConstructorDecl | null;
}

/** What declared a local variable. */
export type LocalDeclNode = VariableDeclarator | Parameter | CatchClause | ForEachStatement | null;

/**
 * A local variable or parameter. Slots: one slot per value whatever its type (Ringfence
 * bytecode has no two-slot longs/doubles); `this` is slot 0 in instance methods and
 * constructors, parameters follow in order, then locals in declaration order. A slot is
 * reused once the block that declared its variable has ended. `decl` null means a hidden
 * temporary the checker allocated for the code generator (e.g. a for-each array copy).
 */
export interface LocalVar {
  readonly kind: 'local';
  readonly name: string;
  readonly type: Type;
  readonly slot: number;
  readonly isFinal: boolean;
  /** A final local initialized with a constant expression is a constant variable (JLS §4.12.4). */
  constantValue: Constant | null;
  readonly decl: LocalDeclNode;
}

export const isStatic = (m: { access: number }): boolean => (m.access & Access.STATIC) !== 0;
export const isFinal = (m: { access: number }): boolean => (m.access & Access.FINAL) !== 0;
export const isAbstract = (m: { access: number }): boolean => (m.access & Access.ABSTRACT) !== 0;
export const isPrivate = (m: { access: number }): boolean => (m.access & Access.PRIVATE) !== 0;
export const isPublic = (m: { access: number }): boolean => (m.access & Access.PUBLIC) !== 0;
export const isProtected = (m: { access: number }): boolean => (m.access & Access.PROTECTED) !== 0;

/** Internal name -> package in internal form ('' for the unnamed package). */
export function packageOf(internalName: string): string {
  const i = internalName.lastIndexOf('/');
  return i < 0 ? '' : internalName.slice(0, i);
}

/** Internal name -> simple name. */
export function simpleNameOf(internalName: string): string {
  return internalName.slice(internalName.lastIndexOf('/') + 1);
}

// ---------------------------------------------------------------- the symbol table

/** Finds compiled classes (a classpath, the standard library, or nothing). */
export interface ClassLookup {
  /** The class file for an internal name, or null when there is none. */
  find(internalName: string): ClassFile | null;
  /** Whether any class exists in this package (internal form); optional, used for imports. */
  hasPackage?(packageName: string): boolean;
}

/**
 * All classes the checker can see. Source classes are registered first (they shadow binary
 * ones of the same name); binary classes are decoded on first use, their supertypes too.
 * A malformed binary class is treated as absent and its error kept in `binaryErrors`.
 */
export class SymbolTable {
  private readonly classes = new Map<string, ClassSymbol | null>();
  readonly binaryErrors = new Map<string, string>();

  constructor(private readonly lookup: ClassLookup) {}

  /** Registers a source class; returns false if one of that name was already registered. */
  addSource(sym: ClassSymbol): boolean {
    if (this.classes.get(sym.internalName)) return false;
    this.classes.set(sym.internalName, sym);
    return true;
  }

  /** All source classes registered so far, in registration order. */
  sourceClasses(): ClassSymbol[] {
    return [...this.classes.values()].filter((c): c is ClassSymbol => c !== null && c.origin.kind === 'source');
  }

  /** The class of that internal name, from source or decoded lazily from a class file. */
  lookupClass(internalName: string): ClassSymbol | null {
    if (this.classes.has(internalName)) return this.classes.get(internalName) ?? null;
    const file = safeFind(this.lookup, internalName, this.binaryErrors);
    if (!file) {
      this.classes.set(internalName, null);
      return null;
    }
    try {
      return decodeBinaryClass(this, internalName, file, this.classes);
    } catch (e) {
      this.classes.set(internalName, null);
      this.binaryErrors.set(internalName, e instanceof Error ? e.message : String(e));
      return null;
    }
  }

  /**
   * Does the package exist? True if a known source or already-decoded binary class is in it;
   * otherwise the lookup's hasPackage decides, and without one the answer is `undefined`
   * (unknown: a plain ClassLookup cannot list packages).
   */
  packageExists(pkg: string): boolean | undefined {
    for (const [name, c] of this.classes) if (c && packageOf(name) === pkg) return true;
    if (this.lookup.hasPackage) {
      try {
        return this.lookup.hasPackage(pkg);
      } catch {
        return false;
      }
    }
    return undefined;
  }

  /** A field of exactly this class (not inherited), or undefined. */
  static declaredField(c: ClassSymbol, name: string): FieldSymbol | undefined {
    return c.fields.find((f) => f.name === name);
  }
}

/** Asks the lookup; a lookup that fails (e.g. an unreadable class file) counts as absent, with the reason kept. */
function safeFind(lookup: ClassLookup, name: string, errors: Map<string, string>): ClassFile | null {
  try {
    return lookup.find(name);
  } catch (e) {
    errors.set(name, e instanceof Error ? e.message : String(e));
    return null;
  }
}

// ---------------------------------------------------------------- binary class decoding

/**
 * Decodes a class file's header and members into a ClassSymbol. The symbol is put in the
 * table before its supertypes are looked up, so a (hostile) cycle cannot recurse forever.
 */
function decodeBinaryClass(
  table: SymbolTable,
  internalName: string,
  file: ClassFile,
  classes: Map<string, ClassSymbol | null>,
): ClassSymbol {
  const cp = file.constantPool;
  const thisName = classNameAt(cp, file.thisClass);
  if (thisName !== internalName) throw new ClassFormatError(`class file for ${internalName} declares ${thisName}`);
  const sym: ClassSymbol = {
    kind: 'class',
    internalName,
    name: simpleNameOf(internalName),
    packageName: packageOf(internalName),
    access: file.access,
    isInterface: (file.access & Access.INTERFACE) !== 0,
    superclass: null,
    interfaces: [],
    fields: [],
    methods: [],
    origin: { kind: 'binary', file },
  };
  classes.set(internalName, sym);
  const resolve = (n: string): ClassSymbol => {
    const c = table.lookupClass(n);
    if (!c) throw new ClassFormatError(`class ${internalName} refers to missing class ${n}`);
    return c;
  };
  if (file.superClass !== 0 && !sym.isInterface) sym.superclass = resolve(classNameAt(cp, file.superClass));
  sym.interfaces = file.interfaces.map((i) => resolve(classNameAt(cp, i)));
  for (const f of file.fields) {
    const type = parseFieldDescriptor(utf8At(cp, f.descriptorIndex), resolve);
    sym.fields.push({
      kind: 'field',
      owner: sym,
      name: utf8At(cp, f.nameIndex),
      type,
      access: f.access,
      constantValue: f.constantValueIndex ? decodeConstant(cp, f.constantValueIndex, type) : null,
      decl: null,
    });
  }
  for (const m of file.methods) {
    const name = utf8At(cp, m.nameIndex);
    // Bridges and other synthetic methods are not in the source language (JLS §13.1): javac's lookup skips them.
    if (name === '<clinit>' || (m.access & Access.SYNTHETIC) !== 0) continue;
    const descriptor = utf8At(cp, m.descriptorIndex);
    const { params, returnType } = parseMethodDescriptorTypes(descriptor, resolve);
    sym.methods.push({
      kind: 'method',
      owner: sym,
      name,
      params,
      returnType,
      access: m.access,
      descriptor,
      throws: m.exceptions.map((i) => resolve(classNameAt(cp, i))),
      isConstructor: name === '<init>',
      decl: null,
    });
  }
  return sym;
}

/** A ConstantValue attribute's value, typed by the field's type (JVMS §4.7.2). */
function decodeConstant(cp: ClassFile['constantPool'], index: number, type: Type): Constant | null {
  const e = entryAt(cp, index, [CpTag.Integer, CpTag.Float, CpTag.Long, CpTag.Double, CpTag.String], 'a ConstantValue');
  if (type.kind === 'class' && e.tag === CpTag.String) return { type: 'String', value: utf8At(cp, e.utf8Index) };
  if (type.kind !== 'primitive') return null;
  switch (type.name) {
    case 'boolean':
      return e.tag === CpTag.Integer ? { type: 'boolean', value: e.value !== 0 } : null;
    case 'byte':
    case 'short':
    case 'char':
    case 'int':
      return e.tag === CpTag.Integer ? { type: type.name, value: e.value } : null;
    case 'long':
      return e.tag === CpTag.Long ? { type: 'long', value: e.value } : null;
    case 'float':
      return e.tag === CpTag.Float ? { type: 'float', value: bitsToFloat(e.bits) } : null;
    case 'double':
      return e.tag === CpTag.Double ? { type: 'double', value: e.value } : null;
  }
}

/** Parses one field type at `pos`; returns the type and the position after it. */
function parseTypeAt(desc: string, pos: number, resolve: (n: string) => ClassSymbol): [Type, number] {
  const c = desc[pos];
  if (c === '[') {
    const [el, next] = parseTypeAt(desc, pos + 1, resolve);
    return [arrayOf(el), next];
  }
  if (c === 'L') {
    const end = desc.indexOf(';', pos);
    if (end < 0) throw new ClassFormatError(`malformed descriptor ${desc}`);
    return [classType(resolve(desc.slice(pos + 1, end))), end + 1];
  }
  const p = c === undefined ? undefined : DESCRIPTOR_PRIMITIVE[c];
  if (!p) throw new ClassFormatError(`malformed descriptor ${desc}`);
  return [T[p], pos + 1];
}

export function parseFieldDescriptor(desc: string, resolve: (n: string) => ClassSymbol): Type {
  const [t, end] = parseTypeAt(desc, 0, resolve);
  if (end !== desc.length) throw new ClassFormatError(`malformed field descriptor ${desc}`);
  return t;
}

export function parseMethodDescriptorTypes(
  desc: string,
  resolve: (n: string) => ClassSymbol,
): { params: Type[]; returnType: Type } {
  if (desc[0] !== '(') throw new ClassFormatError(`malformed method descriptor ${desc}`);
  const params: Type[] = [];
  let pos = 1;
  while (desc[pos] !== ')') {
    if (pos >= desc.length) throw new ClassFormatError(`malformed method descriptor ${desc}`);
    const [t, next] = parseTypeAt(desc, pos, resolve);
    params.push(t);
    pos = next;
  }
  pos++;
  if (desc.slice(pos) === 'V') return { params, returnType: T.void };
  const [ret, end] = parseTypeAt(desc, pos, resolve);
  if (end !== desc.length) throw new ClassFormatError(`malformed method descriptor ${desc}`);
  // Keep the descriptor consistent with what we parsed (sanity for hostile input).
  if (methodDescriptor(params, ret) !== desc) throw new ClassFormatError(`malformed method descriptor ${desc}`);
  return { params, returnType: ret };
}
