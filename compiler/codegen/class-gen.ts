// Class files from checked classes: header, fields (ConstantValue for static final
// constants, JVMS §4.7.2), methods, constructors assembled as JLS §12.5 runs them (this(...)
// skips field initializers; otherwise super(...), then instance field initializers and
// instance initializer blocks in textual order, then the body), the default constructor, and
// <clinit> from static field initializers and static blocks in textual order (JLS §12.4.2).

import { basename } from 'node:path';
import {
  Access,
  CLASS_MAJOR,
  CLASS_MINOR,
  type ClassFile,
  type CodeAttribute,
  type FieldInfo,
  type MethodInfo,
} from '../../vm/bytecode/classfile.ts';
import { ConstantPoolBuilder, floatToBits } from '../../vm/bytecode/constant-pool.ts';
import type { Block, ConstructorDecl, FieldDecl, InitializerDecl, MemberDecl, MethodDecl, Node, Statement } from '../ast.ts';
import type { CheckedClass, CheckedProgram } from '../checked.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { isFinal, isStatic, type ClassSymbol, type FieldSymbol, type MethodSymbol } from '../symbols.ts';
import { T, descriptorOf, type Constant, type Type } from '../types.ts';
import { genArrayInitializer } from './arrays.ts';
import { bridgeMethodInfos } from './bridges.ts';
import { MethodContext } from './context.ts';
import { CodegenError, MethodEmitter } from './emitter.ts';
import { genExplicitConstructorCall, genExprTo } from './expressions.ts';
import { LocalAllocator } from './locals.ts';
import { SourceLines } from './source-lines.ts';
import { genStatement } from './statements.ts';

/** The JVM's limits that our class-file layout shares (u2 pcs in the exception table). */
const MAX_CODE = 0xffff;
const MAX_SLOTS = 0xffff;

/**
 * Generates every checked class; problems become diagnostics, never exceptions. `texts`
 * (source text by file path) lets line entries name closing braces, which the AST records
 * only as offsets; without it those entries are left out.
 */
export function generateProgram(program: CheckedProgram, diags: DiagnosticBag, texts?: ReadonlyMap<string, string>): Map<string, ClassFile> {
  const out = new Map<string, ClassFile>();
  const lines = new SourceLines(texts ?? new Map());
  for (const cls of program.classes) {
    const cf = generateClassReporting(program, cls, diags, lines);
    if (cf) out.set(cls.symbol.internalName, cf);
  }
  return out;
}

function generateClassReporting(program: CheckedProgram, cls: CheckedClass, diags: DiagnosticBag, lines: SourceLines): ClassFile | null {
  try {
    return new ClassGen(program, cls, diags, lines).generate();
  } catch (e) {
    const what = e instanceof Error ? e.message : String(e);
    if (/constant pool/.test(what)) diags.report('TooManyConstants', cls.decl.nameSpan, `class ${cls.symbol.name}`);
    else if (e instanceof Error && e.name === 'OperandRangeError') diags.report('CodeTooLarge', cls.decl.nameSpan, what);
    else diags.report('InternalCompilerError', cls.decl.nameSpan, what);
    return null;
  }
}

class ClassGen {
  private readonly cp = new ConstantPoolBuilder();
  private readonly sym: ClassSymbol;

  constructor(
    private readonly program: CheckedProgram,
    private readonly cls: CheckedClass,
    private readonly diags: DiagnosticBag,
    private readonly lines: SourceLines,
  ) {
    this.sym = cls.symbol;
  }

  generate(): ClassFile {
    const cp = this.cp;
    const thisClass = cp.classRef(this.sym.internalName);
    const superName = this.sym.superclass?.internalName ?? (this.sym.isInterface ? 'java/lang/Object' : null);
    const superClass = superName === null ? 0 : cp.classRef(superName);
    const interfaces = this.sym.interfaces.map((i) => cp.classRef(i.internalName));
    const fields = this.fieldInfos();
    const methods = this.methodInfos();
    const sourceFile = cp.utf8(basename(this.cls.unit.span.file));
    return {
      minor: CLASS_MINOR,
      major: CLASS_MAJOR,
      constantPool: cp.entries(),
      access: this.sym.access,
      thisClass,
      superClass,
      interfaces,
      fields,
      methods,
      sourceFile,
    };
  }

