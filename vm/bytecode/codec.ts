// The class-file codec: ClassFile <-> bytes in the layout drawn in classfile.ts. Decoding is
// total on hostile input: any byte string either decodes to a structurally sound ClassFile
// (every pool reference in range with the right tag) or throws a one-line ClassFormatError
// naming the offset. Code is NOT verified here; that is the verifier's job (vm/runtime).

import {
  CLASS_MAGIC,
  CLASS_MAJOR,
  ClassFormatError,
  CpTag,
  type ClassFile,
  type CodeAttribute,
  type CpEntry,
  type FieldInfo,
  type MethodInfo,
} from './classfile.ts';
import { TAG_NAMES, entryAt } from './constant-pool.ts';
import { decodeMutf8, encodeMutf8 } from './mutf8.ts';

// ---------------------------------------------------------------------------------------
// Encoding

class ByteWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
    this.view = new DataView(bigger.buffer);
  }

  u1(v: number, what: string): void {
    this.reserve(1);
    this.view.setUint8(this.length, fit(v, 0xff, what));
    this.length += 1;
  }

  u2(v: number, what: string): void {
    this.reserve(2);
    this.view.setUint16(this.length, fit(v, 0xffff, what));
    this.length += 2;
  }

  u4(v: number, what: string): void {
    this.reserve(4);
    this.view.setUint32(this.length, fit(v, 0xffffffff, what));
    this.length += 4;
  }

  /** Raw 32 bits (signed or unsigned input). */
  bits32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, v >>> 0);
    this.length += 4;
  }

  i64(v: bigint): void {
    this.reserve(8);
    this.view.setBigInt64(this.length, BigInt.asIntN(64, v));
    this.length += 8;
  }

  f64(v: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, v);
    this.length += 8;
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

function fit(v: number, max: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > max) throw new ClassFormatError(`cannot encode ${what}: ${v} is not in 0..${max}`);
  return v;
}

/** Encodes a class file. Throws ClassFormatError if a value does not fit its field. */
export function encodeClass(cf: ClassFile): Uint8Array {
  const w = new ByteWriter();
  w.u4(CLASS_MAGIC, 'magic');
  w.u2(cf.minor, 'minor version');
  w.u2(cf.major, 'major version');
  w.u2(cf.constantPool.length, 'constant pool count');
  for (let i = 1; i < cf.constantPool.length; i++) encodeEntry(w, cf.constantPool[i] ?? null, i);
  w.u2(cf.access, 'class access flags');
  w.u2(cf.thisClass, 'this_class');
  w.u2(cf.superClass, 'super_class');
  w.u2(cf.interfaces.length, 'interface count');
  for (const i of cf.interfaces) w.u2(i, 'interface index');
  w.u2(cf.fields.length, 'field count');
  for (const f of cf.fields) encodeField(w, f);
  w.u2(cf.methods.length, 'method count');
  for (const m of cf.methods) encodeMethod(w, m);
  w.u2(cf.sourceFile, 'source file index');
  return w.result();
}

function encodeEntry(w: ByteWriter, e: CpEntry | null, i: number): void {
  if (!e) throw new ClassFormatError(`cannot encode constant pool #${i}: empty slot`);
  w.u1(e.tag, `constant pool #${i} tag`);
  switch (e.tag) {
    case CpTag.Utf8: {
      const bytes = encodeMutf8(e.value);
      w.u2(bytes.length, `constant pool #${i} Utf8 length`);
      w.bytes(bytes);
      return;
    }
    case CpTag.Integer:
      return w.bits32(e.value);
    case CpTag.Float:
      return w.bits32(e.bits);
    case CpTag.Long:
      return w.i64(e.value);
    case CpTag.Double:
      return w.f64(e.value);
    case CpTag.Class:
      return w.u2(e.nameIndex, `constant pool #${i} name index`);
    case CpTag.String:
      return w.u2(e.utf8Index, `constant pool #${i} string index`);
    case CpTag.NameAndType:
      w.u2(e.nameIndex, `constant pool #${i} name index`);
      return w.u2(e.descriptorIndex, `constant pool #${i} descriptor index`);
    case CpTag.Fieldref:
    case CpTag.Methodref:
    case CpTag.InterfaceMethodref:
      w.u2(e.classIndex, `constant pool #${i} class index`);
      return w.u2(e.nameAndTypeIndex, `constant pool #${i} name-and-type index`);
  }
}

