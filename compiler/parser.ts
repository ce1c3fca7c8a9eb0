// The syntactic grammar: a chevrotain CstParser over tokens.ts producing a concrete syntax tree
// that ast-builder.ts turns into compiler/ast.ts nodes. Constructs outside the subset (generics,
// lambdas, nested classes, ...) are parsed leniently so the builder can name and reject them.

import { CstParser, EOF, tokenMatcher, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.ts';

/** One parser for the whole process; parse.ts resets its input per file (chevrotain's guidance). */
export class JavaParser extends CstParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: 'full',
      maxLookahead: 2,
      errorMessageProvider: syntaxMessages,
    });
    this.performSelfAnalysis();
  }

  // ============================================================ compilation units (JLS §7)

  compilationUnit = this.RULE('compilationUnit', () => {
    this.OPTION({ GATE: () => this.isPackageDecl(), DEF: () => this.SUBRULE(this.packageDeclaration) });
    this.MANY(() => this.SUBRULE(this.importDeclaration));
    this.MANY2(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Semicolon) },
        { ALT: () => this.SUBRULE(this.typeDeclaration) },
      ]);
    });
  });

  packageDeclaration = this.RULE('packageDeclaration', () => {
    this.MANY(() => this.SUBRULE(this.annotation));
    this.CONSUME(T.Package);
    this.SUBRULE(this.qualifiedName);
    this.CONSUME(T.Semicolon);
  });

  importDeclaration = this.RULE('importDeclaration', () => {
    this.CONSUME(T.Import);
    this.OPTION(() => this.CONSUME(T.Static));
    this.SUBRULE(this.qualifiedName);
    this.OPTION2(() => {
      this.CONSUME(T.Dot);
      this.CONSUME(T.Star);
    });
    this.CONSUME(T.Semicolon);
  });

  qualifiedName = this.RULE('qualifiedName', () => {
    this.CONSUME(T.Identifier);
    this.MANY({
      GATE: () => tokenMatcher(this.LA(2), T.Identifier),
      DEF: () => {
        this.CONSUME(T.Dot);
        this.CONSUME2(T.Identifier);
      },
    });
  });

  /** Modifiers then a class, interface, enum, record or annotation type (JLS §7.6, §8.1, §9.1). */
  typeDeclaration = this.RULE('typeDeclaration', () => {
    this.SUBRULE(this.modifiers);
    this.SUBRULE(this.typeDeclarationRest);
  });

  typeDeclarationRest = this.RULE('typeDeclarationRest', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.classDeclaration) },
      { ALT: () => this.SUBRULE(this.interfaceDeclaration) },
      { ALT: () => this.SUBRULE(this.enumDeclaration) },
      { ALT: () => this.SUBRULE(this.annotationTypeDeclaration) },
      { GATE: () => this.isRecordDecl(1), ALT: () => this.SUBRULE(this.recordDeclaration) },
    ]);
  });

  /** Keyword modifiers, annotations, and the contextual `sealed` / `non-sealed` (rejected). */
  modifiers = this.RULE('modifiers', () => {
    // The gate is on MANY: its own lookahead would enter on any Identifier (the `sealed` case).
    this.MANY({ GATE: () => this.isModifierStart(), DEF: () => {
      this.OR([
        { ALT: () => this.CONSUME(T.ModifierKeyword) },
        { GATE: () => !tokenMatcher(this.LA(2), T.Interface), ALT: () => this.SUBRULE(this.annotation) },
        { GATE: () => this.isContextualModifier(), ALT: () => this.CONSUME(T.Identifier, { LABEL: 'contextual' }) },
      ]);
    } });
  });

  annotation = this.RULE('annotation', () => {
    this.CONSUME(T.At);
    this.SUBRULE(this.qualifiedName);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => {
        this.OR([
          { GATE: () => tokenMatcher(this.LA(2), T.Assign), ALT: () => this.SUBRULE(this.elementValuePairs) },
          { ALT: () => this.SUBRULE(this.elementValue) },
        ]);
      });
      this.CONSUME(T.RParen);
    });
  });

  elementValuePairs = this.RULE('elementValuePairs', () => {
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        this.CONSUME(T.Identifier);
        this.CONSUME(T.Assign);
        this.SUBRULE(this.elementValue);
      },
    });
  });

  elementValue = this.RULE('elementValue', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.annotation) },
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.MANY({
            GATE: () => !tokenMatcher(this.LA(1), T.RBrace),
            DEF: () => {
              this.SUBRULE(this.elementValue);
              this.OPTION(() => this.CONSUME(T.Comma));
            },
          });
          this.CONSUME(T.RBrace);
        },
      },
      { ALT: () => this.SUBRULE(this.conditionalExpression) },
    ]);
  });

  // ============================================================ classes and interfaces (JLS §8, §9)

  classDeclaration = this.RULE('classDeclaration', () => {
    this.CONSUME(T.Class);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.typeArguments, { LABEL: 'typeParameters' }));
    this.OPTION2(() => {
      this.CONSUME(T.Extends);
      this.SUBRULE(this.classType, { LABEL: 'superclass' });
    });
    this.OPTION3(() => {
      this.CONSUME(T.Implements);
      this.SUBRULE(this.classTypeList, { LABEL: 'interfaces' });
    });
    this.OPTION4({ GATE: () => this.isContextual(1, 'permits'), DEF: () => this.SUBRULE(this.permitsClause) });
    this.SUBRULE(this.classBody);
  });

  interfaceDeclaration = this.RULE('interfaceDeclaration', () => {
    this.CONSUME(T.Interface);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.typeArguments, { LABEL: 'typeParameters' }));
    this.OPTION2(() => {
      this.CONSUME(T.Extends);
      this.SUBRULE(this.classTypeList, { LABEL: 'superinterfaces' });
    });
    this.OPTION4({ GATE: () => this.isContextual(1, 'permits'), DEF: () => this.SUBRULE(this.permitsClause) });
    this.SUBRULE(this.classBody);
  });

  permitsClause = this.RULE('permitsClause', () => {
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.classTypeList);
  });

  /** Enums are rejected, but parsed fully so the rest of the file still gets checked for syntax. */
  enumDeclaration = this.RULE('enumDeclaration', () => {
    this.CONSUME(T.Enum);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Implements);
      this.SUBRULE(this.classTypeList);
    });
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: () => tokenMatcher(this.LA(1), T.Identifier) || tokenMatcher(this.LA(1), T.At),
      DEF: () => {
        this.SUBRULE(this.enumConstant);
        this.OPTION2(() => this.CONSUME(T.Comma));
      },
    });
    this.OPTION3(() => {
      this.CONSUME(T.Semicolon);
      this.MANY2(() => this.SUBRULE(this.classBodyDeclaration));
    });
    this.CONSUME(T.RBrace);
  });

  enumConstant = this.RULE('enumConstant', () => {
    this.MANY(() => this.SUBRULE(this.annotation));
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.arguments));
    this.OPTION2(() => this.SUBRULE(this.classBody));
  });

  recordDeclaration = this.RULE('recordDeclaration', () => {
    this.CONSUME(T.Identifier, { LABEL: 'record' });
    this.CONSUME2(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.SUBRULE(this.typeArguments));
    this.SUBRULE(this.formalParameters);
    this.OPTION2(() => {
      this.CONSUME(T.Implements);
      this.SUBRULE(this.classTypeList);
    });
    this.SUBRULE(this.classBody);
  });

  annotationTypeDeclaration = this.RULE('annotationTypeDeclaration', () => {
    this.CONSUME(T.At);
    this.CONSUME(T.Interface);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.SUBRULE(this.classBody);
  });

  classTypeList = this.RULE('classTypeList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.classType) });
  });

  classBody = this.RULE('classBody', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.classBodyDeclaration));
    this.CONSUME(T.RBrace);
  });

  /** JLS §8.1.6: members, initializer blocks, and stray `;`. */
  classBodyDeclaration = this.RULE('classBodyDeclaration', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Semicolon) },
      {
        GATE: () => tokenMatcher(this.LA(1), T.Static) && tokenMatcher(this.LA(2), T.LBrace),
        ALT: () => {
          this.CONSUME(T.Static);
          this.SUBRULE(this.block, { LABEL: 'staticInit' });
        },
      },
      { ALT: () => this.SUBRULE2(this.block, { LABEL: 'instanceInit' }) },
      {
        ALT: () => {
          this.SUBRULE(this.modifiers);
          this.SUBRULE(this.memberDeclaration);
        },
      },
    ]);
  });

  memberDeclaration = this.RULE('memberDeclaration', () => {
    this.OR([
      { GATE: () => this.isTypeDeclStart(1), ALT: () => this.SUBRULE(this.typeDeclarationRest) },
      {
        ALT: () => {
          this.OPTION(() => this.SUBRULE(this.typeArguments, { LABEL: 'typeParameters' }));
          this.OR2([
            {
              GATE: () => tokenMatcher(this.LA(1), T.Identifier) && tokenMatcher(this.LA(2), T.LParen),
              ALT: () => this.SUBRULE(this.constructorRest),
            },
            { ALT: () => this.SUBRULE(this.methodOrFieldRest) },
          ]);
        },
      },
    ]);
  });

  constructorRest = this.RULE('constructorRest', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.SUBRULE(this.formalParameters);
    this.OPTION(() => this.SUBRULE(this.throwsClause));
    this.SUBRULE(this.block);
  });

  /** After modifiers: `Type name(...)...` or `Type a = 1, b[];` (JLS §8.3, §8.4). */
  methodOrFieldRest = this.RULE('methodOrFieldRest', () => {
    this.SUBRULE(this.resultType);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OR([
      { ALT: () => this.SUBRULE(this.methodRest) },
      { ALT: () => this.SUBRULE(this.fieldRest) },
    ]);
  });

  methodRest = this.RULE('methodRest', () => {
    this.SUBRULE(this.formalParameters);
    this.SUBRULE(this.dims); // obsolete `int m()[]` (JLS §8.4)
    this.OPTION(() => this.SUBRULE(this.throwsClause));
    this.OPTION2(() => {
      this.CONSUME(T.Default); // annotation element default (rejected with the annotation type)
      this.SUBRULE(this.elementValue);
    });
    this.OR([
      { ALT: () => this.SUBRULE(this.block, { LABEL: 'body' }) },
      { ALT: () => this.CONSUME(T.Semicolon) },
    ]);
  });

  /** The rest of the first declarator, then more declarators. */
  fieldRest = this.RULE('fieldRest', () => {
    this.SUBRULE(this.declaratorRest);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE(this.variableDeclarator);
    });
    this.CONSUME(T.Semicolon);
  });

  variableDeclarator = this.RULE('variableDeclarator', () => {
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.SUBRULE(this.declaratorRest);
  });

  declaratorRest = this.RULE('declaratorRest', () => {
    this.SUBRULE(this.dims);
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      this.SUBRULE(this.variableInitializer);
    });
  });

  variableInitializer = this.RULE('variableInitializer', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.arrayInitializer) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  arrayInitializer = this.RULE('arrayInitializer', () => {
    this.CONSUME(T.LBrace);
    this.OPTION(() => {
      this.SUBRULE(this.variableInitializer);
      this.MANY({
        GATE: () => !tokenMatcher(this.LA(2), T.RBrace),
        DEF: () => {
          this.CONSUME(T.Comma);
          this.SUBRULE2(this.variableInitializer);
        },
      });
    });
    this.OPTION2(() => this.CONSUME2(T.Comma, { LABEL: 'trailingComma' }));
    this.CONSUME(T.RBrace);
  });

  formalParameters = this.RULE('formalParameters', () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.formalParameter) });
    this.CONSUME(T.RParen);
  });

  formalParameter = this.RULE('formalParameter', () => {
    this.SUBRULE(this.modifiers);
    this.SUBRULE(this.type);
    this.OPTION(() => this.CONSUME(T.Ellipsis));
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'name' }) },
      { ALT: () => this.CONSUME(T.This) }, // receiver parameter, rejected
    ]);
    this.SUBRULE(this.dims);
  });

  throwsClause = this.RULE('throwsClause', () => {
    this.CONSUME(T.Throws);
    this.SUBRULE(this.classTypeList);
  });

  // ============================================================ types (JLS §4)

  resultType = this.RULE('resultType', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Void) },
      { ALT: () => this.SUBRULE(this.type) },
    ]);
  });

  type = this.RULE('type', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.PrimitiveTypeKeyword) },
      { ALT: () => this.SUBRULE(this.classType) },
    ]);
    this.SUBRULE(this.dims);
  });

  classType = this.RULE('classType', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.typeArguments));
    this.MANY({
      GATE: () => tokenMatcher(this.LA(2), T.Identifier),
      DEF: () => {
        this.CONSUME(T.Dot);
        this.CONSUME2(T.Identifier);
        this.OPTION2(() => this.SUBRULE2(this.typeArguments));
      },
    });
  });

  dims = this.RULE('dims', () => {
    this.MANY({
      GATE: () => tokenMatcher(this.LA(2), T.RBracket),
      DEF: () => {
        this.CONSUME(T.LBracket);
        this.CONSUME(T.RBracket);
      },
    });
  });

  /**
   * `<...>` type arguments or parameters, matched leniently by counting angle depth (`>>` closes
   * two levels); generics are rejected as a whole by the builder, so their inner shape is moot.
   */
  typeArguments = this.RULE('typeArguments', () => {
    let depth = 0;
    this.CONSUME(T.Lt);
    this.ACTION(() => (depth = 1));
    this.MANY({
      GATE: () => depth > 0,
      DEF: () => {
        const t = this.OR(this.typeArgumentTokens());
        this.ACTION(() => (depth += angleDelta(t)));
      },
    });
  });

  private typeArgumentTokenAlts: { ALT: () => IToken }[] | undefined;
  private typeArgumentTokens(): { ALT: () => IToken }[] {
    this.typeArgumentTokenAlts ??= [
      T.Identifier, T.PrimitiveTypeKeyword, T.Dot, T.Comma, T.Question, T.Extends, T.Super, T.Amp,
      T.LBracket, T.RBracket, T.At, T.Lt, T.Gt, T.Shr, T.UShr,
    ].map((tt) => ({ ALT: () => this.CONSUME2(tt) }));
    return this.typeArgumentTokenAlts;
  }

  // ============================================================ blocks and statements (JLS §14)

  block = this.RULE('block', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.blockStatement));
    this.CONSUME(T.RBrace);
  });

  blockStatement = this.RULE('blockStatement', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isLocalTypeDecl(),
          ALT: () => {
            this.SUBRULE(this.modifiers);
            this.SUBRULE(this.typeDeclarationRest, { LABEL: 'localType' });
          },
        },
        {
          GATE: () => this.isLocalVarDecl(1) >= 0,
          ALT: () => {
            this.SUBRULE(this.localVariableDeclaration);
            this.CONSUME(T.Semicolon);
          },
        },
        { ALT: () => this.SUBRULE(this.statement) },
      ],
    });
  });

  localVariableDeclaration = this.RULE('localVariableDeclaration', () => {
    this.SUBRULE(this.modifiers);
    this.SUBRULE(this.type);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.variableDeclarator) });
  });

  statement = this.RULE('statement', () => {
    // IGNORE_AMBIGUITIES: a `switch` statement wins over an expression statement starting with
    // a switch expression, as in Java (JLS §14.8 excludes switch expressions there).
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { ALT: () => this.SUBRULE(this.block) },
      { ALT: () => this.CONSUME(T.Semicolon, { LABEL: 'empty' }) },
      {
        ALT: () => {
          this.CONSUME(T.Identifier, { LABEL: 'label' });
          this.CONSUME(T.Colon);
          this.SUBRULE(this.statement);
        },
      },
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.whileStatement) },
      { ALT: () => this.SUBRULE(this.doStatement) },
      { ALT: () => this.SUBRULE(this.forStatement) },
      { ALT: () => this.SUBRULE(this.jumpStatement) },
      { ALT: () => this.SUBRULE(this.returnStatement) },
      { ALT: () => this.SUBRULE(this.throwStatement) },
      { ALT: () => this.SUBRULE(this.switchStatement) },
      { ALT: () => this.SUBRULE(this.tryStatement) },
      { ALT: () => this.SUBRULE(this.assertStatement) },
      { ALT: () => this.SUBRULE(this.synchronizedStatement) },
      { ALT: () => this.SUBRULE(this.explicitConstructorCall) },
      { ALT: () => this.SUBRULE(this.expressionStatement) },
    ] });
  });

  expressionStatement = this.RULE('expressionStatement', () => {
    this.SUBRULE(this.expression);
    this.CONSUME(T.Semicolon);
  });

  ifStatement = this.RULE('ifStatement', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.parExpression);
    this.SUBRULE(this.statement, { LABEL: 'then' });
    // The dangling else binds to the nearest if (JLS §14.5): OPTION is greedy.
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.SUBRULE2(this.statement, { LABEL: 'else' });
    });
  });

  whileStatement = this.RULE('whileStatement', () => {
    this.CONSUME(T.While);
    this.SUBRULE(this.parExpression);
    this.SUBRULE(this.statement);
  });

  doStatement = this.RULE('doStatement', () => {
    this.CONSUME(T.Do);
    this.SUBRULE(this.statement);
    this.CONSUME(T.While);
    this.SUBRULE(this.parExpression);
    this.CONSUME(T.Semicolon);
  });

  parExpression = this.RULE('parExpression', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
  });

  forStatement = this.RULE('forStatement', () => {
    this.CONSUME(T.For);
    this.CONSUME(T.LParen);
    this.OR([
      { GATE: () => this.isForEach(), ALT: () => this.SUBRULE(this.forEachControl) },
      { ALT: () => this.SUBRULE(this.forControl) },
    ]);
    this.CONSUME(T.RParen);
    this.SUBRULE(this.statement);
  });

  forEachControl = this.RULE('forEachControl', () => {
    this.SUBRULE(this.modifiers);
    this.SUBRULE(this.type);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.SUBRULE(this.dims);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.expression);
  });

  forControl = this.RULE('forControl', () => {
    this.OPTION(() => {
      this.OR([
        { GATE: () => this.isLocalVarDecl(1) >= 0, ALT: () => this.SUBRULE(this.localVariableDeclaration) },
        { ALT: () => this.SUBRULE(this.expressionList, { LABEL: 'init' }) },
      ]);
    });
    this.CONSUME(T.Semicolon);
    this.OPTION2(() => this.SUBRULE(this.expression, { LABEL: 'condition' }));
    this.CONSUME2(T.Semicolon);
    this.OPTION3(() => this.SUBRULE2(this.expressionList, { LABEL: 'update' }));
  });

  expressionList = this.RULE('expressionList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
  });

  /** `break`/`continue` with an optional label. */
  jumpStatement = this.RULE('jumpStatement', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Break) }, { ALT: () => this.CONSUME(T.Continue) }]);
    this.OPTION(() => this.CONSUME(T.Identifier, { LABEL: 'label' }));
    this.CONSUME(T.Semicolon);
  });

  returnStatement = this.RULE('returnStatement', () => {
    this.CONSUME(T.Return);
    this.OPTION(() => this.SUBRULE(this.expression));
    this.CONSUME(T.Semicolon);
  });

  throwStatement = this.RULE('throwStatement', () => {
    this.CONSUME(T.Throw);
    this.SUBRULE(this.expression);
    this.CONSUME(T.Semicolon);
  });

  /** The classic switch statement (JLS §14.11); `case ->` rules are parsed only to be rejected. */
  switchStatement = this.RULE('switchStatement', () => {
    this.CONSUME(T.Switch);
    this.SUBRULE(this.parExpression);
    this.SUBRULE(this.switchBlock);
  });

  switchBlock = this.RULE('switchBlock', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.switchGroup));
    this.CONSUME(T.RBrace);
  });

  switchGroup = this.RULE('switchGroup', () => {
    this.AT_LEAST_ONE({
      GATE: () => !this.lastLabelWasArrow(),
      DEF: () => this.SUBRULE(this.switchLabel),
    });
    this.OR([
      { GATE: () => this.lastLabelWasArrow(), ALT: () => this.SUBRULE(this.statement, { LABEL: 'ruleBody' }) },
      {
        ALT: () =>
          this.MANY({
            GATE: () => !tokenMatcher(this.LA(1), T.Case) && !tokenMatcher(this.LA(1), T.Default),
            DEF: () => this.SUBRULE(this.blockStatement),
          }),
      },
    ]);
  });

  switchLabel = this.RULE('switchLabel', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Case);
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.conditionalExpression) });
        },
      },
      { ALT: () => this.CONSUME(T.Default) },
    ]);
    this.OR2([{ ALT: () => this.CONSUME(T.Colon) }, { ALT: () => this.CONSUME(T.Arrow) }]);
  });

  tryStatement = this.RULE('tryStatement', () => {
    this.CONSUME(T.Try);
    this.OPTION(() => this.SUBRULE(this.resourceSpecification));
    this.SUBRULE(this.block);
    this.MANY(() => this.SUBRULE(this.catchClause));
    this.OPTION2(() => {
      this.CONSUME(T.Finally);
      this.SUBRULE2(this.block, { LABEL: 'finallyBlock' });
    });
  });

  /** try-with-resources (rejected): `(R r = e; other)`. */
  resourceSpecification = this.RULE('resourceSpecification', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.resource);
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      this.OPTION(() => this.SUBRULE2(this.resource));
    });
    this.CONSUME(T.RParen);
  });

  resource = this.RULE('resource', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isLocalVarDecl(1) >= 0,
          ALT: () => {
            this.SUBRULE(this.modifiers);
            this.SUBRULE(this.type);
            this.CONSUME(T.Identifier);
            this.CONSUME(T.Assign);
            this.SUBRULE(this.expression);
          },
        },
        { ALT: () => this.SUBRULE2(this.expression) },
      ],
    });
  });

  catchClause = this.RULE('catchClause', () => {
    this.CONSUME(T.Catch);
    this.CONSUME(T.LParen);
    this.SUBRULE(this.modifiers);
    this.AT_LEAST_ONE_SEP({ SEP: T.Pipe, DEF: () => this.SUBRULE(this.classType) });
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.RParen);
    this.SUBRULE(this.block);
  });

  assertStatement = this.RULE('assertStatement', () => {
    this.CONSUME(T.Assert);
    this.SUBRULE(this.expression);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE2(this.expression);
    });
    this.CONSUME(T.Semicolon);
  });

  synchronizedStatement = this.RULE('synchronizedStatement', () => {
    this.CONSUME(T.Synchronized);
    this.SUBRULE(this.parExpression);
    this.SUBRULE(this.block);
  });

  /** `this(...)` / `super(...)` (JLS §8.8.7.1); the checker requires it to come first. */
  explicitConstructorCall = this.RULE('explicitConstructorCall', () => {
    this.OR([{ ALT: () => this.CONSUME(T.This) }, { ALT: () => this.CONSUME(T.Super) }]);
    this.SUBRULE(this.arguments);
    this.CONSUME(T.Semicolon);
  });

  // ============================================================ expressions (JLS §15)

  expression = this.RULE('expression', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.isLambda(), ALT: () => this.SUBRULE(this.lambdaExpression) },
        {
          ALT: () => {
            this.SUBRULE(this.conditionalExpression);
            this.OPTION(() => {
              this.CONSUME(T.AssignmentOperator);
              this.SUBRULE(this.expression); // right-associative (JLS §15.26)
            });
          },
        },
      ],
    });
  });

  /** Rejected, but parsed: `x -> e`, `(a, b) -> { ... }`. */
  lambdaExpression = this.RULE('lambdaExpression', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.lambdaParameter) });
          this.CONSUME(T.RParen);
        },
      },
    ]);
    this.CONSUME(T.Arrow);
    this.OR2([{ ALT: () => this.SUBRULE(this.block) }, { ALT: () => this.SUBRULE(this.expression) }]);
  });

  lambdaParameter = this.RULE('lambdaParameter', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isLocalVarDecl(1) >= 0,
          ALT: () => {
            this.SUBRULE(this.modifiers);
            this.SUBRULE(this.type);
            this.CONSUME(T.Identifier);
          },
        },
        { ALT: () => this.CONSUME2(T.Identifier) },
      ],
    });
  });

  /** `c ? a : b` (JLS §15.25); the else branch is itself conditional (right-associative). */
  conditionalExpression = this.RULE('conditionalExpression', () => {
    this.SUBRULE(this.binaryExpression);
    this.OPTION(() => {
      this.CONSUME(T.Question);
      this.SUBRULE(this.expression, { LABEL: 'then' });
      this.CONSUME(T.Colon);
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { GATE: () => this.isLambda(), ALT: () => this.SUBRULE(this.lambdaExpression) },
          { ALT: () => this.SUBRULE(this.conditionalExpression, { LABEL: 'else' }) },
        ],
      });
    });
  });

  /**
   * Operands and binary operators as a flat list; the builder applies Java's precedence
   * (JLS §15.17-§15.24) by precedence climbing, which keeps the CST shallow and the parse fast.
   */
  binaryExpression = this.RULE('binaryExpression', () => {
    this.SUBRULE(this.unaryExpression);
    this.MANY(() => this.SUBRULE(this.binaryTail));
  });

  binaryTail = this.RULE('binaryTail', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.BinaryOperator);
          this.SUBRULE(this.unaryExpression);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Instanceof);
          this.OPTION(() => this.CONSUME(T.Final));
          this.SUBRULE(this.type);
          this.OPTION2(() => this.CONSUME(T.Identifier, { LABEL: 'binding' })); // a pattern, rejected
        },
      },
    ]);
  });

  unaryExpression = this.RULE('unaryExpression', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.OR2([
              { ALT: () => this.CONSUME(T.Inc) },
              { ALT: () => this.CONSUME(T.Dec) },
              { ALT: () => this.CONSUME(T.Plus) },
              { ALT: () => this.CONSUME(T.Minus) },
              { ALT: () => this.CONSUME(T.Bang) },
              { ALT: () => this.CONSUME(T.Tilde) },
            ]);
            this.SUBRULE(this.unaryExpression);
          },
        },
        { GATE: () => this.isCast(), ALT: () => this.SUBRULE(this.castExpression) },
        { ALT: () => this.SUBRULE(this.postfixExpression) },
      ],
    });
  });

  /** `(int) x`, `(String) o` — chosen by the isCast gate (JLS §15.16's two cast forms). */
  castExpression = this.RULE('castExpression', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.type);
    this.MANY(() => {
      this.CONSUME(T.Amp); // intersection cast, rejected
      this.SUBRULE(this.classType);
    });
    this.CONSUME(T.RParen);
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.isLambda(), ALT: () => this.SUBRULE(this.lambdaExpression) },
        { ALT: () => this.SUBRULE(this.unaryExpression) },
      ],
    });
  });

  postfixExpression = this.RULE('postfixExpression', () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Inc) }, { ALT: () => this.CONSUME(T.Dec) }]);
    });
  });

  primary = this.RULE('primary', () => {
    this.SUBRULE(this.primaryPrefix);
    this.MANY(() => this.SUBRULE(this.primarySuffix));
  });

  primaryPrefix = this.RULE('primaryPrefix', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.LiteralToken) },
      { ALT: () => this.CONSUME(T.This) },
      { ALT: () => this.CONSUME(T.Super) },
      { ALT: () => this.CONSUME(T.Identifier) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.newExpression) },
      { ALT: () => this.SUBRULE(this.primitiveClassLiteral) },
      {
        ALT: () => {
          this.CONSUME(T.Switch); // switch expression, rejected
          this.SUBRULE(this.parExpression);
          this.SUBRULE(this.switchBlock);
        },
      },
    ]);
  });

  /** `int.class`, `int[].class`, `void.class` (JLS §15.8.2). */
  primitiveClassLiteral = this.RULE('primitiveClassLiteral', () => {
    this.OR([{ ALT: () => this.CONSUME(T.PrimitiveTypeKeyword) }, { ALT: () => this.CONSUME(T.Void) }]);
    this.SUBRULE(this.dims);
    this.CONSUME(T.Dot);
    this.CONSUME(T.Class);
  });

  primarySuffix = this.RULE('primarySuffix', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          this.OPTION(() => this.SUBRULE(this.typeArguments));
          this.OR2([
            { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(T.Class) },
            { ALT: () => this.CONSUME(T.This) },
            { ALT: () => this.CONSUME(T.Super) },
            { ALT: () => this.CONSUME(T.New) },
          ]);
        },
      },
      { ALT: () => this.SUBRULE(this.arguments) },
      {
        ALT: () => {
          this.CONSUME(T.LBracket, { LABEL: 'indexOpen' });
          this.SUBRULE(this.expression, { LABEL: 'index' });
          this.CONSUME(T.RBracket);
        },
      },
      {
        // `String[].class`
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            this.CONSUME2(T.LBracket);
            this.CONSUME2(T.RBracket);
          });
          this.CONSUME2(T.Dot);
          this.CONSUME2(T.Class, { LABEL: 'arrayClass' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.ColonColon); // method reference, rejected
          this.OR3([{ ALT: () => this.CONSUME2(T.Identifier) }, { ALT: () => this.CONSUME2(T.New) }]);
        },
      },
    ]);
  });

  arguments = this.RULE('arguments', () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
    this.CONSUME(T.RParen);
  });

  /** `new C(args)`, `new C(args) {..}` (rejected), `new T[n][]`, `new T[] {..}` (JLS §15.9, §15.10.1). */
  newExpression = this.RULE('newExpression', () => {
    this.CONSUME(T.New);
    this.OPTION(() => this.SUBRULE(this.typeArguments));
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.PrimitiveTypeKeyword);
          this.SUBRULE(this.arrayCreationRest);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.classType);
          this.OR2([
            {
              ALT: () => {
                this.SUBRULE(this.arguments);
                this.OPTION2(() => this.SUBRULE(this.classBody, { LABEL: 'anonymousBody' }));
              },
            },
            { ALT: () => this.SUBRULE2(this.arrayCreationRest) },
          ]);
        },
      },
    ]);
  });

  arrayCreationRest = this.RULE('arrayCreationRest', () => {
    this.OR([
      {
        GATE: () => tokenMatcher(this.LA(2), T.RBracket),
        ALT: () => {
          this.SUBRULE(this.dims);
          this.SUBRULE(this.arrayInitializer);
        },
      },
      {
        ALT: () => {
          this.AT_LEAST_ONE({
            GATE: () => tokenMatcher(this.LA(1), T.LBracket) && !tokenMatcher(this.LA(2), T.RBracket),
            DEF: () => {
              this.CONSUME(T.LBracket);
              this.SUBRULE(this.expression, { LABEL: 'dimExpr' });
              this.CONSUME(T.RBracket);
            },
          });
          this.SUBRULE2(this.dims, { LABEL: 'extraDims' });
        },
      },
    ]);
  });

  // ============================================================ lookahead helpers (gates)
  // Java needs unbounded lookahead in a few places (declarations vs expressions, casts vs
  // parenthesised expressions, lambdas); these scan tokens without consuming them. Each takes
  // and returns 1-based LA positions; -1 means "not this construct".

  private isPackageDecl(): boolean {
    let k = 1;
    while (tokenMatcher(this.LA(k), T.At)) k = this.scanAnnotation(k);
    return k > 0 && tokenMatcher(this.LA(k), T.Package);
  }

  private isModifierStart(): boolean {
    const t = this.LA(1);
    if (tokenMatcher(t, T.ModifierKeyword)) return true;
    if (tokenMatcher(t, T.At)) return !tokenMatcher(this.LA(2), T.Interface);
    return this.isContextualModifier();
  }

  private isContextual(k: number, word: string): boolean {
    const t = this.LA(k);
    return tokenMatcher(t, T.Identifier) && t.image === word;
  }

  /** `sealed` and `non-sealed` before a class or interface, or before another modifier. */
  private isContextualModifier(): boolean {
    if (!this.isContextual(1, 'sealed') && !this.isContextual(1, 'non')) return false;
    const k = this.isContextual(1, 'non') ? 4 : 2;
    if (k === 4 && !(tokenMatcher(this.LA(2), T.Minus) && this.isContextual(3, 'sealed'))) return false;
    const next = this.LA(k);
    return tokenMatcher(next, T.Class) || tokenMatcher(next, T.Interface) || tokenMatcher(next, T.ModifierKeyword);
  }

  private isRecordDecl(k: number): boolean {
    return this.isContextual(k, 'record') && tokenMatcher(this.LA(k + 1), T.Identifier) &&
      (tokenMatcher(this.LA(k + 2), T.LParen) || tokenMatcher(this.LA(k + 2), T.Lt));
  }

  private isTypeDeclStart(k: number): boolean {
    const t = this.LA(k);
    return tokenMatcher(t, T.Class) || tokenMatcher(t, T.Interface) || tokenMatcher(t, T.Enum) ||
      (tokenMatcher(t, T.At) && tokenMatcher(this.LA(k + 1), T.Interface)) || this.isRecordDecl(k);
  }

  /** A local class/interface/enum/record: modifiers and annotations, then the keyword. */
  private isLocalTypeDecl(): boolean {
    let k = 1;
    for (;;) {
      const t = this.LA(k);
      if (tokenMatcher(t, T.ModifierKeyword)) k++;
      else if (tokenMatcher(t, T.At) && !tokenMatcher(this.LA(k + 1), T.Interface)) {
        k = this.scanAnnotation(k);
        if (k < 0) return false;
      } else break;
    }
    return this.isTypeDeclStart(k);
  }

  /** `[final] [@A] Type name`: returns the position of `name`, or -1. */
  private isLocalVarDecl(start: number): number {
    let k = start;
    for (;;) {
      const t = this.LA(k);
      if (tokenMatcher(t, T.Final)) k++;
      else if (tokenMatcher(t, T.At)) {
        k = this.scanAnnotation(k);
        if (k < 0) return -1;
      } else break;
    }
    k = this.scanType(k);
    return k > 0 && tokenMatcher(this.LA(k), T.Identifier) ? k : -1;
  }

  /** `for (T x : e)` — a declaration whose name (plus old-style dims) is followed by `:`. */
  private isForEach(): boolean {
    let k = this.isLocalVarDecl(1);
    if (k < 0) return false;
    k++;
    while (tokenMatcher(this.LA(k), T.LBracket) && tokenMatcher(this.LA(k + 1), T.RBracket)) k += 2;
    return tokenMatcher(this.LA(k), T.Colon);
  }

  /**
   * JLS §15.16: `(` PrimitiveType dims `)` is always a cast; `(` ReferenceType `)` is a cast only
   * when followed by a token that can start a UnaryExpressionNotPlusMinus, so `(a) - b` and
   * `(a) + b` stay binary expressions.
   */
  private isCast(): boolean {
    if (!tokenMatcher(this.LA(1), T.LParen)) return false;
    const first = this.LA(2);
    let k = this.scanType(2);
    if (k < 0) return false;
    if (tokenMatcher(first, T.PrimitiveTypeKeyword) && tokenMatcher(this.LA(k), T.RParen)) return true;
    while (tokenMatcher(this.LA(k), T.Amp)) {
      k = this.scanType(k + 1);
      if (k < 0) return false;
    }
    if (!tokenMatcher(this.LA(k), T.RParen)) return false;
    return this.startsUnaryNotPlusMinus(this.LA(k + 1));
  }

  private startsUnaryNotPlusMinus(t: IToken): boolean {
    return [T.Identifier, T.LiteralToken, T.LParen, T.Bang, T.Tilde, T.This, T.Super, T.New,
      T.PrimitiveTypeKeyword, T.Void, T.Switch].some((tt) => tokenMatcher(t, tt));
  }

  /** `x ->` or `( ... ) ->` with balanced parentheses. */
  private isLambda(): boolean {
    const first = this.LA(1);
    if (tokenMatcher(first, T.Identifier)) return tokenMatcher(this.LA(2), T.Arrow);
    if (!tokenMatcher(first, T.LParen)) return false;
    let depth = 0;
    for (let k = 1; ; k++) {
      const t = this.LA(k);
      if (t.tokenType === EOF || tokenMatcher(t, T.Semicolon) || tokenMatcher(t, T.LBrace)) return false;
      if (tokenMatcher(t, T.LParen)) depth++;
      else if (tokenMatcher(t, T.RParen) && --depth === 0) return tokenMatcher(this.LA(k + 1), T.Arrow);
    }
  }

  /** A type: primitive or qualified class name with optional `<...>`, then `[]`s. */
  private scanType(k: number): number {
    const t = this.LA(k);
    if (tokenMatcher(t, T.PrimitiveTypeKeyword)) k++;
    else if (tokenMatcher(t, T.Identifier)) {
      k++;
      if (tokenMatcher(this.LA(k), T.Lt)) k = this.scanTypeArguments(k);
      while (k > 0 && tokenMatcher(this.LA(k), T.Dot) && tokenMatcher(this.LA(k + 1), T.Identifier)) {
        k += 2;
        if (tokenMatcher(this.LA(k), T.Lt)) k = this.scanTypeArguments(k);
      }
      if (k < 0) return -1;
    } else return -1;
    while (tokenMatcher(this.LA(k), T.LBracket) && tokenMatcher(this.LA(k + 1), T.RBracket)) k += 2;
    return k;
  }

  private scanTypeArguments(k: number): number {
    let depth = 0;
    for (;; k++) {
      const t = this.LA(k);
      if (!typeArgumentTokenSet.some((tt) => tokenMatcher(t, tt))) return -1;
      depth += angleDelta(t);
      if (depth === 0) return k + 1;
      if (depth < 0) return -1;
    }
  }

  private scanAnnotation(k: number): number {
    if (!tokenMatcher(this.LA(k + 1), T.Identifier)) return -1;
    k += 2;
    while (tokenMatcher(this.LA(k), T.Dot) && tokenMatcher(this.LA(k + 1), T.Identifier)) k += 2;
    if (!tokenMatcher(this.LA(k), T.LParen)) return k;
    let depth = 0;
    for (;; k++) {
      const t = this.LA(k);
      if (t.tokenType === EOF) return -1;
      if (tokenMatcher(t, T.LParen)) depth++;
      else if (tokenMatcher(t, T.RParen) && --depth === 0) return k + 1;
    }
  }

  /** In a switch group, after a `case X ->` label the group holds exactly one statement. */
  private lastLabelWasArrow(): boolean {
    return tokenMatcher(this.LA(0), T.Arrow);
  }
}