  private get members(): MemberDecl[] {
    return this.cls.decl.members;
  }

  // ------------------------------------------------------------ fields

  private fieldInfos(): FieldInfo[] {
    const out: FieldInfo[] = [];
    for (const m of this.members) {
      if (m.kind !== 'FieldDecl') continue;
      for (const d of m.declarators) {
        const f = this.need(this.program.fields, d, 'field symbol');
        out.push({
          access: f.access,
          nameIndex: this.cp.utf8(f.name),
          descriptorIndex: this.cp.utf8(descriptorOf(f.type)),
          constantValueIndex: hasConstantValue(this.program, f) ? this.constantIndex(constantValueOf(this.program, f)!, f.type) : 0,
        });
      }
    }
    return out;
  }

  /** The pool entry of a ConstantValue attribute: Integer for int-like and boolean fields. */
  private constantIndex(c: Constant, t: Type): number {
    switch (c.type) {
      case 'String':
        return this.cp.string(c.value);
      case 'boolean':
        return this.cp.integer(c.value ? 1 : 0);
      case 'long':
        return this.cp.long(c.value);
      case 'float':
        return this.cp.floatBits(floatToBits(c.value));
      case 'double':
        return this.cp.double(c.value);
      default: {
        // An int constant stored in a long/float/double field is converted (JLS §5.2).
        if (t.kind === 'primitive' && t.name === 'long') return this.cp.long(BigInt(c.value));
        if (t.kind === 'primitive' && t.name === 'float') return this.cp.float(c.value);
        if (t.kind === 'primitive' && t.name === 'double') return this.cp.double(c.value);
        return this.cp.integer(c.value);
      }
    }
  }

  // ------------------------------------------------------------ methods

  private methodInfos(): MethodInfo[] {
    const out: MethodInfo[] = [];
    if (this.cls.defaultConstructor) {
      const m = this.cls.defaultConstructor;
      out.push(this.methodInfo(m, this.code(this.cls.decl, T.void, false, 1, this.initializersEndLine(false), (ctx) => this.defaultConstructorBody(ctx))));
    }
    for (const m of this.members) {
      if (m.kind === 'MethodDecl') out.push(this.method(m));
      else if (m.kind === 'ConstructorDecl') out.push(this.ctor(m));
    }
    // After the members and before <clinit>, where javac's TransTypes and Gen put them.
    out.push(...bridgeMethodInfos(this.sym, this.cp, this.cls.decl.span.line));
    const clinit = this.classInitializer();
    if (clinit) out.push(clinit);
    return out;
  }

  private methodInfo(m: MethodSymbol, code: CodeAttribute | null): MethodInfo {
    return {
      access: m.access,
      nameIndex: this.cp.utf8(m.name),
      descriptorIndex: this.cp.utf8(m.descriptor),
      // The Exceptions attribute (JVMS §4.7.5): the throws clause, for separate compilation.
      exceptions: m.throws.map((t) => this.cp.classRef(t.internalName)),
      code,
    };
  }

  private method(decl: MethodDecl): MethodInfo {
    const sym = this.need(this.program.methods, decl, 'method symbol');
    const body = decl.body;
    if (body === null || (sym.access & (Access.ABSTRACT | Access.NATIVE)) !== 0) return this.methodInfo(sym, null);
    const info = this.need(this.program.bodies, decl, 'body info');
    const code = this.code(decl, sym.returnType, isStatic(sym), info.localCount, this.closingLine(body), (ctx) => {
      ctx.methodBody = body;
      genStatement(ctx, body);
    });
    return this.methodInfo(sym, code);
  }

  /**
   * A constructor (JLS §8.8.7, §12.5): an explicit this(...) call runs the other
   * constructor, which runs the initializers; otherwise super(...) (explicit or implicit),
   * then this class's instance initializers, then the rest of the body.
   */
  private ctor(decl: ConstructorDecl): MethodInfo {
    const sym = this.need(this.program.methods, decl, 'constructor symbol');
    const info = this.need(this.program.bodies, decl, 'body info');
    const code = this.code(decl, T.void, false, info.localCount, this.closingLine(decl.body), (ctx) => {
      const [first, ...rest] = decl.body.statements;
      let statements: Statement[] = decl.body.statements;
      if (first?.kind === 'ExplicitConstructorCall') {
        ctx.em.line(first.span.line);
        genExplicitConstructorCall(ctx, first);
        if (first.target === 'super') this.instanceInitializers(ctx, sym.params.length);
        statements = rest;
      } else {
        ctx.em.line(decl.body.span.line);
        if (info.implicitSuper) this.invokeSuper(ctx, info.implicitSuper);
        this.instanceInitializers(ctx, sym.params.length);
      }
      for (const s of statements) genStatement(ctx, s);
    });
    return this.methodInfo(sym, code);
  }