function encodeField(w: ByteWriter, f: FieldInfo): void {
  w.u2(f.access, 'field access flags');
  w.u2(f.nameIndex, 'field name index');
  w.u2(f.descriptorIndex, 'field descriptor index');
  w.u2(f.constantValueIndex, 'field constant value index');
}

function encodeMethod(w: ByteWriter, m: MethodInfo): void {
  w.u2(m.access, 'method access flags');
  w.u2(m.nameIndex, 'method name index');
  w.u2(m.descriptorIndex, 'method descriptor index');
  w.u2(m.exceptions.length, 'method exceptions count');
  for (const e of m.exceptions) w.u2(e, 'method exception index');
  w.u1(m.code ? 1 : 0, 'has_code');
  if (m.code) encodeCode(w, m.code);
}

function encodeCode(w: ByteWriter, c: CodeAttribute): void {
  w.u2(c.maxStack, 'max_stack');
  w.u2(c.maxLocals, 'max_locals');
  w.u4(c.code.length, 'code length');
  w.bytes(c.code);
  w.u2(c.exceptionTable.length, 'exception table length');
  for (const h of c.exceptionTable) {
    w.u2(h.startPc, 'handler start_pc');
    w.u2(h.endPc, 'handler end_pc');
    w.u2(h.handlerPc, 'handler handler_pc');
    w.u2(h.catchType, 'handler catch_type');
  }
  w.u2(c.lineNumbers.length, 'line number table length');
  for (const l of c.lineNumbers) {
    w.u2(l.startPc, 'line number start_pc');
    w.u2(l.line, 'line number');
  }
}

// ---------------------------------------------------------------------------------------
// Decoding

/** Reads big-endian fields; every read first checks the bytes are there. */
class ByteReader {
  private readonly view: DataView;
  pos = 0;

