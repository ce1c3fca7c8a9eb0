// The CST visitor for compilation units, declarations and statements (JLS §7, §8, §9, §14):
// turns parser.ts's concrete syntax tree into compiler/ast.ts nodes, reporting RF1003 for
// every construct outside the Ringfence subset. Expressions are built by its base class.

import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast.ts';
import { ExpressionBuilder, IncompleteTree, kid, kids, need, tok, toks } from './ast-builder-expressions.ts';

type Where = 'top' | 'member' | 'local';

const supportedModifiers = new Set<string>(['public', 'protected', 'private', 'static', 'final', 'abstract', 'native']);

export class AstBuilder extends ExpressionBuilder {
  // ------------------------------------------------------------ compilation units (JLS §7.3)

  compilationUnit(n: CstNode, textLength: number): A.CompilationUnit {
    const pkg = kid(n, 'packageDeclaration');
    const imports = kids(n, 'importDeclaration').flatMap((i) => this.importDecl(i));
    const types = kids(n, 'typeDeclaration').flatMap((t) => {
      const mods = this.modifiers(kid(t, 'modifiers'));
      const decl = this.typeDecl(need(kid(t, 'typeDeclarationRest'), 'type declaration'), mods, 'top', this.nodeSpan(t));
      return decl ? [decl] : [];
    });
    return {
      kind: 'CompilationUnit',
      span: { file: this.file, line: 1, col: 1, start: 0, end: textLength },
      packageName: pkg ? this.qualifiedName(need(kid(pkg, 'qualifiedName'), 'package name')) : null,
      imports,
      types,
    };
  }

  private importDecl(n: CstNode): A.ImportDecl[] {
    const stat = tok(n, 'Static');
    if (stat) {
      this.unsupported('static imports', this.tokenSpan(stat));
      return [];
    }
    const name = this.qualifiedName(need(kid(n, 'qualifiedName'), 'import name'));
    return [{ kind: 'ImportDecl', span: this.nodeSpan(n), name, onDemand: tok(n, 'Star') !== undefined }];
  }

  private qualifiedName(n: CstNode): A.QualifiedName {
    return { kind: 'QualifiedName', span: this.nodeSpan(n), parts: toks(n, 'Identifier').map((t) => t.image) };
  }

  // ------------------------------------------------------------ modifiers and annotations (JLS §8.1.1, §9.7)

  /** Keyword modifiers in source order; `default` is returned apart for the caller to judge. */
  private modifiers(n: CstNode | undefined): A.Modifiers & { defaultToken?: IToken } {
    const list: A.Modifiers['list'] = [];
    if (n === undefined) return { list, annotations: [] };
    let defaultToken: IToken | undefined;
    for (const t of toks(n, 'ModifierKeyword')) {
      if (supportedModifiers.has(t.image)) list.push({ modifier: t.image as A.Modifier, span: this.tokenSpan(t) });
      else if (t.image === 'default') defaultToken = t;
      else this.unsupported(`'${t.image}' modifiers`, this.tokenSpan(t));
    }
    for (const t of toks(n, 'contextual')) this.unsupported('sealed classes', this.tokenSpan(t));
    const annotations = kids(n, 'annotation').map((a): A.Annotation => ({
      kind: 'Annotation',
      span: this.nodeSpan(a),
      name: this.qualifiedName(need(kid(a, 'qualifiedName'), 'annotation name')),
    }));
    return defaultToken ? { list, annotations, defaultToken } : { list, annotations };
  }

  private rejectDefault(mods: { defaultToken?: IToken }): void {
    if (mods.defaultToken) this.syntax("modifier 'default' not allowed here", this.tokenSpan(mods.defaultToken));
  }

  private plainModifiers(mods: A.Modifiers): A.Modifiers {
    return { list: mods.list, annotations: mods.annotations };
  }

  // ------------------------------------------------------------ type declarations (JLS §8.1, §9.1)