  private defaultConstructorBody(ctx: MethodContext): void {
    ctx.em.line(this.cls.decl.span.line);
    if (this.cls.defaultConstructorSuper) this.invokeSuper(ctx, this.cls.defaultConstructorSuper);
    this.instanceInitializers(ctx, 0);
  }

  private invokeSuper(ctx: MethodContext, ctor: MethodSymbol): void {
    ctx.em.emit('aload', 0);
    ctx.em.invoke('invokespecial', ctor.owner.internalName, '<init>', ctor.descriptor, false);
  }

  /**
   * Instance field initializers and instance initializer blocks, in textual order. The
   * blocks' locals were numbered after `this` alone; in a constructor they sit above its
   * `paramCount` parameters.
   */
  private instanceInitializers(ctx: MethodContext, paramCount: number): void {
    for (const m of this.members) {
      if (m.kind === 'FieldDecl' && !this.isStaticDecl(m)) this.fieldInitializers(ctx, m, false);
      if (m.kind === 'InitializerDecl' && !m.isStatic) {
        const info = this.need(this.program.bodies, m, 'initializer info');
        ctx.locals.reserve(info.localCount + paramCount);
        ctx.locals.withOffset(paramCount, () => genStatement(ctx, m.body));
      }
    }
  }

  /** `x = init` for each declarator that has an initializer (static constants excepted). */
  private fieldInitializers(ctx: MethodContext, m: FieldDecl, statics: boolean): void {
    for (const d of m.declarators) {
      if (d.init === null) continue;
      const f = this.need(this.program.fields, d, 'field symbol');
      if (statics && hasConstantValue(this.program, f)) continue; // set from ConstantValue when the class is prepared
      ctx.em.line(d.span.line);
      if (!statics) ctx.em.emit('aload', 0);
      if (d.init.kind === 'ArrayInitializer') genArrayInitializer(ctx, d.init, f.type);
      else genExprTo(ctx, d.init, f.type);
      ctx.em.field(statics ? 'putstatic' : 'putfield', this.sym.internalName, f.name, descriptorOf(f.type));
    }
  }

  /** <clinit>, when there is any static initialization code to run (JLS §12.4.2 step 9). */
  private classInitializer(): MethodInfo | null {
    const statics = this.members.filter(
      (m): m is FieldDecl | InitializerDecl =>
        (m.kind === 'FieldDecl' && this.isStaticDecl(m) && m.declarators.some((d) => d.init !== null && !this.isConstantField(d))) ||
        (m.kind === 'InitializerDecl' && m.isStatic),
    );
    if (statics.length === 0) return null;
    let slots = 0;
    for (const m of statics) if (m.kind === 'InitializerDecl') slots = Math.max(slots, this.need(this.program.bodies, m, 'initializer info').localCount);
    const code = this.code(this.cls.decl, T.void, true, slots, this.initializersEndLine(true), (ctx) => {
      for (const m of this.members) {
        if (m.kind === 'FieldDecl' && this.isStaticDecl(m)) this.fieldInitializers(ctx, m, true);
        if (m.kind === 'InitializerDecl' && m.isStatic) genStatement(ctx, m.body);
      }
    });
    return {
      access: Access.STATIC,
      nameIndex: this.cp.utf8('<clinit>'),
      descriptorIndex: this.cp.utf8('()V'),
      exceptions: [],
      code,
    };
  }

  /**
   * Where javac puts the implicit return of code assembled from initializers (<clinit>, and
   * the default constructor): Gen.normalizeDefs ends such a body at TreeInfo.endPos of its
   * last statement — a block's closing brace, or the name of the last field initialized
   * (static constants have no code). Null when there is none (then the first line stands).
   */
  private initializersEndLine(statics: boolean): number | null {
    let line: number | null = null;
    for (const m of this.members) {
      if (m.kind === 'InitializerDecl' && m.isStatic === statics) line = this.closingLine(m.body);
      if (m.kind !== 'FieldDecl' || this.isStaticDecl(m) !== statics) continue;
      for (const d of m.declarators) if (d.init !== null && !(statics && this.isConstantField(d))) line = d.span.line;
    }
    return line;
  }