const typeArgumentTokenSet: TokenType[] = [
  T.Identifier, T.PrimitiveTypeKeyword, T.Dot, T.Comma, T.Question, T.Extends, T.Super, T.Amp,
  T.LBracket, T.RBracket, T.At, T.Lt, T.Gt, T.Shr, T.UShr,
];

/** How a token changes the depth of nested `<...>`. */
function angleDelta(t: IToken): number {
  if (tokenMatcher(t, T.Lt)) return 1;
  if (tokenMatcher(t, T.Gt)) return -1;
  if (tokenMatcher(t, T.Shr)) return -2;
  if (tokenMatcher(t, T.UShr)) return -3;
  return 0;
}

// ---------------------------------------------------------------- javac-like syntax messages

/** How a token type is named in "X expected": its fixed text, or a javac-style placeholder. */
export function tokenDisplay(tt: TokenType): string {
  if (tt === T.Identifier) return '<identifier>';
  if (tt === EOF) return 'end of file';
  if (tt === T.LiteralToken) return 'literal';
  if (tt === T.PrimitiveTypeKeyword) return '<type>';
  if (tt === T.AssignmentOperator) return "'='";
  if (tt === T.BinaryOperator) return 'operator';
  if (tt === T.ModifierKeyword) return 'modifier';
  const p = tt.PATTERN;
  if (typeof p === 'string') return `'${p}'`;
  if (p instanceof RegExp && /^[a-z]+$/.test(p.source)) return `'${p.source}'`;
  return tt.name;
}

