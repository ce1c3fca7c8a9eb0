// Tests for the text assembler and disassembler: javap-like output, round-trips of random
// class files (equal up to pool ordering, exact in pool mode, text fixpoint), hostile
// hand-written code, and file:line:col errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CpTag } from '../../../vm/bytecode/classfile.ts';
import { AsmError, assemble } from '../../../vm/bytecode/assembler.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { classNameAt, utf8At } from '../../../vm/bytecode/constant-pool.ts';
import { disassemble } from '../../../vm/bytecode/disassembler.ts';
import { decodeInstructions } from '../../../vm/bytecode/instructions.ts';
import { anyClassFile, helloClass } from './arbitraries.ts';
import { normalize } from './normalize.ts';

function asmOne(text: string) {
  const classes = assemble(text, 'T.rfasm');
  expect(classes).toHaveLength(1);
  return classes[0]!;
}

function asmError(text: string): AsmError {
  try {
    assemble(text, 'T.rfasm');
  } catch (e) {
    if (e instanceof AsmError) return e;
    throw new Error(`expected an AsmError, got ${String(e)}`);
  }
  throw new Error('expected an AsmError, but the text assembled');
}

describe('disassemble', () => {
  it('prints a javap-like listing with symbolic operands', () => {
    const text = disassemble(helloClass());
    expect(text).toContain('.class public super Hello extends java/lang/Object');
    expect(text).toContain('.method public static main([Ljava/lang/String;)V');
    expect(text).toMatch(/^ +0: getstatic java\/lang\/System\.out:Ljava\/io\/PrintStream;$/m);
    expect(text).toMatch(/^ +6: invokevirtual java\/io\/PrintStream\.println:\(Ljava\/lang\/String;\)V$/m);
    expect(text).toContain('.catch java/lang/Exception from 0 to 9 using 10');
    expect(text).toContain('.line 4 at 9');
    expect(text).toContain('.field static final N I = 42');
  });

  it('switches to pool mode when an operand index is out of range', () => {
    const cf = asmOne('.class A\n.method static m()V\n.limit stack 1\n.limit locals 0\n getstatic #999\n return\n.end method');
    const out = disassemble(cf);
    expect(out).toContain('.const #1 = ');
    expect(out).toMatch(/getstatic #999 {2}\/\/ invalid reference/);
    expect(asmOne(out)).toEqual(cf);
  });

  it('shows undecodable code as raw bytes that reassemble exactly', () => {
    const cf = asmOne('.class A\n.method static m()V\n.limit stack 0\n.limit locals 0\n nop\n .bytes 0xfe 0x01\n.end method');
    const out = disassemble(cf);
    expect(out).toMatch(/1: \.bytes 0xfe 0x01 {2}\/\/ code offset 1: unknown opcode 0xfe/);
    expect(asmOne(out)).toEqual(cf);
  });
});

describe('assemble', () => {
  it('assembles hand-written code with labels, switches and handlers', () => {
    const cf = asmOne(`
      .class public Foo extends java/lang/Object implements java/lang/Runnable, Bar
      .source "Foo.java"
      .method public static pick(I)I
        .limit stack 2
        .limit locals 1
      Lstart:
        iload 0
        tableswitch { 0: Lzero  1: Lone  default: Lother }
      Lzero: iconst_0
        ireturn
      Lone:
        .line 7
        ldc 1.5f
        pop
        iconst_1
        ireturn
      Lother:
        iconst_m1
        ireturn
      Lhandler:
        athrow
        .catch any from Lstart to Lhandler using Lhandler
      .end method
    `);
    expect(classNameAt(cf.constantPool, cf.thisClass)).toBe('Foo');
    expect(cf.interfaces.map((i) => classNameAt(cf.constantPool, i))).toEqual(['java/lang/Runnable', 'Bar']);
    expect(utf8At(cf.constantPool, cf.sourceFile)).toBe('Foo.java');
    const code = cf.methods[0]!.code!;
    const ins = decodeInstructions(code.code);
    expect(ins[1]!.switch).toEqual({ defaultTarget: 32, cases: [[0, 24], [1, 26]] });
    expect(code.exceptionTable).toEqual([{ startPc: 0, endPc: 34, handlerPc: 34, catchType: 0 }]);
    expect(code.lineNumbers).toEqual([{ startPc: 26, line: 7 }]);
  });

  it('lets hostile code be written: raw offsets, bad locals, any cp index, wrong-kind refs', () => {
    const cf = asmOne(`
      .class Evil
      .method static m()V
        .limit stack 0
        .limit locals 1
        goto -5
        iload 65535
        ifeq 3
        invokevirtual Field A.f:I
        new #0
        return
      .end method`);
    const ins = decodeInstructions(cf.methods[0]!.code!.code);
    expect(ins.map((i) => [i.op.name, i.operands[0]])).toEqual([
      ['goto', -5],
      ['iload', 65535],
      ['ifeq', 3],
      ['invokevirtual', expect.any(Number)],
      ['new', 0],
      ['return', undefined],
    ]);
    expect(cf.constantPool[ins[3]!.operands[0]!]!.tag).toBe(CpTag.Fieldref);
  });

  it('resolves a numeric target to the pc label of that name, else to that offset', () => {
    // `5:` labels the instruction written after it, wherever it ends up.
    const cf = asmOne('.class A\n.method static m()V\n.limit stack 0\n.limit locals 0\n goto 5\n nop\n5: return\n.end method');
    expect(decodeInstructions(cf.methods[0]!.code!.code)[0]!.operands[0]).toBe(6);
  });

  it('estimates limits when .limit is left out', () => {
    const cf = asmOne(`
      .class A
      .method static add(II)I
        iload 0
        iload 1
        iadd
        ireturn
      .end method
      .method m()V
        aload 0
        invokevirtual A.add:(II)I
        return
      .end method`);
    expect([cf.methods[0]!.code!.maxStack, cf.methods[0]!.code!.maxLocals]).toEqual([2, 2]);
    expect([cf.methods[1]!.code!.maxStack, cf.methods[1]!.code!.maxLocals]).toEqual([1, 1]);
  });

  it('accepts the Jasmin order: .source before .class', () => {
    const [a, b] = assemble('.source A.java\n.class A\n.class B\n', 'x');
    expect(utf8At(a!.constantPool, a!.sourceFile)).toBe('A.java');
    expect(b!.sourceFile).toBe(0);
  });

  it('reads several classes and methods without code', () => {
    const classes = assemble('.class A\n.end class\n.class abstract B\n.method abstract m()V\n.end method\n', 'x');
    expect(classes).toHaveLength(2);
    expect(classes[1]!.methods[0]!.code).toBeNull();
  });

  it('reports errors as file:line:col with the reason', () => {
    expect(asmError('.class A\n.method static m()V\n  iload x\n.end method').message).toBe(
      "T.rfasm:3:9: iload operand must be an integer in 0..65535, found 'x'",
    );
    expect(asmError('.class A\n.method m()V\n  frobnicate\n.end method').message).toBe("T.rfasm:3:3: unknown instruction 'frobnicate'");
    expect(asmError('.class A\n.method m()V\n  goto Lnowhere\n.end method').message).toBe('T.rfasm:3:8: undefined label Lnowhere');
    expect(asmError('.method m()V').message).toBe('T.rfasm:1:1: .method outside a class (a file starts with .class)');
    expect(asmError('.class A\n.method m()V\n  bipush 300\n.end method').message).toMatch(/^T\.rfasm:3:10: bipush operand must be an integer in -128\.\.127/);
    expect(asmError('.class A\n.method m()V\n  return').message).toBe("T.rfasm:3:1: missing '.end method'");
    expect(asmError('.class A\n.field x "I\n').message).toBe('T.rfasm:2:10: unterminated string literal');
    const e = asmError('.class A\n.method m()V\n  ldc\n.end method');
    expect([e.file, e.line, e.col]).toEqual(['T.rfasm', 3, 6]);
  });
});

describe('round-trips', () => {
  it('disassemble -> assemble gives an equal class up to pool ordering, and the text is a fixpoint', () => {
    fc.assert(
      fc.property(anyClassFile, (cf) => {
        const text = disassemble(cf);
        const back = asmOne(text);
        expect(normalize(back)).toEqual(normalize(cf));
        expect(disassemble(back)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('pool mode reassembles to the identical class file', () => {
    fc.assert(
      fc.property(anyClassFile, (cf) => {
        expect(asmOne(disassemble(cf, { constantPool: true }))).toEqual(cf);
      }),
      { numRuns: 150 },
    );
  });

  it('mutated class files that still decode disassemble and reassemble exactly', () => {
    fc.assert(
      fc.property(anyClassFile, fc.nat(), fc.integer({ min: 0, max: 255 }), (cf, pos, byte) => {
        const bytes = encodeClass(cf);
        bytes[pos % bytes.length] = byte;
        let decoded;
        try {
          decoded = decodeClass(bytes);
        } catch {
          return; // rejected by the codec: nothing to disassemble
        }
        const text = disassemble(decoded);
        const back = asmOne(text);
        expect(normalize(back)).toEqual(normalize(decoded));
        expect(disassemble(back)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assemble on damaged text', () => {
  it('throws only AsmError when disassembly is mutated', () => {
    const base = disassemble(helloClass()).split('\n');
    const edit = fc.oneof(
      fc.tuple(fc.constant('delete' as const), fc.nat(), fc.constant('')),
      fc.tuple(fc.constant('duplicate' as const), fc.nat(), fc.constant('')),
      fc.tuple(fc.constant('replace' as const), fc.nat(), fc.string({ maxLength: 12 })),
      fc.tuple(fc.constant('append' as const), fc.nat(), fc.string({ maxLength: 12 })),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const lines = [...base];
        for (const [kind, n, text] of edits) {
          const i = n % lines.length;
          if (kind === 'delete') lines.splice(i, 1);
          else if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
          else if (kind === 'replace') lines[i] = text;
          else lines[i] = lines[i]! + text;
          if (lines.length === 0) lines.push('');
        }
        try {
          assemble(lines.join('\n'), 'M.rfasm');
        } catch (e) {
          expect(e).toBeInstanceOf(AsmError);
          expect((e as AsmError).message).toMatch(/^M\.rfasm:\d+:\d+: [^\n]+$/);
          expect((e as AsmError).message).not.toContain('internal assembler error');
        }
      }),
      { numRuns: 500 },
    );
  });
});
