// Line numbers for source offsets. The AST records where a node starts as a line but where
// it ends only as an offset; the code generator needs the line of a closing brace (javac
// records the implicit `return` of a void method there), so it looks the offset up here.

export class SourceLines {
  /** Offsets at which each line starts, per file, computed on first use. */
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** The 1-based line holding character `offset` of `file`, or null when its text is unknown. */
  lineAt(file: string, offset: number): number | null {
    const starts = this.lineStarts(file);
    if (starts === null || offset < 0) return null;
    // The last line start at or before `offset` (binary search).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private lineStarts(file: string): number[] | null {
    const cached = this.starts.get(file);
    if (cached) return cached;
    const text = this.texts.get(file);
    if (text === undefined) return null;
    // Line terminators as JLS §3.4 counts them: \n, \r, and \r\n as one.
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.starts.set(file, starts);
    return starts;
  }
}
