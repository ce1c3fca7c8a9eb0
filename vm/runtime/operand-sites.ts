// Operands of the interpreter's instructions that name the constant pool: resolved on first
// execution (JVMS §5.4.3: lazily, with the link-time checks) and cached per instruction in
// DecodedCode.cache. Also the messages HotSpot gives for failed casts and final-field writes.

import { Access, CpTag } from '../bytecode/classfile.ts';
import { classNameAt, constantAt, memberRefAt } from '../bytecode/constant-pool.ts';
import { classDescriptor } from '../bytecode/descriptors.ts';
import { ARRAY_TYPE_DESCRIPTOR } from '../bytecode/opcodes.ts';
import { JavaThrow, VmError } from './errors.ts';
import type { Value } from './heap.ts';
import type { Frame } from './interpreter.ts';
import { methodDisplay, resolveClass, resolveField, resolveMethod, selectSpecial } from './resolve.ts';
import type { RtClass, RtField, RtMethod } from './rt-class.ts';
import type { Vm } from './vm.ts';

const ACC_STATIC = Access.STATIC;

export interface FieldSite {
  readonly field: RtField;
  readonly owner: RtClass;
  readonly slot: number;
  /** getstatic/putstatic of a non-constant field initializes the declaring class. */
  readonly triggersInit: boolean;
  readonly isBoolean: boolean;
}

export type InvokeKind = 'static' | 'virtual' | 'special' | 'interface';

export interface InvokeSite {
  readonly method: RtMethod;
  /** Arguments including the receiver. */
  readonly argc: number;
  /** invokeinterface: the interface the receiver must implement. */
  readonly itf: RtClass | null;
  /** Monomorphic inline cache for virtual/interface calls (invokespecial: its fixed target). */
  lastClass: RtClass | null;
  lastTarget: RtMethod | null;
}

/** The class whose code `frame` runs, and its constant pool. */
export function current(frame: Frame): { cls: RtClass; cp: NonNullable<RtClass['file']>['constantPool'] } {
  const cls = frame.method.owner;
  return { cls, cp: cls.file!.constantPool };
}

/** The value ldc pushes (JVMS §6.5 ldc): Strings interned, Class constants as Class objects. */
export function ldcValue(vm: Vm, frame: Frame, pc: number): Value {
  const cached = frame.code.cache[pc];
  if (cached !== undefined) return cached as Value;
  const { cls, cp } = current(frame);
  const c = constantAt(cp, frame.code.a[pc]!);
  let v: Value;
  switch (c.type) {
    case 'String':
      v = vm.intern(c.value);
      break;
    case 'Class':
      v = vm.classObject(resolveClass(cls, c.value));
      break;
    default:
      v = c.value;
  }
  frame.code.cache[pc] = v;
  return v;
}

/** Resolves a field instruction's operand, with the static/instance and final checks. */
export function fieldSite(vm: Vm, frame: Frame, pc: number, isStatic: boolean, isPut: boolean): FieldSite {
  const { cls, cp } = current(frame);
  const ref = memberRefAt(cp, frame.code.a[pc]!);
  const f = resolveField(cls, ref.owner, ref.name, ref.descriptor);
  const where = `${f.owner.javaName}.${f.name}`;
  if (((f.access & ACC_STATIC) !== 0) !== isStatic) {
    throw new JavaThrow('java/lang/IncompatibleClassChangeError', `Expected ${isStatic ? 'static' : 'non-static'} field ${where}`);
  }
  if (isPut && f.access & Access.FINAL) checkFinalPut(f, frame.method, isStatic);
  vm.link(f.owner); // slots are assigned at preparation
  const isConstant = isStatic && (f.access & Access.FINAL) !== 0 && f.constantValueIndex !== 0;
  const site: FieldSite = {
    field: f,
    owner: f.owner,
    slot: f.slot,
    triggersInit: isStatic && !isConstant,
    isBoolean: f.descriptor === 'Z',
  };
  frame.code.cache[pc] = site;
  return site;
}