  private typeDecl(n: CstNode, mods: A.Modifiers & { defaultToken?: IToken }, where: Where, span: A.Span): A.TypeDecl | null {
    this.rejectDefault(mods);
    const cls = kid(n, 'classDeclaration');
    const itf = kid(n, 'interfaceDeclaration');
    const decl = cls ?? itf;
    if (decl === undefined) {
      this.rejectOtherTypeDecl(n, span);
      return null;
    }
    const nameTok = need(tok(decl, 'name'), 'class name');
    if (where !== 'top') {
      this.unsupported(where === 'member' ? 'nested classes' : 'local classes', this.tokenSpan(nameTok));
      return null;
    }
    const typeParams = kid(decl, 'typeParameters');
    if (typeParams) this.unsupported('generics', this.nodeSpan(typeParams));
    const permits = kid(decl, 'permitsClause');
    if (permits) this.unsupported('sealed classes', this.nodeSpan(permits));
    const members = this.classBody(need(kid(decl, 'classBody'), 'class body'), itf !== undefined, nameTok.image);
    const common = { span, modifiers: this.plainModifiers(mods), name: nameTok.image, nameSpan: this.tokenSpan(nameTok), members };
    if (itf) {
      const supers = kid(itf, 'superinterfaces');
      return { kind: 'InterfaceDecl', ...common, superinterfaces: supers ? this.classTypeList(supers) : [] };
    }
    const sup = kid(decl, 'superclass');
    const ifaces = kid(decl, 'interfaces');
    return {
      kind: 'ClassDecl',
      ...common,
      superclass: sup ? this.classType(sup) : null,
      interfaces: ifaces ? this.classTypeList(ifaces) : [],
    };
  }

  private rejectOtherTypeDecl(n: CstNode, span: A.Span): void {
    const at = (name: string): A.Span => {
      const d = kid(n, name);
      return d ? this.nodeSpan(d) : span;
    };
    if (kid(n, 'enumDeclaration')) this.unsupported('enums', at('enumDeclaration'));
    else if (kid(n, 'recordDeclaration')) this.unsupported('records', at('recordDeclaration'));
    else if (kid(n, 'annotationTypeDeclaration')) this.unsupported('annotation type declarations', at('annotationTypeDeclaration'));
    else throw new IncompleteTree('type declaration');
  }

  private classTypeList(n: CstNode): A.ClassTypeNode[] {
    return kids(n, 'classType').map((c) => this.classType(c));
  }

  private classBody(n: CstNode, isInterface: boolean, className: string): A.MemberDecl[] {
    return kids(n, 'classBodyDeclaration').flatMap((d) => {
      const m = this.classBodyDeclaration(d, isInterface, className);
      return m ? [m] : [];
    });
  }

  /** JLS §8.1.6 members; initializers and constructors are not allowed in interfaces (§9.1.4). */
  private classBodyDeclaration(n: CstNode, isInterface: boolean, className: string): A.MemberDecl | null {
    const span = this.nodeSpan(n);
    const staticInit = kid(n, 'staticInit');
    const instanceInit = kid(n, 'instanceInit');
    if (staticInit || instanceInit) {
      if (isInterface) this.syntax('initializers are not allowed in interfaces', span);
      return { kind: 'InitializerDecl', span, isStatic: staticInit !== undefined, body: this.block((staticInit ?? instanceInit)!) };
    }
    const memberNode = kid(n, 'memberDeclaration');
    if (memberNode === undefined) return null; // a stray `;`
    const mods = this.modifiers(kid(n, 'modifiers'));
    const nested = kid(memberNode, 'typeDeclarationRest');
    if (nested) {
      this.typeDecl(nested, mods, 'member', span);
      return null;
    }
    const typeParams = kid(memberNode, 'typeParameters');
    if (typeParams) this.unsupported('generics', this.nodeSpan(typeParams));
    const ctor = kid(memberNode, 'constructorRest');
    if (ctor) {
      this.rejectDefault(mods);
      if (isInterface) this.syntax('interfaces cannot have constructors', span);
      const decl = this.constructorDecl(ctor, this.plainModifiers(mods), span);
      // JLS §8.8: a "constructor" not named like its class is a method missing its return type.
      if (!isInterface && decl.name !== className) this.syntax('invalid method declaration; return type required', decl.nameSpan);
      return decl;
    }
    return this.methodOrField(need(kid(memberNode, 'methodOrFieldRest'), 'member'), mods, span, isInterface);
  }

  private constructorDecl(n: CstNode, modifiers: A.Modifiers, span: A.Span): A.ConstructorDecl {
    const name = need(tok(n, 'name'), 'constructor name');
    const throwsNode = kid(n, 'throwsClause');
    return {
      kind: 'ConstructorDecl',
      span,
      modifiers,
      name: name.image,
      nameSpan: this.tokenSpan(name),
      params: this.formalParameters(need(kid(n, 'formalParameters'), 'parameters')),
      throws: throwsNode ? this.classTypeList(need(kid(throwsNode, 'classTypeList'), 'throws')) : [],
      body: this.block(need(kid(n, 'block'), 'constructor body')),
    };
  }

