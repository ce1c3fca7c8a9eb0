// Splits one line of .rfasm text into tokens with their columns, and provides a cursor the
// assembler reads them through. Errors are AsmErrors carrying file:line:col.

/** An assembler error: `file:line:col: message`. */
export class AsmError extends Error {
  override name = 'AsmError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${col}: ${reason}`);
  }
}

/**
 * word: a run of characters other than whitespace, '"', ',', '{', '}';
 * string: a JSON string literal (its decoded value in `text`); punct: ',', '{', '}'.
 * `//` outside a string starts a comment.
 */
export interface Token {
  kind: 'word' | 'string' | 'punct';
  text: string;
  col: number; // 1-based
}

export function tokenize(src: string, file: string, line: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (src.startsWith('//', i)) break;
    else if (c === '"') i = readString(src, i, file, line, tokens);
    else if (c === ',' || c === '{' || c === '}') tokens.push({ kind: 'punct', text: c, col: ++i });
    else {
      const start = i;
      while (i < src.length && !/[\s",{}]/.test(src[i]!) && !src.startsWith('//', i)) i++;
      tokens.push({ kind: 'word', text: src.slice(start, i), col: start + 1 });
    }
  }
  return tokens;
}

function readString(src: string, start: number, file: string, line: number, out: Token[]): number {
  let i = start + 1;
  while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
  if (i >= src.length) throw new AsmError(file, line, start + 1, 'unterminated string literal');
  try {
    out.push({ kind: 'string', text: JSON.parse(src.slice(start, i + 1)) as string, col: start + 1 });
  } catch {
    throw new AsmError(file, line, start + 1, `invalid string literal ${src.slice(start, i + 1)}`);
  }
  return i + 1;
}

/** Reads the tokens of one line, reporting errors at the right column. */
export class Cursor {
  private i = 0;

  constructor(
    readonly tokens: readonly Token[],
    readonly file: string,
    readonly line: number,
    private readonly lineLength: number,
  ) {}

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  /** The next token; `what` names what was expected, for the error at end of line. */
  next(what: string): Token {
    const t = this.tokens[this.i];
    if (!t) this.fail(`expected ${what} at end of line`);
    this.i++;
    return t;
  }

  /** Consumes the next token if it is the word `w`. */
  eatWord(w: string): boolean {
    const t = this.peek();
    if (t?.kind === 'word' && t.text === w) {
      this.i++;
      return true;
    }
    return false;
  }

  expectWord(w: string): void {
    const t = this.next(`'${w}'`);
    if (t.kind !== 'word' || t.text !== w) this.failAt(t, `expected '${w}', found ${describe(t)}`);
  }

  expectEnd(): void {
    const t = this.peek();
    if (t) this.failAt(t, `unexpected ${describe(t)}`);
  }

  fail(msg: string): never {
    throw new AsmError(this.file, this.line, this.lineLength + 1, msg);
  }

  failAt(t: Token, msg: string): never {
    throw new AsmError(this.file, this.line, t.col, msg);
  }
}

export function describe(t: Token): string {
  return t.kind === 'string' ? `string ${JSON.stringify(t.text)}` : `'${t.text}'`;
}