/** Resolves an invoke instruction's method (JVMS §5.4.3.3/4) and checks it suits the opcode. */
export function invokeSite(vm: Vm, frame: Frame, pc: number, kind: InvokeKind): InvokeSite {
  const { cls, cp } = current(frame);
  const ref = memberRefAt(cp, frame.code.a[pc]!);
  const isItfRef = ref.tag === CpTag.InterfaceMethodref;
  // JLS §10.7: every array type has a public clone(), whatever Object declares.
  const arrayClone = ref.owner.startsWith('[') && ref.name === 'clone' && ref.descriptor === '()Ljava/lang/Object;';
  const m = arrayClone ? vm.arrayCloneMethod() : resolveMethod(cls, ref.owner, ref.name, ref.descriptor, isItfRef);
  const isStatic = (m.access & ACC_STATIC) !== 0;
  if (isStatic !== (kind === 'static')) {
    throw new JavaThrow(
      'java/lang/IncompatibleClassChangeError',
      `Expected ${isStatic ? 'non-static' : 'static'} method ${methodDisplay(m.owner.name, m.name, m.descriptor)}`,
    );
  }
  const site: InvokeSite = {
    method: m,
    argc: m.argCount + (isStatic ? 0 : 1),
    itf: kind === 'interface' ? cls.loader.load(ref.owner) : null,
    lastClass: null,
    lastTarget: null,
  };
  if (kind === 'special') site.lastTarget = selectSpecial(cls, m);
  frame.code.cache[pc] = site;
  return site;
}

/** The class checkcast/instanceof test against. */
export function classSite(frame: Frame, pc: number): RtClass {
  const { cls, cp } = current(frame);
  const c = resolveClass(cls, classNameAt(cp, frame.code.a[pc]!));
  frame.code.cache[pc] = c;
  return c;
}

/** The class `new` instantiates: never an interface, abstract class or array. */
export function newSite(frame: Frame, pc: number): RtClass {
  const { cls, cp } = current(frame);
  const c = resolveClass(cls, classNameAt(cp, frame.code.a[pc]!));
  if (c.isInterface || c.isAbstract || c.isArray) throw new JavaThrow('java/lang/InstantiationError', c.javaName);
  frame.code.cache[pc] = c;
  return c;
}

/** The array class that newarray/anewarray/multianewarray creates. */
export function arraySite(frame: Frame, pc: number, kind: 'newarray' | 'anewarray' | 'multianewarray'): RtClass {
  const { cls, cp } = current(frame);
  const operand = frame.code.a[pc]!;
  let arr: RtClass;
  if (kind === 'newarray') {
    const desc = ARRAY_TYPE_DESCRIPTOR[operand];
    if (!desc) throw new VmError(`newarray with bad element type ${operand}`);
    arr = cls.loader.boot.load(`[${desc}`);
  } else {
    const c = resolveClass(cls, classNameAt(cp, operand));
    arr = kind === 'anewarray' ? c.loader.load(`[${classDescriptor(c.name)}`) : c;
  }
  frame.code.cache[pc] = arr;
  return arr;
}

/** JVMS §6.5 putfield/putstatic: a final field is set only by its own class's initializer. */
function checkFinalPut(f: RtField, m: RtMethod, isStatic: boolean): void {
  const init = isStatic ? '<clinit>' : '<init>';
  const kind = isStatic ? 'static' : 'non-static';
  if (f.owner !== m.owner) {
    throw new JavaThrow(
      'java/lang/IllegalAccessError',
      `Update to ${kind} final field ${f.owner.javaName}.${f.name} attempted from a different class (${m.owner.javaName}) than the field's declaring class`,
    );
  }
  if (m.name !== init) {
    throw new JavaThrow(
      'java/lang/IllegalAccessError',
      `Update to ${kind} final field ${f.owner.javaName}.${f.name} attempted from a different method (${m.name}) than the initializer method ${init} `,
    );
  }
}

/** HotSpot's ClassCastException message, module/loader clause included. */
export function castMessage(from: RtClass, to: RtClass): string {
  const where = (c: RtClass): string => {
    let e: RtClass | null = c;
    while (e && e.isArray) e = e.component;
    return !e || e.loader.isBoot ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
  };
  const a = from.javaName;
  const b = to.javaName;
  const wa = where(from);
  const wb = where(to);
  const tail = wa === wb ? `${a} and ${b} are in ${wa}` : `${a} is in ${wa}; ${b} is in ${wb}`;
  return `class ${a} cannot be cast to class ${b} (${tail})`;
}