  private methodOrField(n: CstNode, mods: A.Modifiers & { defaultToken?: IToken }, span: A.Span, isInterface: boolean): A.MemberDecl | null {
    const resultNode = need(kid(n, 'resultType'), 'type');
    const voidTok = tok(resultNode, 'Void');
    const type: A.TypeNode = voidTok ? { kind: 'VoidType', span: this.tokenSpan(voidTok) } : this.type(need(kid(resultNode, 'type'), 'type'));
    const name = need(tok(n, 'name'), 'member name');
    const method = kid(n, 'methodRest');
    if (method) return this.methodDecl(method, mods, span, type, name, isInterface);
    this.rejectDefault(mods);
    const field = need(kid(n, 'fieldRest'), 'field');
    if (voidTok) {
      this.syntax("'(' expected", this.tokenSpan(name));
      return null;
    }
    const first = this.declarator(name, type, need(kid(field, 'declaratorRest'), 'declarator'));
    const more = kids(field, 'variableDeclarator').map((d) => this.variableDeclarator(d, type));
    if (isInterface) {
      // JLS §9.3: interface fields are constants and must be initialised (javac's parser says so).
      for (const d of [first, ...more]) if (d.init === null) this.syntax("'=' expected", { ...d.span, col: d.span.col + d.name.length, start: d.span.end });
    }
    return { kind: 'FieldDecl', span, modifiers: this.plainModifiers(mods), type, declarators: [first, ...more] };
  }

  private methodDecl(
    n: CstNode,
    mods: A.Modifiers & { defaultToken?: IToken },
    span: A.Span,
    declared: A.TypeNode,
    name: IToken,
    isInterface: boolean,
  ): A.MethodDecl {
    const body = kid(n, 'body');
    const nameSpan = this.tokenSpan(name);
    if (isInterface && body) this.unsupported('interface methods with bodies (default, static and private methods)', nameSpan);
    else this.rejectDefault(mods);
    const defaultValue = tok(n, 'Default');
    if (defaultValue) this.unsupported('annotation type declarations', this.tokenSpan(defaultValue));
    const closers = toks(n, 'dimClose');
    if (closers.length > 0 && declared.kind === 'VoidType') this.syntax("'{' or ';' expected", this.tokenSpan(closers[0]!));
    const throwsNode = kid(n, 'throwsClause');
    return {
      kind: 'MethodDecl',
      span,
      modifiers: this.plainModifiers(mods),
      returnType: declared.kind === 'VoidType' ? declared : this.wrapDims(declared, closers), // obsolete `int m()[]`
      name: name.image,
      nameSpan,
      params: this.formalParameters(need(kid(n, 'formalParameters'), 'parameters')),
      throws: throwsNode ? this.classTypeList(need(kid(throwsNode, 'classTypeList'), 'throws')) : [],
      body: body ? this.block(body) : null,
    };
  }

  private formalParameters(n: CstNode): A.Parameter[] {
    return kids(n, 'formalParameter').map((p) => this.formalParameter(p));
  }

  private formalParameter(n: CstNode): A.Parameter {
    const mods = this.modifiers(kid(n, 'modifiers'));
    this.rejectDefault(mods);
    const ellipsis = tok(n, 'Ellipsis');
    if (ellipsis) this.unsupported('varargs parameters', this.tokenSpan(ellipsis));
    const receiver = tok(n, 'This');
    if (receiver) this.unsupported('receiver parameters', this.tokenSpan(receiver));
    const name = tok(n, 'name');
    const type = this.wrapDims(this.type(need(kid(n, 'type'), 'parameter type')), toks(n, 'dimClose'));
    return { kind: 'Parameter', span: this.nodeSpan(n), modifiers: this.plainModifiers(mods), type, name: name ? name.image : 'this' };
  }

  // ------------------------------------------------------------ variables (JLS §8.3, §14.4)

  private variableDeclarator(n: CstNode, type: A.TypeNode): A.VariableDeclarator {
    return this.declarator(need(tok(n, 'name'), 'variable name'), type, need(kid(n, 'declaratorRest'), 'declarator'));
  }

