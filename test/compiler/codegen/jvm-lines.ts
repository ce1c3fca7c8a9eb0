// Reads the LineNumberTable of every method in a real JVM class file (as javac writes it,
// JVMS §4.7.12), so tests can compare Ringfence's line entries with javac's without javap.
// Hands on, per "name+descriptor", the lines in pc order.

/** Per method ("main([Ljava/lang/String;)V"), the line of each LineNumberTable entry in pc order. */
export function jvmLineTables(bytes: Uint8Array): Map<string, number[]> {
  const r = new Reader(bytes);
  if (r.u4() !== 0xcafebabe) throw new Error('not a JVM class file');
  r.skip(4); // minor, major
  const utf8 = readPool(r);
  r.skip(6); // access, this, super
  r.skip(2 * r.u2()); // interfaces
  skipMembers(r);
  const out = new Map<string, number[]>();
  for (let n = r.u2(); n > 0; n--) {
    r.skip(2);
    const key = `${utf8.get(r.u2())}${utf8.get(r.u2())}`;
    out.set(key, []);
    for (let a = r.u2(); a > 0; a--) {
      const name = utf8.get(r.u2());
      const len = r.u4();
      const end = r.pos + len;
      if (name === 'Code') out.set(key, codeLines(r, utf8));
      r.pos = end;
    }
  }
  return out;
}

class Reader {
  pos = 0;
  constructor(private readonly b: Uint8Array) {}
  u1(): number {
    return this.b[this.pos++]!;
  }
  u2(): number {
    return (this.u1() << 8) | this.u1();
  }
  u4(): number {
    return ((this.u2() << 16) | this.u2()) >>> 0;
  }
  skip(n: number): void {
    this.pos += n;
  }
  utf8(len: number): string {
    // Names and descriptors in our tests are ASCII; modified UTF-8 is not needed here.
    const s = String.fromCharCode(...this.b.subarray(this.pos, this.pos + len));
    this.pos += len;
    return s;
  }
}

/** Constant-pool entry sizes after the tag byte (JVMS §4.4); Long/Double take two indexes. */
const ENTRY_SIZE: Record<number, number> = { 3: 4, 4: 4, 5: 8, 6: 8, 7: 2, 8: 2, 9: 4, 10: 4, 11: 4, 12: 4, 15: 3, 16: 2, 17: 4, 18: 4, 19: 2, 20: 2 };

function readPool(r: Reader): Map<number, string> {
  const utf8 = new Map<number, string>();
  const count = r.u2();
  for (let i = 1; i < count; i++) {
    const tag = r.u1();
    if (tag === 1) utf8.set(i, r.utf8(r.u2()));
    else {
      const size = ENTRY_SIZE[tag];
      if (size === undefined) throw new Error(`unknown constant-pool tag ${tag}`);
      r.skip(size);
      if (tag === 5 || tag === 6) i++;
    }
  }
  return utf8;
}

function skipMembers(r: Reader): void {
  for (let n = r.u2(); n > 0; n--) {
    r.skip(6);
    for (let a = r.u2(); a > 0; a--) {
      r.skip(2);
      r.skip(r.u4());
    }
  }
}

function codeLines(r: Reader, utf8: Map<number, string>): number[] {
  r.skip(4); // max_stack, max_locals
  r.skip(r.u4()); // code
  r.skip(8 * r.u2()); // exception table
  const entries: [number, number][] = [];
  for (let a = r.u2(); a > 0; a--) {
    const name = utf8.get(r.u2());
    const len = r.u4();
    const end = r.pos + len;
    if (name === 'LineNumberTable') for (let n = r.u2(); n > 0; n--) entries.push([r.u2(), r.u2()]);
    r.pos = end;
  }
  return entries.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
}