  constructor(
    readonly bytes: Uint8Array,
    private readonly where: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(msg: string, at = this.pos): never {
    throw new ClassFormatError(`${this.where}: offset ${at}: ${msg}`);
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  need(n: number, what: string): void {
    if (n > this.remaining) this.fail(`truncated ${what} (needs ${n} bytes, ${this.remaining} left)`);
  }

  u1(what: string): number {
    this.need(1, what);
    return this.view.getUint8(this.pos++);
  }

  u2(what: string): number {
    this.need(2, what);
    const v = this.view.getUint16(this.pos);
    this.pos += 2;
    return v;
  }

  u4(what: string): number {
    this.need(4, what);
    const v = this.view.getUint32(this.pos);
    this.pos += 4;
    return v;
  }

  i32(what: string): number {
    return this.u4(what) | 0;
  }

  i64(what: string): bigint {
    this.need(8, what);
    const v = this.view.getBigInt64(this.pos);
    this.pos += 8;
    return v;
  }

  f64(what: string): number {
    this.need(8, what);
    const v = this.view.getFloat64(this.pos);
    this.pos += 8;
    return v;
  }

  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    const b = this.bytes.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  /** A count of items of at least `minSize` bytes each, checked against what is left. */
  count(what: string, minSize: number): number {
    const at = this.pos;
    const n = this.u2(`${what} count`);
    if (n * minSize > this.remaining) this.fail(`${what} count ${n} exceeds the ${this.remaining} bytes left`, at);
    return n;
  }
}

/**
 * Decodes a class file. `where` (e.g. a file path) prefixes every error message.
 * Throws only ClassFormatError.
 */
export function decodeClass(bytes: Uint8Array, where = 'class file'): ClassFile {
  try {
    return decodeUnchecked(new ByteReader(bytes, where));
  } catch (e) {
    if (e instanceof ClassFormatError) throw e;
    // Defence in depth: a host error here is a codec bug, but must not escape as one.
    throw new ClassFormatError(`${where}: malformed class file (${e instanceof Error ? e.message : String(e)})`);
  }
}

function decodeUnchecked(r: ByteReader): ClassFile {
  const magic = r.u4('magic');
  if (magic !== CLASS_MAGIC) r.fail(`bad magic 0x${magic.toString(16).padStart(8, '0')}, expected 0x${CLASS_MAGIC.toString(16)} ("RFNC")`, 0);
  const minor = r.u2('minor version');
  const major = r.u2('major version');
  if (major !== CLASS_MAJOR) r.fail(`unsupported class file version ${major}.${minor}, expected ${CLASS_MAJOR}.x`, 6);
  const constantPool = decodePool(r);
  const pool = new PoolChecker(r, constantPool);
  const access = r.u2('class access flags');
  const thisClass = pool.ref('this_class', [CpTag.Class], 'Class');
  const superClass = pool.optionalRef('super_class', [CpTag.Class], 'Class');
  const nInterfaces = r.count('interface', 2);
  const interfaces: number[] = [];
  for (let i = 0; i < nInterfaces; i++) interfaces.push(pool.ref(`interface ${i}`, [CpTag.Class], 'Class'));
  const nFields = r.count('field', 8);
  const fields: FieldInfo[] = [];
  for (let i = 0; i < nFields; i++) fields.push(decodeField(r, pool, i));
  const nMethods = r.count('method', 9);
  const methods: MethodInfo[] = [];
  for (let i = 0; i < nMethods; i++) methods.push(decodeMethod(r, pool, i));
  const sourceFile = pool.optionalRef('source file', [CpTag.Utf8], 'Utf8');
  if (r.remaining > 0) r.fail(`${r.remaining} trailing byte(s) after the class file`);
  return { minor, major, constantPool, access, thisClass, superClass, interfaces, fields, methods, sourceFile };
}

/** Reads cp_count and the entries, then checks the links between them. */
function decodePool(r: ByteReader): (CpEntry | null)[] {
  const at = r.pos;
  const count = r.u2('constant pool count');
  if (count === 0) r.fail('constant pool count is 0 (must be at least 1)', at);
  // Every entry takes at least 3 bytes (tag + u2), so a huge count on a short file fails fast.
  if ((count - 1) * 3 > r.remaining) r.fail(`constant pool count ${count} exceeds the ${r.remaining} bytes left`, at);
  const pool: (CpEntry | null)[] = [null];
  for (let i = 1; i < count; i++) pool.push(decodeEntry(r, i));
  checkPoolLinks(r, pool);
  return pool;
}

function decodeEntry(r: ByteReader, i: number): CpEntry {
  const at = r.pos;
  const tag = r.u1(`constant pool #${i} tag`);
  const what = `constant pool #${i} (${TAG_NAMES[tag] ?? '?'})`;
  switch (tag) {
    case CpTag.Utf8: {
      const len = r.u2(`${what} length`);
      const start = r.pos;
      const res = decodeMutf8(r.take(len, `${what} bytes`));
      if (!res.ok) r.fail(`${what}: invalid modified UTF-8: ${res.why}`, start + res.offset);
      return { tag, value: res.value };
    }
    case CpTag.Integer:
      return { tag, value: r.i32(what) };
    case CpTag.Float:
      return { tag, bits: r.u4(what) };
    case CpTag.Long:
      return { tag, value: r.i64(what) };
    case CpTag.Double:
      return { tag, value: r.f64(what) };
    case CpTag.Class:
      return { tag, nameIndex: r.u2(what) };
    case CpTag.String:
      return { tag, utf8Index: r.u2(what) };
    case CpTag.NameAndType:
      return { tag, nameIndex: r.u2(what), descriptorIndex: r.u2(what) };
    case CpTag.Fieldref:
    case CpTag.Methodref:
    case CpTag.InterfaceMethodref:
      return { tag, classIndex: r.u2(what), nameAndTypeIndex: r.u2(what) };
    default:
      return r.fail(`constant pool #${i}: unknown tag ${tag}`, at);
  }
}

/** Every reference between pool entries points at an entry of the right tag (JVMS §4.4). */
function checkPoolLinks(r: ByteReader, pool: (CpEntry | null)[]): void {
  const check = (i: number, j: number, tags: readonly CpEntry['tag'][], expected: string): void => {
    try {
      entryAt(pool, j, tags, expected);
    } catch (e) {
      r.fail(`constant pool #${i} refers to ${(e as Error).message}`);
    }
  };
  for (let i = 1; i < pool.length; i++) {
    const e = pool[i]!;
    switch (e.tag) {
      case CpTag.Class:
        check(i, e.nameIndex, [CpTag.Utf8], 'Utf8');
        break;
      case CpTag.String:
        check(i, e.utf8Index, [CpTag.Utf8], 'Utf8');
        break;
      case CpTag.NameAndType:
        check(i, e.nameIndex, [CpTag.Utf8], 'Utf8');
        check(i, e.descriptorIndex, [CpTag.Utf8], 'Utf8');
        break;
      case CpTag.Fieldref:
      case CpTag.Methodref:
      case CpTag.InterfaceMethodref:
        check(i, e.classIndex, [CpTag.Class], 'Class');
        check(i, e.nameAndTypeIndex, [CpTag.NameAndType], 'NameAndType');
        break;
      default:
        break;
    }
  }
}

/** Reads u2 pool indexes and checks their tags, failing at the offset of the index. */
class PoolChecker {
  constructor(
    private readonly r: ByteReader,
    private readonly pool: (CpEntry | null)[],
  ) {}

  ref(what: string, tags: readonly CpEntry['tag'][], expected: string): number {
    const at = this.r.pos;
    const i = this.r.u2(what);
    try {
      entryAt(this.pool, i, tags, expected);
    } catch (e) {
      this.r.fail(`${what}: ${(e as Error).message}`, at);
    }
    return i;
  }

  optionalRef(what: string, tags: readonly CpEntry['tag'][], expected: string): number {
    const at = this.r.pos;
    const i = this.r.u2(what);
    if (i === 0) return 0;
    this.r.pos = at;
    return this.ref(what, tags, expected);
  }
}

const CONSTANT_VALUE_TAGS = [CpTag.Integer, CpTag.Float, CpTag.Long, CpTag.Double, CpTag.String] as const;

function decodeField(r: ByteReader, pool: PoolChecker, n: number): FieldInfo {
  const what = `field ${n}`;
  return {
    access: r.u2(`${what} access flags`),
    nameIndex: pool.ref(`${what} name`, [CpTag.Utf8], 'Utf8'),
    descriptorIndex: pool.ref(`${what} descriptor`, [CpTag.Utf8], 'Utf8'),
    constantValueIndex: pool.optionalRef(`${what} constant value`, CONSTANT_VALUE_TAGS, 'Integer, Float, Long, Double or String'),
  };
}

function decodeMethod(r: ByteReader, pool: PoolChecker, n: number): MethodInfo {
  const what = `method ${n}`;
  const access = r.u2(`${what} access flags`);
  const nameIndex = pool.ref(`${what} name`, [CpTag.Utf8], 'Utf8');
  const descriptorIndex = pool.ref(`${what} descriptor`, [CpTag.Utf8], 'Utf8');
  const nExceptions = r.count(`${what} exceptions`, 2);
  const exceptions: number[] = [];
  for (let i = 0; i < nExceptions; i++) exceptions.push(pool.ref(`${what} exception ${i}`, [CpTag.Class], 'Class'));
  const at = r.pos;
  const hasCode = r.u1(`${what} has_code`);
  if (hasCode > 1) r.fail(`${what}: has_code is ${hasCode}, expected 0 or 1`, at);
  const code = hasCode ? decodeCode(r, pool, what) : null;
  return { access, nameIndex, descriptorIndex, exceptions, code };
}

function decodeCode(r: ByteReader, pool: PoolChecker, what: string): CodeAttribute {
  const maxStack = r.u2(`${what} max_stack`);
  const maxLocals = r.u2(`${what} max_locals`);
  const at = r.pos;
  const len = r.u4(`${what} code length`);
  if (len > r.remaining) r.fail(`${what}: code length ${len} exceeds the ${r.remaining} bytes left`, at);
  const code = r.take(len, `${what} code`);
  const nHandlers = r.count(`${what} exception table`, 8);
  const exceptionTable = [];
  for (let i = 0; i < nHandlers; i++) {
    const h = `${what} handler ${i}`;
    exceptionTable.push({
      startPc: r.u2(`${h} start_pc`),
      endPc: r.u2(`${h} end_pc`),
      handlerPc: r.u2(`${h} handler_pc`),
      catchType: pool.optionalRef(`${h} catch_type`, [CpTag.Class], 'Class'),
    });
  }
  const nLines = r.count(`${what} line number table`, 4);
  const lineNumbers = [];
  for (let i = 0; i < nLines; i++) lineNumbers.push({ startPc: r.u2(`${what} line ${i} start_pc`), line: r.u2(`${what} line ${i}`) });
  return { maxStack, maxLocals, code, exceptionTable, lineNumbers };
}