  /** `name[] = init`: the extra brackets make the declared type an array (JLS §10.2). */
  private declarator(name: IToken, type: A.TypeNode, rest: CstNode): A.VariableDeclarator {
    const closers = toks(rest, 'dimClose');
    const initNode = kid(rest, 'variableInitializer');
    const init = initNode ? this.variableInitializer(initNode) : null;
    const nameSpan = this.tokenSpan(name);
    const last = init ? init.span : closers.length > 0 ? this.tokenSpan(closers[closers.length - 1]!) : nameSpan;
    const declType = closers.length > 0 ? this.wrapDims(type, closers) : type;
    return { kind: 'VariableDeclarator', span: this.join(nameSpan, last), name: name.image, type: declType, init };
  }

  private localVarDecl(n: CstNode, span: A.Span): A.LocalVarDecl {
    const mods = this.modifiers(kid(n, 'modifiers'));
    this.rejectDefault(mods);
    const type = this.type(need(kid(n, 'type'), 'variable type'));
    const declarators = kids(n, 'variableDeclarator').map((d) => this.variableDeclarator(d, type));
    return { kind: 'LocalVarDecl', span, modifiers: this.plainModifiers(mods), type, declarators };
  }

  // ------------------------------------------------------------ statements (JLS §14)

  block(n: CstNode): A.Block {
    return { kind: 'Block', span: this.nodeSpan(n), statements: this.blockStatements(kids(n, 'blockStatement')) };
  }

  private blockStatements(list: CstNode[]): A.Statement[] {
    return list.flatMap((s) => {
      const st = this.blockStatement(s);
      return st ? [st] : [];
    });
  }

  private blockStatement(n: CstNode): A.Statement | null {
    const local = kid(n, 'localType');
    if (local) {
      this.typeDecl(local, this.modifiers(kid(n, 'modifiers')), 'local', this.nodeSpan(n));
      return null;
    }
    const decl = kid(n, 'localVariableDeclaration');
    if (decl) return this.localVarDecl(decl, this.nodeSpan(n));
    return this.statement(need(kid(n, 'statement'), 'statement'));
  }

  statement(n: CstNode): A.Statement {
    const span = this.nodeSpan(n);
    const label = tok(n, 'label');
    if (label) return { kind: 'Labeled', span, label: label.image, body: this.statement(need(kid(n, 'statement'), 'statement')) };
    if (tok(n, 'empty')) return { kind: 'Empty', span };
    for (const name in n.children) {
      const build = this.statementBuilders[name];
      const c = kid(n, name);
      if (build !== undefined && c !== undefined) return build(c, span);
    }
    throw new IncompleteTree('statement');
  }

  /** One entry per statement rule in parser.ts's `statement`. */
  private readonly statementBuilders: Record<string, (c: CstNode, span: A.Span) => A.Statement> = {
    block: (c) => this.block(c),
    ifStatement: (c, span) => ({
      kind: 'If',
      span,
      condition: this.parExpression(c),
      then: this.statement(need(kid(c, 'then'), 'then branch')),
      else: kid(c, 'else') ? this.statement(kid(c, 'else')!) : null,
    }),
    whileStatement: (c, span) => ({ kind: 'While', span, condition: this.parExpression(c), body: this.statement(need(kid(c, 'statement'), 'body')) }),
    doStatement: (c, span) => ({ kind: 'Do', span, body: this.statement(need(kid(c, 'statement'), 'body')), condition: this.parExpression(c) }),
    forStatement: (c, span) => this.forStatement(c, span),
    jumpStatement: (c, span) => {
      const label = tok(c, 'label')?.image ?? null;
      return tok(c, 'Break') ? { kind: 'Break', span, label } : { kind: 'Continue', span, label };
    },
    returnStatement: (c, span) => {
      const e = kid(c, 'expression');
      return { kind: 'Return', span, value: e ? this.expression(e) : null };
    },
    throwStatement: (c, span) => ({ kind: 'Throw', span, value: this.expression(need(kid(c, 'expression'), 'thrown value')) }),
    switchStatement: (c, span) => this.switchStatement(c, span),
    tryStatement: (c, span) => this.tryStatement(c, span),
    assertStatement: (_c, span) => this.rejectedStatement('assert statements', span),
    synchronizedStatement: (_c, span) => this.rejectedStatement('synchronized statements', span),
    explicitConstructorCall: (c, span) => ({
      kind: 'ExplicitConstructorCall',
      span,
      target: tok(c, 'This') ? 'this' : 'super',
      args: this.arguments(need(kid(c, 'arguments'), 'arguments')),
    }),
    expressionStatement: (c, span) => {
      const expression = this.expression(need(kid(c, 'expression'), 'expression'));
      this.checkStatementExpression(expression);
      return { kind: 'ExpressionStatement', span, expression };
    },
  };