  /** The line of a block's closing brace (javac's TreeInfo.endPos), when the source is known. */
  private closingLine(b: Block): number | null {
    return this.lines.lineAt(b.span.file, b.span.end - 1);
  }

  /** Interface fields are static without saying so; the symbol knows. */
  private isStaticDecl(m: FieldDecl): boolean {
    const f = m.declarators[0] && this.program.fields.get(m.declarators[0]);
    return f !== undefined ? isStatic(f) : m.modifiers.list.some((x) => x.modifier === 'static');
  }

  private isConstantField(d: FieldDecl['declarators'][number]): boolean {
    const f = this.program.fields.get(d);
    return f !== undefined && hasConstantValue(this.program, f);
  }

  /**
   * Generates one Code attribute: runs `body`, adds the implicit `return` (on `endLine`, the
   * body's closing brace, as javac's Gen.genMethod does), checks limits.
   */
  private code(
    where: Node & { nameSpan?: Node['span'] },
    returnType: Type,
    staticCode: boolean,
    checkerSlots: number,
    endLine: number | null,
    body: (ctx: MethodContext) => void,
  ): CodeAttribute {
    const em = new MethodEmitter(this.cp);
    const locals = new LocalAllocator(checkerSlots);
    const ctx = new MethodContext(this.program, this.cls, em, locals, returnType, staticCode, genStatement);
    ctx.closingLine = (b) => this.closingLine(b);
    body(ctx);
    if (em.alive) {
      if (returnType.kind !== 'void') throw new CodegenError(`control reaches the end of a non-void method`);
      if (endLine !== null) em.line(endLine);
      em.emit('return');
    }
    const code = em.finish(Math.max(locals.maxLocals, staticCode ? 0 : 1));
    const span = where.nameSpan ?? where.span;
    if (code.code.length > MAX_CODE) this.diags.report('CodeTooLarge', span, `${code.code.length} bytes (at most ${MAX_CODE})`);
    else if (code.maxLocals > MAX_SLOTS || code.maxStack > MAX_SLOTS) this.diags.report('CodeTooLarge', span, 'too many locals or too deep an expression');
    return code;
  }

  private need<K extends object, V>(map: Map<K, V>, key: K & Node, what: string): V {
    const v = map.get(key);
    if (v === undefined) throw new CodegenError(`no ${what} recorded at line ${key.span.line}`);
    return v;
  }
}

/** Static final constant variables get a ConstantValue attribute instead of <clinit> code. */
function hasConstantValue(program: CheckedProgram, f: FieldSymbol): boolean {
  return isStatic(f) && constantValueOf(program, f) !== null;
}

/**
 * A field's constant value (JLS §4.12.4). The checker computes it when the field is read;
 * for a constant nobody reads, it is recovered from the folded initializer when the
 * initializer's type already is the field's (or an int-like constant in an int-like field).
 */
function constantValueOf(program: CheckedProgram, f: FieldSymbol): Constant | null {
  if (f.constantValue !== null) return f.constantValue;
  const init = f.decl?.init;
  if (!isFinal(f) || !init || init.kind === 'ArrayInitializer') return null;
  const c = program.constants.get(init);
  if (!c) return null;
  const t = f.type;
  if (t.kind === 'class') return c.type === 'String' && t.symbol.internalName === 'java/lang/String' ? c : null;
  if (t.kind !== 'primitive') return null;
  const intLike = (n: string): boolean => n === 'int' || n === 'short' || n === 'byte' || n === 'char';
  if (c.type === t.name) return c;
  if (c.type === 'boolean' || c.type === 'String' || t.name === 'boolean') return null;
  if (c.type === 'long' || (c.type === 'float' && t.name !== 'double') || c.type === 'double') return null;
  // Now c is int-like (or float into a double field): widening it is exact here.
  const v = c.value;
  if (intLike(t.name)) return { type: t.name as 'int', value: v };
  if (t.name === 'long') return { type: 'long', value: BigInt(v) };
  return { type: t.name as 'float', value: t.name === 'float' ? Math.fround(v) : v };
}
