// The syntactic grammar: a chevrotain CstParser over tokens.ts producing a concrete syntax tree
// that ast-builder.ts turns into compiler/ast.ts nodes. Constructs outside the subset (generics,
// lambdas, nested classes, ...) are parsed leniently so the builder can name and reject them.

import {
  CstParser, EOF, tokenMatcher,
  type IOrAlt, type IParserErrorMessageProvider, type IToken, type TokenType,
} from 'chevrotain';
import * as T from './tokens.ts';

/** One parser for the whole process; parse.ts resets its input per file (chevrotain's guidance). */
export class JavaParser extends CstParser {
  /** OR alternatives, built once per OR instead of on every rule invocation (less garbage). */
  private readonly cache: Record<string, IOrAlt<unknown>[]> = {};

  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: 'full',
      maxLookahead: 2,
      // Grammar validation costs start-up time; tests (VITEST) and RINGFENCE_GRAMMAR_CHECK=1 keep it.
      skipValidations: process.env['VITEST'] === undefined && process.env['RINGFENCE_GRAMMAR_CHECK'] !== '1',
      errorMessageProvider: syntaxMessages,
    });
    this.performSelfAnalysis();
  }

  /** The next unconsumed token (for reporting where a parse was abandoned). */
  nextToken(): IToken {
    return this.LA(1);
  }

  // ============================================================ compilation units (JLS §7)

  compilationUnit = this.RULE('compilationUnit', () => {
    this.OPTION(gated(() => this.isPackageDecl(), () => this.SUBRULE(this.packageDeclaration)));
    this.MANY(() => this.SUBRULE(this.importDeclaration));
    this.MANY2(() => {
      this.OR(this.cache.compilationUnit1 ??= [
        alt(() => this.CONSUME(T.Semicolon)),
        alt(() => this.SUBRULE(this.typeDeclaration)),
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
    this.MANY(gated(() => tokenMatcher(this.LA(2), T.Identifier), () => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Identifier);
    }));
  });

  /** Modifiers then a class, interface, enum, record or annotation type (JLS §7.6, §8.1, §9.1). */
  typeDeclaration = this.RULE('typeDeclaration', () => {
    this.OPTION9(this.optionalModifiers);
    this.SUBRULE(this.typeDeclarationRest);
  });

  typeDeclarationRest = this.RULE('typeDeclarationRest', () => {
    this.OR(this.cache.typeDeclarationRest1 ??= [
      alt(() => this.SUBRULE(this.classDeclaration)),
      alt(() => this.SUBRULE(this.interfaceDeclaration)),
      alt(() => this.SUBRULE(this.enumDeclaration)),
      alt(() => this.SUBRULE(this.annotationTypeDeclaration)),
      gatedAlt(() => this.isRecordDecl(1), () => this.SUBRULE(this.recordDeclaration)),
    ]);
  });

  /**
   * Rules take modifiers through `this.OPTION9(this.optionalModifiers)`: most declarations have
   * none, and an absent node is cheaper than an empty one. (OPTION index 9 is kept for this.)
   */
  private readonly optionalModifiers = gated(() => this.isModifierStart(), () => this.SUBRULE(this.modifiers));

  /** Keyword modifiers, annotations, and the contextual `sealed` / `non-sealed` (rejected). */
  modifiers = this.RULE('modifiers', () => {
    // The gate is on MANY: its own lookahead would enter on any Identifier (the `sealed` case).
    this.MANY(gated(() => this.isModifierStart(), () => {
      this.OR(this.cache.modifiers1 ??= [
        alt(() => this.CONSUME(T.ModifierKeyword)),
        gatedAlt(() => !tokenMatcher(this.LA(2), T.Interface), () => this.SUBRULE(this.annotation)),
        gatedAlt(() => this.isContextualModifier(), () => {
          this.CONSUME(T.Identifier, { LABEL: 'contextual' });
          this.OPTION(() => {
            this.CONSUME(T.Minus); // non-sealed
            this.CONSUME2(T.Identifier);
          });
        }),
      ]);
    }));
  });

  annotation = this.RULE('annotation', () => {
    this.CONSUME(T.At);
    this.SUBRULE(this.qualifiedName);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => {
        this.OR(this.cache.annotation1 ??= [
          gatedAlt(() => tokenMatcher(this.LA(2), T.Assign), () => this.SUBRULE(this.elementValuePairs)),
          alt(() => this.SUBRULE(this.elementValue)),
        ]);
      });
      this.CONSUME(T.RParen);
    });
  });

  elementValuePairs = this.RULE('elementValuePairs', () => {
    this.AT_LEAST_ONE_SEP(separated(T.Comma, () => {
      this.CONSUME(T.Identifier);
      this.CONSUME(T.Assign);
      this.SUBRULE(this.elementValue);
    }));
  });

  elementValue = this.RULE('elementValue', () => {
    this.OR(this.cache.elementValue1 ??= [
      alt(() => this.SUBRULE(this.annotation)),
      alt(() => {
        this.CONSUME(T.LBrace);
        this.MANY(gated(() => !tokenMatcher(this.LA(1), T.RBrace), () => {
          this.SUBRULE(this.elementValue);
          this.OPTION(() => this.CONSUME(T.Comma));
        }));
        this.CONSUME(T.RBrace);
      }),
      alt(() => this.SUBRULE(this.conditionalExpression)),
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
    this.OPTION4(gated(() => this.isContextual(1, 'permits'), () => this.SUBRULE(this.permitsClause)));
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
    this.OPTION4(gated(() => this.isContextual(1, 'permits'), () => this.SUBRULE(this.permitsClause)));
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
    this.MANY(gated(() => tokenMatcher(this.LA(1), T.Identifier) || tokenMatcher(this.LA(1), T.At), () => {
      this.SUBRULE(this.enumConstant);
      this.OPTION2(() => this.CONSUME(T.Comma));
    }));
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
    this.AT_LEAST_ONE_SEP(separated(T.Comma, () => this.SUBRULE(this.classType)));
  });

  classBody = this.RULE('classBody', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.classBodyDeclaration));
    this.CONSUME(T.RBrace);
  });

  /** JLS §8.1.6: members, initializer blocks, and stray `;`. */
  classBodyDeclaration = this.RULE('classBodyDeclaration', () => {
    this.OR(this.cache.classBodyDeclaration1 ??= [
      alt(() => this.CONSUME(T.Semicolon)),
      gatedAlt(() => tokenMatcher(this.LA(1), T.Static) && tokenMatcher(this.LA(2), T.LBrace), () => {
        this.CONSUME(T.Static);
        this.SUBRULE(this.block, { LABEL: 'staticInit' });
      }),
      alt(() => this.SUBRULE2(this.block, { LABEL: 'instanceInit' })),
      alt(() => {
        this.OPTION9(this.optionalModifiers);
        this.SUBRULE(this.memberDeclaration);
      }),
    ]);
  });

  memberDeclaration = this.RULE('memberDeclaration', () => {
    this.OR(this.cache.memberDeclaration1 ??= [
      gatedAlt(() => this.isTypeDeclStart(1), () => this.SUBRULE(this.typeDeclarationRest)),
      alt(() => {
        this.OPTION(() => this.SUBRULE(this.typeArguments, { LABEL: 'typeParameters' }));
        this.OR2(this.cache.memberDeclaration2 ??= [
          gatedAlt(() => tokenMatcher(this.LA(1), T.Identifier) && tokenMatcher(this.LA(2), T.LParen), () => this.SUBRULE(this.constructorRest)),
          alt(() => this.SUBRULE(this.methodOrFieldRest)),
        ]);
      }),
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
    this.OR(this.cache.methodOrFieldRest1 ??= [
      alt(() => this.SUBRULE(this.methodRest)),
      alt(() => this.SUBRULE(this.fieldRest)),
    ]);
  });

  methodRest = this.RULE('methodRest', () => {
    this.SUBRULE(this.formalParameters);
    this.MANY(this.dims); // obsolete `int m()[]` (JLS §8.4)
    this.OPTION(() => this.SUBRULE(this.throwsClause));
    this.OPTION2(() => {
      this.CONSUME(T.Default); // annotation element default (rejected with the annotation type)
      this.SUBRULE(this.elementValue);
    });
    this.OR(this.cache.methodRest1 ??= [
      alt(() => this.SUBRULE(this.block, { LABEL: 'body' })),
      alt(() => this.CONSUME(T.Semicolon)),
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
    this.MANY(this.dims);
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      this.SUBRULE(this.variableInitializer);
    });
  });

  variableInitializer = this.RULE('variableInitializer', () => {
    this.OR(this.cache.variableInitializer1 ??= [
      alt(() => this.SUBRULE(this.arrayInitializer)),
      alt(() => this.SUBRULE(this.expression)),
    ]);
  });

  arrayInitializer = this.RULE('arrayInitializer', () => {
    this.CONSUME(T.LBrace);
    this.OPTION(() => {
      this.SUBRULE(this.variableInitializer);
      this.MANY(gated(() => !tokenMatcher(this.LA(2), T.RBrace), () => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.variableInitializer);
      }));
    });
    this.OPTION2(() => this.CONSUME2(T.Comma, { LABEL: 'trailingComma' }));
    this.CONSUME(T.RBrace);
  });

  formalParameters = this.RULE('formalParameters', () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP(separated(T.Comma, () => this.SUBRULE(this.formalParameter)));
    this.CONSUME(T.RParen);
  });

  formalParameter = this.RULE('formalParameter', () => {
    this.OPTION9(this.optionalModifiers);
    this.SUBRULE(this.type);
    this.OPTION(() => this.CONSUME(T.Ellipsis));
    this.OR(this.cache.formalParameter1 ??= [
      alt(() => this.CONSUME(T.Identifier, { LABEL: 'name' })),
      alt(() => this.CONSUME(T.This)), // receiver parameter, rejected
    ]);
    this.MANY(this.dims);
  });

  throwsClause = this.RULE('throwsClause', () => {
    this.CONSUME(T.Throws);
    this.SUBRULE(this.classTypeList);
  });

  // ============================================================ types (JLS §4)

  resultType = this.RULE('resultType', () => {
    this.OR(this.cache.resultType1 ??= [
      alt(() => this.CONSUME(T.Void)),
      alt(() => this.SUBRULE(this.type)),
    ]);
  });

  type = this.RULE('type', () => {
    this.OR(this.cache.type1 ??= [
      alt(() => this.CONSUME(T.PrimitiveTypeKeyword)),
      alt(() => this.SUBRULE(this.classType)),
    ]);
    this.MANY(this.dims);
  });

  classType = this.RULE('classType', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.typeArguments));
    this.MANY(gated(() => tokenMatcher(this.LA(2), T.Identifier), () => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Identifier);
      this.OPTION2(() => this.SUBRULE2(this.typeArguments));
    }));
  });

  /**
   * `[]` pairs, inlined with `this.MANY(this.dims)` into the rules that take them (no CST node of
   * their own: most are empty, and an empty node per type was 8% of the tree). Each closing
   * bracket is labelled `dimClose`; the using rule must not use MANY or CONSUME([ ]) index 1.
   */
  private readonly dims = gated(() => tokenMatcher(this.LA(2), T.RBracket), () => {
    this.CONSUME(T.LBracket);
    this.CONSUME(T.RBracket, { LABEL: 'dimClose' });
  });

  /**
   * `<...>` type arguments or parameters, matched leniently by counting angle depth (`>>` closes
   * two levels); generics are rejected as a whole by the builder, so their inner shape is moot.
   */
  typeArguments = this.RULE('typeArguments', () => {
    let depth = 0;
    this.CONSUME(T.Lt);
    this.ACTION(() => (depth = 1));
    this.MANY(gated(() => depth > 0, () => {
      const t = this.OR(this.typeArgumentTokens());
      this.ACTION(() => (depth += angleDelta(t)));
    }));
  });

  private typeArgumentTokenAlts: IOrAlt<IToken>[] | undefined;
  private typeArgumentTokens(): IOrAlt<IToken>[] {
    this.typeArgumentTokenAlts ??= [
      T.Identifier, T.PrimitiveTypeKeyword, T.Dot, T.Comma, T.Question, T.Extends, T.Super, T.Amp,
      T.LBracket, T.RBracket, T.At, T.Lt, T.Gt, T.Shr, T.UShr,
    ].map((tt) => (alt(() => this.CONSUME2(tt))));
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
      DEF: (this.cache.blockStatement1 ??= [
        gatedAlt(() => this.isLocalTypeDecl(), () => {
          this.OPTION9(this.optionalModifiers);
          this.SUBRULE(this.typeDeclarationRest, { LABEL: 'localType' });
        }),
        gatedAlt(() => this.isLocalVarDecl(1) >= 0, () => {
          this.SUBRULE(this.localVariableDeclaration);
          this.CONSUME(T.Semicolon);
        }),
        alt(() => this.SUBRULE(this.statement)),
      ]),
    });
  });

  localVariableDeclaration = this.RULE('localVariableDeclaration', () => {
    this.OPTION9(this.optionalModifiers);
    this.SUBRULE(this.type);
    this.AT_LEAST_ONE_SEP(separated(T.Comma, () => this.SUBRULE(this.variableDeclarator)));
  });

  statement = this.RULE('statement', () => {
    // IGNORE_AMBIGUITIES: a `switch` statement wins over an expression statement starting with
    // a switch expression, as in Java (JLS §14.8 excludes switch expressions there).
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: (this.cache.statement1 ??= [
      alt(() => this.SUBRULE(this.block)),
      alt(() => this.CONSUME(T.Semicolon, { LABEL: 'empty' })),
      alt(() => {
        this.CONSUME(T.Identifier, { LABEL: 'label' });
        this.CONSUME(T.Colon);
        this.SUBRULE(this.statement);
      }),
      alt(() => this.SUBRULE(this.ifStatement)),
      alt(() => this.SUBRULE(this.whileStatement)),
      alt(() => this.SUBRULE(this.doStatement)),
      alt(() => this.SUBRULE(this.forStatement)),
      alt(() => this.SUBRULE(this.jumpStatement)),
      alt(() => this.SUBRULE(this.returnStatement)),
      alt(() => this.SUBRULE(this.throwStatement)),
      alt(() => this.SUBRULE(this.switchStatement)),
      alt(() => this.SUBRULE(this.tryStatement)),
      alt(() => this.SUBRULE(this.assertStatement)),
      alt(() => this.SUBRULE(this.synchronizedStatement)),
      alt(() => this.SUBRULE(this.explicitConstructorCall)),
      alt(() => this.SUBRULE(this.expressionStatement)),
    ]) });
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
    this.OR(this.cache.forStatement1 ??= [
      gatedAlt(() => this.isForEach(), () => this.SUBRULE(this.forEachControl)),
      alt(() => this.SUBRULE(this.forControl)),
    ]);
    this.CONSUME(T.RParen);
    this.SUBRULE(this.statement);
  });

  forEachControl = this.RULE('forEachControl', () => {
    this.OPTION9(this.optionalModifiers);
    this.SUBRULE(this.type);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.MANY(this.dims);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.expression);
  });

  forControl = this.RULE('forControl', () => {
    this.OPTION(() => {
      this.OR(this.cache.forControl1 ??= [
        gatedAlt(() => this.isLocalVarDecl(1) >= 0, () => this.SUBRULE(this.localVariableDeclaration)),
        alt(() => this.SUBRULE(this.expressionList, { LABEL: 'init' })),
      ]);
    });
    this.CONSUME(T.Semicolon);
    this.OPTION2(() => this.SUBRULE(this.expression, { LABEL: 'condition' }));
    this.CONSUME2(T.Semicolon);
    this.OPTION3(() => this.SUBRULE2(this.expressionList, { LABEL: 'update' }));
  });

  expressionList = this.RULE('expressionList', () => {
    this.AT_LEAST_ONE_SEP(separated(T.Comma, () => this.SUBRULE(this.expression)));
  });

  /** `break`/`continue` with an optional label. */
  jumpStatement = this.RULE('jumpStatement', () => {
    this.OR(this.cache.jumpStatement1 ??= [alt(() => this.CONSUME(T.Break)), alt(() => this.CONSUME(T.Continue))]);
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

  /** Labels, then statements up to the next label; after a `case X ->` rule, one statement. */
  switchGroup = this.RULE('switchGroup', () => {
    this.AT_LEAST_ONE(gated(() => !this.lastLabelWasArrow(), () => this.SUBRULE(this.switchLabel)));
    this.OR(this.cache.switchGroup1 ??= [
      gatedAlt(() => this.lastLabelWasArrow(), () => this.SUBRULE(this.statement, { LABEL: 'ruleBody' })),
      alt(() => this.MANY(gated(() => !this.atSwitchLabel(), () => this.SUBRULE(this.blockStatement)))),
    ]);
  });

  switchLabel = this.RULE('switchLabel', () => {
    this.OR(this.cache.switchLabel1 ??= [
      alt(() => {
        this.CONSUME(T.Case);
        this.AT_LEAST_ONE_SEP(separated(T.Comma, () => this.SUBRULE(this.conditionalExpression)));
      }),
      alt(() => this.CONSUME(T.Default)),
    ]);
    this.OR2(this.cache.switchLabel2 ??= [alt(() => this.CONSUME(T.Colon)), alt(() => this.CONSUME(T.Arrow))]);
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
      DEF: (this.cache.resource1 ??= [
        gatedAlt(() => this.isLocalVarDecl(1) >= 0, () => {
          this.OPTION9(this.optionalModifiers);
          this.SUBRULE(this.type);
          this.CONSUME(T.Identifier);
          this.CONSUME(T.Assign);
          this.SUBRULE(this.expression);
        }),
        alt(() => this.SUBRULE2(this.expression)),
      ]),
    });
  });

  catchClause = this.RULE('catchClause', () => {
    this.CONSUME(T.Catch);
    this.CONSUME(T.LParen);
    this.OPTION9(this.optionalModifiers);
    this.AT_LEAST_ONE_SEP(separated(T.Pipe, () => this.SUBRULE(this.classType)));
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
    this.OR(this.cache.explicitConstructorCall1 ??= [alt(() => this.CONSUME(T.This)), alt(() => this.CONSUME(T.Super))]);
    this.SUBRULE(this.arguments);
    this.CONSUME(T.Semicolon);
  });

  // ============================================================ expressions (JLS §15)

  /**
   * Expression (JLS §15.2): a lambda, or a conditional expression with an optional assignment.
   * The conditional and binary levels are inlined (see conditionalBody) so that a typical
   * expression is one CST node, not three.
   */
  expression = this.RULE('expression', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: (this.cache.expression1 ??= [
        gatedAlt(() => this.isLambda(), () => this.SUBRULE2(this.lambdaExpression, { LABEL: 'lambda' })),
        alt(() => {
          this.conditionalBody();
          this.OPTION2(() => {
            this.CONSUME(T.AssignmentOperator);
            this.SUBRULE2(this.expression, { LABEL: 'value' }); // right-associative (JLS §15.26)
          });
        }),
      ]),
    });
  });

  /** Rejected, but parsed: `x -> e`, `(a, b) -> { ... }`. */
  lambdaExpression = this.RULE('lambdaExpression', () => {
    this.OR(this.cache.lambdaExpression1 ??= [
      alt(() => this.CONSUME(T.Identifier)),
      alt(() => {
        this.CONSUME(T.LParen);
        this.MANY_SEP(separated(T.Comma, () => this.SUBRULE(this.lambdaParameter)));
        this.CONSUME(T.RParen);
      }),
    ]);
    this.CONSUME(T.Arrow);
    this.OR2(this.cache.lambdaExpression2 ??= [alt(() => this.SUBRULE(this.block)), alt(() => this.SUBRULE(this.expression))]);
  });

  lambdaParameter = this.RULE('lambdaParameter', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: (this.cache.lambdaParameter1 ??= [
        gatedAlt(() => this.isLocalVarDecl(1) >= 0, () => {
          this.OPTION9(this.optionalModifiers);
          this.SUBRULE(this.type);
          this.CONSUME(T.Identifier);
        }),
        alt(() => this.CONSUME2(T.Identifier)),
      ]),
    });
  });

  /** `c ? a : b` where no assignment may follow: case labels, annotation values, else branches. */
  conditionalExpression = this.RULE('conditionalExpression', () => {
    this.conditionalBody();
  });

  /**
   * Operands and binary operators as a flat list, then an optional `? then : else` (JLS §15.25;
   * the else branch is itself conditional, so `?:` nests to the right). The builder applies
   * Java's precedence (JLS §15.17-§15.24) by precedence climbing. Inlined into the calling rule:
   * it uses SUBRULE(unaryExpression), MANY, OPTION, SUBRULE(expression), SUBRULE(lambdaExpression)
   * with index 1, and OR2.
   */
  private conditionalBody(): void {
    this.SUBRULE(this.unaryExpression);
    this.MANY(() => this.SUBRULE(this.binaryTail));
    this.OPTION(() => {
      this.CONSUME(T.Question);
      this.SUBRULE(this.expression, { LABEL: 'then' });
      this.CONSUME(T.Colon);
      this.OR2({
        IGNORE_AMBIGUITIES: true,
        DEF: (this.cache.conditionalElse ??= [
          gatedAlt(() => this.isLambda(), () => this.SUBRULE(this.lambdaExpression)),
          alt(() => this.SUBRULE(this.conditionalExpression, { LABEL: 'else' })),
        ]),
      });
    });
  }

  binaryTail = this.RULE('binaryTail', () => {
    this.OR(this.cache.binaryTail1 ??= [
      alt(() => {
        this.CONSUME(T.BinaryOperator);
        this.SUBRULE(this.unaryExpression);
      }),
      alt(() => {
        this.CONSUME(T.Instanceof);
        this.OPTION(() => this.CONSUME(T.Final));
        this.SUBRULE(this.type);
        this.OPTION2(() => this.CONSUME(T.Identifier, { LABEL: 'binding' })); // a pattern, rejected
      }),
    ]);
  });

  unaryExpression = this.RULE('unaryExpression', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: (this.cache.unaryExpression1 ??= [
        alt(() => {
          this.OR2(this.cache.unaryExpression2 ??= [
            alt(() => this.CONSUME(T.Inc)),
            alt(() => this.CONSUME(T.Dec)),
            alt(() => this.CONSUME(T.Plus)),
            alt(() => this.CONSUME(T.Minus)),
            alt(() => this.CONSUME(T.Bang)),
            alt(() => this.CONSUME(T.Tilde)),
          ]);
          this.SUBRULE(this.unaryExpression);
        }),
        gatedAlt(() => this.isCast(), () => this.SUBRULE(this.castExpression)),
        alt(() => this.SUBRULE(this.primary)),
      ]),
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
      DEF: (this.cache.castExpression1 ??= [
        gatedAlt(() => this.isLambda(), () => this.SUBRULE(this.lambdaExpression)),
        alt(() => this.SUBRULE(this.unaryExpression)),
      ]),
    });
  });

  /**
   * A primary with its suffixes and postfix `++`/`--` in ONE node (JLS §15.8, §15.14): the
   * operands of every expression pass through here, so each level saved is a node per operand.
   */
  primary = this.RULE('primary', () => {
    this.OR(this.cache.primary1 ??= [
      alt(() => this.CONSUME(T.LiteralToken)),
      alt(() => this.CONSUME(T.This)),
      alt(() => this.CONSUME(T.Super)),
      alt(() => this.CONSUME(T.Identifier)),
      alt(() => {
        this.CONSUME(T.LParen, { LABEL: 'open' });
        this.SUBRULE(this.expression);
        this.CONSUME(T.RParen, { LABEL: 'close' });
      }),
      alt(() => this.SUBRULE(this.newExpression)),
      alt(() => this.SUBRULE(this.primitiveClassLiteral)),
      alt(() => this.SUBRULE(this.switchExpression)),
    ]);
    this.MANY(() => this.SUBRULE(this.primarySuffix));
    this.MANY2(() => {
      this.OR2(this.cache.primary2 ??= [alt(() => this.CONSUME(T.Inc)), alt(() => this.CONSUME(T.Dec))]);
    });
  });

  /** A switch expression (rejected). */
  switchExpression = this.RULE('switchExpression', () => {
    this.CONSUME(T.Switch);
    this.SUBRULE(this.parExpression);
    this.SUBRULE(this.switchBlock);
  });

  /** `int.class`, `int[].class`, `void.class` (JLS §15.8.2). */
  primitiveClassLiteral = this.RULE('primitiveClassLiteral', () => {
    this.OR(this.cache.primitiveClassLiteral1 ??= [alt(() => this.CONSUME(T.PrimitiveTypeKeyword)), alt(() => this.CONSUME(T.Void))]);
    this.MANY(this.dims);
    this.CONSUME(T.Dot);
    this.CONSUME(T.Class);
  });

  primarySuffix = this.RULE('primarySuffix', () => {
    this.OR(this.cache.primarySuffix1 ??= [
      alt(() => {
        this.CONSUME(T.Dot);
        this.OPTION(() => this.SUBRULE(this.typeArguments));
        this.OR2(this.cache.primarySuffix2 ??= [
          alt(() => this.CONSUME(T.Identifier, { LABEL: 'name' })),
          alt(() => this.CONSUME(T.Class)),
          alt(() => this.CONSUME(T.This)),
          alt(() => this.CONSUME(T.Super)),
          alt(() => {
            this.CONSUME(T.New); // inner class creation `outer.new Inner()`, rejected
            this.SUBRULE(this.classType);
            this.SUBRULE2(this.arguments);
            this.OPTION2(() => this.SUBRULE(this.classBody));
          }),
        ]);
      }),
      alt(() => this.SUBRULE(this.arguments)),
      alt(() => {
        this.CONSUME(T.LBracket, { LABEL: 'indexOpen' });
        this.SUBRULE(this.expression, { LABEL: 'index' });
        this.CONSUME(T.RBracket);
      }),
      // `String[].class`
      alt(() => {
        this.AT_LEAST_ONE(() => {
          this.CONSUME2(T.LBracket);
          this.CONSUME2(T.RBracket);
        });
        this.CONSUME2(T.Dot);
        this.CONSUME2(T.Class, { LABEL: 'arrayClass' });
      }),
      alt(() => {
        this.CONSUME(T.ColonColon); // method reference, rejected
        this.OR3(this.cache.primarySuffix3 ??= [alt(() => this.CONSUME2(T.Identifier)), alt(() => this.CONSUME2(T.New))]);
      }),
    ]);
  });

  arguments = this.RULE('arguments', () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP(separated(T.Comma, () => this.SUBRULE(this.expression)));
    this.CONSUME(T.RParen);
  });

  /** `new C(args)`, `new C(args) {..}` (rejected), `new T[n][]`, `new T[] {..}` (JLS §15.9, §15.10.1). */
  newExpression = this.RULE('newExpression', () => {
    this.CONSUME(T.New);
    this.OPTION(() => this.SUBRULE(this.typeArguments));
    this.OR(this.cache.newExpression1 ??= [
      alt(() => {
        this.CONSUME(T.PrimitiveTypeKeyword);
        this.SUBRULE(this.arrayCreationRest);
      }),
      alt(() => {
        this.SUBRULE(this.classType);
        this.OR2(this.cache.newExpression2 ??= [
          alt(() => {
            this.SUBRULE(this.arguments);
            this.OPTION2(() => this.SUBRULE(this.classBody, { LABEL: 'anonymousBody' }));
          }),
          alt(() => this.SUBRULE2(this.arrayCreationRest)),
        ]);
      }),
    ]);
  });

  arrayCreationRest = this.RULE('arrayCreationRest', () => {
    this.OR(this.cache.arrayCreationRest1 ??= [
      gatedAlt(() => tokenMatcher(this.LA(2), T.RBracket), () => {
        this.MANY(this.dims);
        this.SUBRULE(this.arrayInitializer);
      }),
      alt(() => {
        this.AT_LEAST_ONE(gated(() => tokenMatcher(this.LA(1), T.LBracket) && !tokenMatcher(this.LA(2), T.RBracket), () => {
          this.CONSUME2(T.LBracket);
          this.SUBRULE(this.expression, { LABEL: 'dimExpr' });
          this.CONSUME2(T.RBracket);
        }));
        this.MANY2(gated(() => tokenMatcher(this.LA(2), T.RBracket), () => {
          this.CONSUME3(T.LBracket);
          this.CONSUME3(T.RBracket, { LABEL: 'extraDimClose' });
        }));
      }),
    ]);
  });

  // ============================================================ lookahead helpers (gates)
  // Java needs unbounded lookahead in a few places (declarations vs expressions, casts vs
  // parenthesised expressions, lambdas); these scan tokens without consuming them. Each takes
  // and returns 1-based LA positions; -1 means "not this construct".

  private isPackageDecl(): boolean {
    let k = 1;
    while (k > 0 && tokenMatcher(this.LA(k), T.At)) k = this.scanAnnotation(k);
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
    // Like javac, `(int[]) -x` parses as a cast too (the checker then rejects its types).
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

  /** `default` is also a modifier token, so blockStatement's lookahead alone would take it. */
  private atSwitchLabel(): boolean {
    const t = this.LA(1);
    return tokenMatcher(t, T.Case) || tokenMatcher(t, T.Default);
  }

  /** In a switch group, after a `case X ->` label the group holds exactly one statement. */
  private lastLabelWasArrow(): boolean {
    return tokenMatcher(this.LA(0), T.Arrow);
  }
}

// ---------------------------------------------------------------- DSL argument helpers
// tsx compiles with esbuild's keepNames, which wraps every arrow function written as an object
// property (`{ ALT: () => ... }`) in a name-setting call, executed on every rule invocation.
// Passing the arrows through these helpers keeps them anonymous: parsing got several times faster.

function alt<R>(ALT: () => R): IOrAlt<R> {
  return { ALT };
}
function gatedAlt<R>(GATE: () => boolean, ALT: () => R): IOrAlt<R> {
  return { GATE, ALT };
}
function gated<R>(GATE: () => boolean, DEF: () => R): { GATE: () => boolean; DEF: () => R } {
  return { GATE, DEF };
}
function separated<R>(SEP: TokenType, DEF: () => R): { SEP: TokenType; DEF: () => R } {
  return { SEP, DEF };
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
  newExpression: "'(' or '[' expected",
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