  private rejectedStatement(feature: string, span: A.Span): A.EmptyStatement {
    this.unsupported(feature, span);
    return { kind: 'Empty', span };
  }

  private parExpression(c: CstNode): A.Expression {
    return this.expression(need(kid(need(kid(c, 'parExpression'), 'condition'), 'expression'), 'condition'));
  }

  private forStatement(c: CstNode, span: A.Span): A.Statement {
    const body = this.statement(need(kid(c, 'statement'), 'loop body'));
    const each = kid(c, 'forEachControl');
    if (each) {
      const mods = this.modifiers(kid(each, 'modifiers'));
      this.rejectDefault(mods);
      const closers = toks(each, 'dimClose');
      return {
        kind: 'ForEach',
        span,
        modifiers: this.plainModifiers(mods),
        varType: this.wrapDims(this.type(need(kid(each, 'type'), 'variable type')), closers),
        varName: need(tok(each, 'name'), 'variable name').image,
        iterable: this.expression(need(kid(each, 'expression'), 'iterable')),
        body,
      };
    }
    const ctl = need(kid(c, 'forControl'), 'for control');
    const decl = kid(ctl, 'localVariableDeclaration');
    const initList = kid(ctl, 'init');
    const updateList = kid(ctl, 'update');
    const cond = kid(ctl, 'condition');
    return {
      kind: 'For',
      span,
      init: decl ? this.localVarDecl(decl, this.nodeSpan(decl)) : initList ? this.statementExpressions(initList) : [],
      condition: cond ? this.expression(cond) : null,
      update: updateList ? this.statementExpressions(updateList) : [],
      body,
    };
  }

  private statementExpressions(list: CstNode): A.ExpressionStatement[] {
    return kids(list, 'expression').map((e) => {
      const expression = this.expression(e);
      this.checkStatementExpression(expression);
      return { kind: 'ExpressionStatement', span: expression.span, expression };
    });
  }

  /** JLS §14.11; `case ->` rules and patterns are outside the subset. */
  private switchStatement(c: CstNode, span: A.Span): A.SwitchStatement {
    const selector = this.parExpression(c);
    const groups = kids(need(kid(c, 'switchBlock'), 'switch body'), 'switchGroup').map((g) => this.switchGroup(g));
    return { kind: 'Switch', span, selector, groups };
  }

  private switchGroup(g: CstNode): A.SwitchGroup {
    const labels: (A.Expression | null)[] = [];
    for (const l of kids(g, 'switchLabel')) {
      const arrow = tok(l, 'Arrow');
      if (arrow) this.unsupported('switch rules (case ... ->)', this.tokenSpan(arrow));
      if (tok(l, 'Default')) labels.push(null);
      else for (const e of kids(l, 'conditionalExpression')) labels.push(this.conditional(e));
    }
    const rule = kid(g, 'ruleBody');
    const statements = rule ? [this.statement(rule)] : this.blockStatements(kids(g, 'blockStatement'));
    return { kind: 'SwitchGroup', span: this.nodeSpan(g), labels, statements };
  }

  private tryStatement(c: CstNode, span: A.Span): A.TryStatement {
    const resources = kid(c, 'resourceSpecification');
    if (resources) this.unsupported('try-with-resources statements', this.nodeSpan(resources));
    const catches = kids(c, 'catchClause').map((k) => this.catchClause(k));
    const fin = kid(c, 'finallyBlock');
    if (!resources && catches.length === 0 && !fin) this.syntax("'catch' or 'finally' expected", span);
    return { kind: 'Try', span, block: this.block(need(kid(c, 'block'), 'try block')), catches, finally: fin ? this.block(fin) : null };
  }

  private catchClause(k: CstNode): A.CatchClause {
    const mods = this.modifiers(kid(k, 'modifiers'));
    this.rejectDefault(mods);
    return {
      kind: 'Catch',
      span: this.nodeSpan(k),
      modifiers: this.plainModifiers(mods),
      types: kids(k, 'classType').map((t) => this.classType(t)),
      name: need(tok(k, 'name'), 'exception name').image,
      body: this.block(need(kid(k, 'block'), 'catch block')),
    };
  }
}