function actualDisplay(t: IToken): string {
  return t.tokenType === EOF ? 'end of file' : `'${t.image}'`;
}

/** javac's wording for what a rule could not start with. */
const noViableByRule: Record<string, string> = {
  typeDeclarationRest: 'class, interface, enum, or record expected',
  memberDeclaration: '<identifier> expected',
  methodOrFieldRest: "'(' or ';' expected",
  type: '<identifier> expected',
  resultType: '<identifier> expected',
  classBodyDeclaration: 'illegal start of type',
  statement: 'illegal start of statement',
  blockStatement: 'illegal start of statement',
};

export const syntaxMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `${tokenDisplay(expected)} expected`,
  buildNotAllInputParsedMessage: ({ firstRedundant }) =>
    `class, interface, enum, or record expected, found ${actualDisplay(firstRedundant)}`,
  buildNoViableAltMessage: ({ actual, ruleName }) => {
    const found = actual[0] ? actualDisplay(actual[0]) : 'end of file';
    return `${noViableByRule[ruleName] ?? 'illegal start of expression'}, found ${found}`;
  },
  buildEarlyExitMessage: ({ actual, ruleName }) => {
    const found = actual[0] ? actualDisplay(actual[0]) : 'end of file';
    return `${noViableByRule[ruleName] ?? 'illegal start of expression'}, found ${found}`;
  },
};
