// The symbol table's binary side: ClassSymbols decoded lazily from class files (members,
// descriptors, ConstantValue constants, supertypes), source classes shadowing binary ones,
// and malformed or cyclic class files treated as absent instead of crashing the checker.

import { describe, expect, it } from 'vitest';
import { Access, CLASS_MAJOR, CLASS_MINOR, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { SymbolTable, type ClassLookup } from '../../../compiler/symbols.ts';
import { typeToString } from '../../../compiler/types.ts';
import { checkSources } from './helpers.ts';

interface Member {
  name: string;
  desc: string;
  access: number;
  constant?: (cp: ConstantPoolBuilder) => number;
  throws?: string[];
}

function classFile(name: string, superName: string | null, fields: Member[], methods: Member[], access = Access.PUBLIC | Access.SUPER): ClassFile {
  const cp = new ConstantPoolBuilder();
  const thisClass = cp.classRef(name);
  const superClass = superName ? cp.classRef(superName) : 0;
  return {
    minor: CLASS_MINOR,
    major: CLASS_MAJOR,
    access,
    thisClass,
    superClass,
    interfaces: [],
    fields: fields.map((f) => ({ access: f.access, nameIndex: cp.utf8(f.name), descriptorIndex: cp.utf8(f.desc), constantValueIndex: f.constant ? f.constant(cp) : 0 })),
    methods: methods.map((m) => ({ access: m.access, nameIndex: cp.utf8(m.name), descriptorIndex: cp.utf8(m.desc), exceptions: (m.throws ?? []).map((t) => cp.classRef(t)), code: null })),
    sourceFile: 0,
    constantPool: cp.entries(),
  };
}

const lookupOf = (files: Record<string, ClassFile>): ClassLookup => ({ find: (n) => files[n] ?? null });

const OBJECT = classFile('java/lang/Object', null, [], [{ name: '<init>', desc: '()V', access: Access.PUBLIC }]);
const STRING = classFile('java/lang/String', 'java/lang/Object', [], [], Access.PUBLIC | Access.FINAL | Access.SUPER);

describe('binary classes in the symbol table', () => {
  it('decodes fields, methods, descriptors and ConstantValue constants on first use', () => {
    const k = classFile(
      'lib/K',
      'java/lang/Object',
      [
        { name: 'N', desc: 'I', access: Access.PUBLIC | Access.STATIC | Access.FINAL, constant: (cp) => cp.integer(42) },
        { name: 'S', desc: 'Ljava/lang/String;', access: Access.PUBLIC | Access.STATIC | Access.FINAL, constant: (cp) => cp.string('hi') },
        { name: 'J', desc: 'J', access: Access.PUBLIC | Access.STATIC | Access.FINAL, constant: (cp) => cp.long(1n << 40n) },
        { name: 'arr', desc: '[[D', access: Access.PUBLIC },
      ],
      [
        { name: 'm', desc: '(I[Ljava/lang/String;)J', access: Access.PUBLIC | Access.STATIC },
        { name: 't', desc: '()V', access: Access.PUBLIC, throws: ['java/lang/String', 'java/lang/Object'] },
      ],
    );
    const table = new SymbolTable(lookupOf({ 'java/lang/Object': OBJECT, 'java/lang/String': STRING, 'lib/K': k }));
    const sym = table.lookupClass('lib/K')!;
    expect(sym.superclass?.internalName).toBe('java/lang/Object');
    expect(sym.fields.map((f) => [f.name, typeToString(f.type), f.constantValue])).toEqual([
      ['N', 'int', { type: 'int', value: 42 }],
      ['S', 'String', { type: 'String', value: 'hi' }],
      ['J', 'long', { type: 'long', value: 1n << 40n }],
      ['arr', 'double[][]', null],
    ]);
    const m = sym.methods[0]!;
    expect([m.params.map(typeToString), typeToString(m.returnType), m.throws]).toEqual([['int', 'String[]'], 'long', []]);
    // The Exceptions attribute (JVMS §4.7.5) becomes the binary method's throws, in order.
    expect(sym.methods[1]!.throws.map((c) => c.internalName)).toEqual(['java/lang/String', 'java/lang/Object']);
    expect(table.lookupClass('lib/K')).toBe(sym); // decoded once
  });

  it('treats a class whose superclass is missing, or a self-cycle, as absent', () => {
    const orphan = classFile('lib/Orphan', 'lib/Missing', [], []);
    const cyclic = classFile('lib/Cyc', 'lib/Cyc', [], []);
    const table = new SymbolTable(lookupOf({ 'java/lang/Object': OBJECT, 'lib/Orphan': orphan, 'lib/Cyc': cyclic }));
    expect(table.lookupClass('lib/Orphan')).toBeNull();
    expect(table.binaryErrors.get('lib/Orphan')).toMatch(/missing class lib\/Missing/);
    expect(() => table.lookupClass('lib/Cyc')).not.toThrow();
  });

  it('treats a malformed descriptor or a lookup that throws as absent', () => {
    const bad = classFile('lib/Bad', 'java/lang/Object', [{ name: 'f', desc: 'Q', access: 0 }], []);
    const table = new SymbolTable({
      find: (n) => {
        if (n === 'lib/Boom') throw new Error('disk on fire');
        return ({ 'java/lang/Object': OBJECT, 'lib/Bad': bad } as Record<string, ClassFile>)[n] ?? null;
      },
    });
    expect(table.lookupClass('lib/Bad')).toBeNull();
    expect(table.binaryErrors.get('lib/Bad')).toMatch(/malformed descriptor/);
    expect(table.lookupClass('lib/Boom')).toBeNull();
  });
});

describe('checking user code against the compiled standard library', () => {
  it('inlines binary constants (Integer.MAX_VALUE) and resolves binary overloads', () => {
    const r = checkSources('class Main { public static void main(String[] a) { final int m = Integer.MAX_VALUE; switch (a.length) { case m: } System.out.println(Math.max(1L, 2)); } }', 'binary');
    expect(r.diagnostics.map((d) => d.message)).toEqual([]);
    const max = [...r.program!.calls.values()].find((c) => c.method.name === 'max')!;
    expect(max.method.descriptor).toBe('(JJ)J');
    expect(max.kind).toBe('static');
  });

  it('lets a source class shadow a binary class of the same name', () => {
    const r = checkSources({ 'java/lang/Math.java': 'package java.lang; public final class Math { public static int answer() { return 42; } }', 'Main.java': 'class Main { public static void main(String[] a) { int x = Math.answer(); } }' }, 'binary');
    expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  });
});

describe('unusable class files', () => {
  it('are reported as missing with the reason, not as a crash', async () => {
    const { checkProgram } = await import('../../../compiler/check/check.ts');
    const { DiagnosticBag } = await import('../../../compiler/diagnostics.ts');
    const { parseCompilationUnit } = await import('../../../compiler/parse.ts');
    const diags = new DiagnosticBag();
    const unit = parseCompilationUnit('Main.java', 'class Main { lib.Broken b; Gone g; }', diags)!;
    const lookup: ClassLookup = {
      find: (n) => {
        if (n === 'java/lang/Object') return OBJECT;
        if (n === 'lib/Broken' || n === 'Gone') throw new Error(`${n}.class: truncated constant pool`);
        return null;
      },
    };
    checkProgram([unit], lookup, diags);
    expect(diags.items.map((d) => d.message)).toEqual([
      'cannot find symbol: class Broken (its class file is unusable: lib/Broken.class: truncated constant pool)',
      'cannot find symbol: class Gone (its class file is unusable: Gone.class: truncated constant pool)',
    ]);
  });
});

describe('checked exceptions of the binary standard library', () => {
  it('the compiled stdlib carries exactly the throws clauses written in stdlib/**/*.java', async () => {
    const { checkProgram } = await import('../../../compiler/check/check.ts');
    const { DiagnosticBag } = await import('../../../compiler/diagnostics.ts');
    const { stdlibUnits } = await import('./helpers.ts');
    const { loadStdlib } = await import('../../../stdlib/build.ts');
    const program = checkProgram(stdlibUnits(), { find: () => null }, new DiagnosticBag());
    const fromSource: Record<string, string[]> = {};
    const fromBinary: Record<string, string[]> = {};
    const table = new SymbolTable(loadStdlib().lookup);
    for (const c of program.classes) {
      for (const m of c.symbol.methods) {
        const key = `${c.symbol.internalName}.${m.name}${m.descriptor}`;
        if (m.throws.length > 0) fromSource[key] = m.throws.map((t) => t.internalName);
        const bin = table.lookupClass(c.symbol.internalName)?.methods.find((b) => b.name === m.name && b.descriptor === m.descriptor);
        if (bin && bin.throws.length > 0) fromBinary[key] = bin.throws.map((t) => t.internalName);
      }
    }
    expect(fromSource['java/lang/Object.clone()Ljava/lang/Object;']).toEqual(['java/lang/CloneNotSupportedException']);
    expect(fromBinary).toEqual(fromSource);
  });

  it('lets the checker see them through class files: an impossible catch is rejected, a needed one accepted', () => {
    const never = checkSources('class E extends Exception {} class Main { public static void main(String[] a) { try { System.out.println(1); } catch (E e) { } } }', 'binary');
    expect(never.diagnostics.map((d) => d.code)).toEqual(['RF3008']);
    const needed = checkSources('class Main implements Cloneable { Object copy() { try { return super.clone(); } catch (CloneNotSupportedException e) { return null; } } public static void main(String[] a) { } }', 'binary');
    expect(needed.diagnostics.map((d) => d.code)).toEqual([]);
    const unreported = checkSources('class Main implements Cloneable { Object copy() { return super.clone(); } public static void main(String[] a) { } }', 'binary');
    expect(unreported.diagnostics.map((d) => d.code)).toEqual(['RF3007']);
  });
});
