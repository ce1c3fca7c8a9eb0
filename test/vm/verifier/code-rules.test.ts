// One test per code rule of the verifier (JVMS §4.9, §4.10.2): each broken method is
// rejected with the offset and reason it should be, and a matching valid method passes.

import { describe, expect, test } from 'vitest';
import { Access } from '../../../vm/bytecode/classfile.ts';
import { buildClass, oneMethod, verifyResult } from './helpers.ts';

/** Expects rejection at `offset` with a reason containing `reason`. */
function rejects(cf: Parameters<typeof verifyResult>[0], offset: number | null, reason: string): void {
  const f = verifyResult(cf);
  expect(f, `expected a VerifyFailure mentioning "${reason}"`).not.toBeNull();
  expect(f!.reason).toContain(reason);
  expect(f!.offset).toBe(offset);
  expect(f!.message).not.toContain('\n');
}

function accepts(cf: Parameters<typeof verifyResult>[0]): void {
  expect(verifyResult(cf)?.message ?? null).toBeNull();
}

const STATIC = Access.PUBLIC | Access.STATIC;
const INSTANCE = Access.PUBLIC;

describe('operand stack', () => {
  test('rejects a method whose stack underflows at offset 3', () => {
    rejects(oneMethod('iconst_1\nnop\nnop\niadd\nreturn'), 3, 'underflow');
  });
  test('rejects pushing beyond max_stack', () => {
    rejects(oneMethod('iconst_1\niconst_2\niconst_3\nreturn', { stack: 2 }), 2, 'max_stack is 2');
  });
  test('accepts exactly max_stack values', () => {
    accepts(oneMethod('iconst_1\niconst_2\npop\npop\nreturn', { stack: 2 }));
  });
  test('rejects an int operation on a long', () => {
    rejects(oneMethod('lconst_1\niconst_1\niadd\npop\nreturn'), 2, 'expects int on the stack, found long');
  });
  test('rejects a float where a double is expected', () => {
    rejects(oneMethod('fconst_1\ndconst_1\ndadd\npop\nreturn'), 2, 'found float');
  });
  test('rejects arithmetic on a reference', () => {
    rejects(oneMethod('aconst_null\niconst_1\niadd\npop\nreturn'), 2, 'found null');
  });
  test('rejects different stack heights at a join', () => {
    rejects(oneMethod('iconst_0\nifeq L1\niconst_1\nL1:\nreturn'), 6, 'stack height');
  });
  test('rejects incompatible stack types at a join', () => {
    rejects(oneMethod('iconst_0\nifeq L1\niconst_1\ngoto L2\nL1:\nfconst_1\nL2:\npop\nreturn'), 12, 'incompatible stack slot');
  });
  test('dup_x2 and swap move values of any type, one slot each', () => {
    accepts(oneMethod('lconst_1\ndconst_1\niconst_1\ndup_x2\npop\nswap\npop\npop\npop\nreturn'));
  });
  test('rejects swap with only one value', () => {
    rejects(oneMethod('iconst_1\nswap\nreturn'), 1, 'underflow');
  });
});

describe('local variables', () => {
  test('rejects reading a local before it is written', () => {
    rejects(oneMethod('iload 1\npop\nreturn'), 0, 'reads local 1');
  });
  test('rejects reading a local with the wrong type', () => {
    rejects(oneMethod('lconst_0\nlstore 0\niload 0\npop\nreturn'), 4, 'holds long');
  });
  test('rejects a local index at or above max_locals', () => {
    rejects(oneMethod('iconst_0\nistore 4\nreturn', { locals: 4 }), 1, 'not below max_locals 4');
  });
  test('rejects arguments that do not fit max_locals', () => {
    rejects(oneMethod('return', { desc: '(IJ)V', locals: 1 }), 0, 'arguments need 2 local slots');
  });
  test('parameters are typed from the descriptor, this from the class', () => {
    accepts(oneMethod('aload 0\npop\niload 1\nlload 2\npop\npop\nreturn', { access: INSTANCE, desc: '(ZJ)V' }));
    rejects(oneMethod('lload 1\npop\nreturn', { access: INSTANCE, desc: '(ZJ)V' }), 0, 'holds int');
  });
  test('a local written on only one path cannot be read after the join', () => {
    rejects(oneMethod('iconst_0\nifeq L1\niconst_5\nistore 1\nL1:\niload 1\npop\nreturn'), 10, 'reads local 1');
  });
  test('a local with conflicting types on two paths becomes unusable, which is fine until read', () => {
    const code = 'iconst_0\nifeq L1\niconst_5\nistore 1\ngoto L2\nL1:\nfconst_1\nfstore 1\nL2:\n';
    accepts(oneMethod(`${code}return`));
    rejects(oneMethod(`${code}iload 1\npop\nreturn`), 19, 'reads local 1');
  });
  test('iinc needs an int local', () => {
    rejects(oneMethod('fconst_0\nfstore 0\niinc 0 1\nreturn'), 4, 'iinc reads local 0');
  });
});

describe('control flow', () => {
  test('rejects falling off the end of the code', () => {
    rejects(oneMethod('iconst_1\npop'), 1, 'fall off the end');
  });
  test('rejects empty code', () => {
    rejects(oneMethod(''), null, 'code is empty');
  });
  test('rejects a branch into the middle of an instruction', () => {
    rejects(oneMethod('goto @1\nreturn'), 0, 'not the start of an instruction');
  });
  test('rejects a branch outside the code', () => {
    rejects(oneMethod('goto @100\nreturn'), 0, 'target 100');
  });
  test('rejects a negative branch target', () => {
    rejects(oneMethod('nop\ngoto @-5\nreturn'), 1, 'target -5');
  });
  test('rejects a switch target in the middle of an instruction', () => {
    rejects(oneMethod('iconst_0\ntableswitch 0 @2 default L1\nL1:\nreturn'), 1, 'target 2');
  });
  test('rejects lookupswitch keys out of order', () => {
    rejects(oneMethod('iconst_0\nlookupswitch 5:L1 1:L1 default L1\nL1:\nreturn'), 1, 'increasing order');
  });
  test('accepts a loop that reaches a fixpoint', () => {
    accepts(oneMethod('iconst_0\nistore 0\nL1:\niinc 0 1\niload 0\nbipush 100\nif_icmplt L1\nreturn'));
  });
  test('rejects truncated code with the offset of the instruction', () => {
    const cf = oneMethod('nop\nreturn');
    cf.methods[0]!.code!.code = Uint8Array.from([0x00, 0x10]); // nop, bipush without its operand
    rejects(cf, 1, 'truncated');
  });
  test('rejects an unknown opcode', () => {
    const cf = oneMethod('nop\nreturn');
    cf.methods[0]!.code!.code = Uint8Array.from([0x00, 0xfe]);
    rejects(cf, 1, 'unknown opcode');
  });
});

describe('returns', () => {
  test('ireturn works for boolean, byte, char, short and int methods', () => {
    for (const t of 'ZBCSI') accepts(oneMethod('iconst_1\nireturn', { desc: `()${t}` }));
  });
  test('rejects ireturn in a long method', () => {
    rejects(oneMethod('iconst_1\nireturn', { desc: '()J' }), 1, 'ireturn in a method returning J');
  });
  test('rejects return in a method that returns a value', () => {
    rejects(oneMethod('return', { desc: '()I' }), 0, 'returning I');
  });
  test('rejects areturn of a value not assignable to the return type', () => {
    rejects(oneMethod('ldc "s"\nareturn', { desc: '()Ljava/lang/Integer;' }), 3, 'areturn expects java/lang/Integer, found java/lang/String');
  });
  test('accepts areturn of a subclass, and of null', () => {
    accepts(oneMethod('ldc "s"\nareturn', { desc: '()Ljava/lang/Object;' }));
    accepts(oneMethod('aconst_null\nareturn', { desc: '()[I' }));
  });
  test('rejects areturn of an int', () => {
    rejects(oneMethod('iconst_0\nareturn', { desc: '()Ljava/lang/Object;' }), 1, 'found int');
  });
});

describe('arrays', () => {
  test('baload works on byte and boolean arrays', () => {
    accepts(oneMethod('iconst_1\nnewarray 8\niconst_0\nbaload\npop\niconst_1\nnewarray 4\niconst_0\nbaload\npop\nreturn'));
  });
  test('rejects iaload on a char array', () => {
    rejects(oneMethod('iconst_1\nnewarray 5\niconst_0\niaload\npop\nreturn'), 4, 'iaload expects [I, found [C');
  });
  test('rejects aaload on an int array', () => {
    rejects(oneMethod('iconst_1\nnewarray 10\niconst_0\naaload\npop\nreturn'), 4, 'array of references');
  });
  test('aaload gives the element type of the array', () => {
    const code = 'iconst_1\nanewarray java/lang/String\niconst_0\naaload\nareturn';
    accepts(oneMethod(code, { desc: '()Ljava/lang/String;' }));
    const two = 'iconst_1\niconst_1\nmultianewarray [[I 2\niconst_0\naaload\niconst_0\niaload\nireturn';
    accepts(oneMethod(two, { desc: '()I' }));
  });
  test('rejects storing a long into an int array', () => {
    rejects(oneMethod('iconst_1\nnewarray 10\niconst_0\nlconst_1\niastore\nreturn'), 5, 'found long');
  });
  test('rejects arraylength of a non-array', () => {
    rejects(oneMethod('ldc "s"\narraylength\npop\nreturn'), 3, 'arraylength expects an array');
  });
  test('rejects newarray with an invalid element type', () => {
    rejects(oneMethod('iconst_1\nnewarray 3\npop\nreturn'), 1, 'invalid element type 3');
  });
  test('rejects multianewarray with more dimensions than its type', () => {
    rejects(oneMethod('iconst_1\niconst_1\nmultianewarray [I 2\npop\nreturn'), 2, 'multianewarray of 2 dimensions');
  });
  test('rejects multianewarray with 0 dimensions', () => {
    rejects(oneMethod('multianewarray [I 0\npop\nreturn'), 0, '0 dimensions');
  });
  test('aastore needs an array of references', () => {
    rejects(oneMethod('iconst_1\nnewarray 10\niconst_0\naconst_null\naastore\nreturn'), 5, 'array of references');
  });
});

describe('constant-pool operands', () => {
  test('rejects ldc of a method reference', () => {
    rejects(oneMethod('ldc #0\npop\nreturn'), 0, 'ldc');
  });
  test('ldc pushes String, Class and numeric types', () => {
    accepts(oneMethod('ldc "a"\nldc class:java/lang/String\nldc 7L\nldc 1.5f\nldc 2.5d\npop\npop\npop\npop\npop\nreturn', { stack: 5 }));
    rejects(oneMethod('ldc 7L\nistore 0\nreturn'), 3, 'found long');
  });
  test('rejects getfield through a method reference', () => {
    rejects(oneMethod('aconst_null\ngetfield java/lang/Object.hashCode:()I\npop\nreturn'), 1, 'invalid field descriptor');
  });
  test('rejects invokestatic of <init> and any invoke of <clinit>', () => {
    rejects(oneMethod('invokestatic test/T.<init>:()V\nreturn'), 0, 'only invoked by invokespecial');
    rejects(oneMethod('invokestatic test/T.<clinit>:()V\nreturn'), 0, 'cannot be invoked');
  });
  test('rejects invokeinterface through a Methodref', () => {
    const cf = oneMethod('aconst_null\ninvokevirtual java/lang/Runnable.run:()V\nreturn');
    const ins = cf.methods[0]!.code!.code;
    ins[1] = 0xb9; // turn invokevirtual into invokeinterface, keeping the Methodref
    rejects(cf, 1, 'InterfaceMethodref');
  });
  test('rejects new of an array type', () => {
    rejects(oneMethod('new [I\npop\nreturn'), 0, 'new of array type');
  });
  test('rejects a cp index out of range', () => {
    rejects(oneMethod('getstatic #999\nreturn'), 0, 'out of range');
  });
});

describe('fields and invocations', () => {
  test('rejects putfield of a value of the wrong type', () => {
    const code = 'aload 0\nfconst_1\nputfield test/T.x:I\nreturn';
    rejects(oneMethod(code, { access: INSTANCE }, { fields: [{ name: 'x', desc: 'I' }] }), 4, 'expects int, found float');
  });
  test('rejects getfield on a receiver of an unrelated class', () => {
    rejects(oneMethod('ldc "s"\ngetfield test/T.x:I\npop\nreturn', {}, { fields: [{ name: 'x', desc: 'I' }] }), 3, 'receiver expects');
  });
  test('accepts a subclass receiver and a null receiver', () => {
    accepts(oneMethod('aconst_null\ngetfield test/Animal.n:I\npop\nreturn'));
    const code = 'new test/Dog\ndup\ninvokespecial test/Dog.<init>:()V\ninvokevirtual test/Animal.name:()Ljava/lang/String;\npop\nreturn';
    accepts(oneMethod(code));
  });
  test('rejects an invoke argument of the wrong type', () => {
    const code = 'getstatic java/lang/System.out:Ljava/io/PrintStream;\niconst_1\ninvokevirtual java/io/PrintStream.println:(Ljava/lang/String;)V\nreturn';
    rejects(oneMethod(code), 4, 'argument 1 expects java/lang/String, found int');
  });
  test('any reference may be passed where an interface is expected', () => {
    accepts(oneMethod('ldc "s"\ninvokestatic test/T.r:(Ljava/lang/Runnable;)V\nreturn'));
  });
  test('invokeinterface receivers are not checked against the interface', () => {
    accepts(oneMethod('ldc "s"\ninvokeinterface java/lang/CharSequence.length:()I\npop\nreturn'));
  });
  test('rejects putstatic of a reference into an int field', () => {
    rejects(oneMethod('aconst_null\nputstatic test/T.x:I\nreturn'), 1, 'expects int, found null');
  });
  test('rejects athrow of a non-Throwable', () => {
    rejects(oneMethod('ldc "s"\nathrow'), 3, 'athrow expects java/lang/Throwable, found java/lang/String');
  });
  test('accepts athrow of an exception and of null', () => {
    accepts(oneMethod('new java/lang/Error\ndup\ninvokespecial java/lang/Error.<init>:()V\nathrow'));
    accepts(oneMethod('aconst_null\nathrow'));
  });
  test('rejects invokespecial of a method of an unrelated class', () => {
    rejects(oneMethod('aload 0\ninvokespecial java/lang/String.length:()I\npop\nreturn', { access: INSTANCE }), 3, 'neither this class');
  });
  test('rejects a reference to a class that does not exist when assignability needs it', () => {
    rejects(oneMethod('ldc "s"\nputstatic test/T.f:Lno/Such;\nreturn'), 3, 'class no/Such not found');
  });
});

describe('uninitialized objects', () => {
  test('accepts new, dup, invokespecial <init>', () => {
    accepts(oneMethod('new java/lang/Object\ndup\ninvokespecial java/lang/Object.<init>:()V\nastore 0\nreturn'));
  });
  test('rejects using an object before its constructor runs', () => {
    const code = 'new java/lang/Object\ndup\ninvokevirtual java/lang/Object.hashCode:()I\nreturn';
    rejects(oneMethod(code), 4, 'found uninitialized(0)');
  });
  test('rejects storing an uninitialized object into a field', () => {
    rejects(oneMethod('new java/lang/Object\nputstatic test/T.o:Ljava/lang/Object;\nreturn'), 3, 'found uninitialized(0)');
  });
  test('rejects a constructor of another class on a new object', () => {
    rejects(oneMethod('new java/lang/Object\ninvokespecial java/lang/String.<init>:()V\nreturn'), 3, 'made by new java/lang/Object');
  });
  test('rejects calling <init> twice', () => {
    const code = 'new java/lang/Object\ndup\ndup\ninvokespecial java/lang/Object.<init>:()V\ninvokespecial java/lang/Object.<init>:()V\nreturn';
    rejects(oneMethod(code), 8, 'not an uninitialized object');
  });
  test('all copies become initialized, including locals', () => {
    const code = 'new java/lang/Object\ndup\nastore 0\ninvokespecial java/lang/Object.<init>:()V\naload 0\ninvokevirtual java/lang/Object.hashCode:()I\npop\nreturn';
    accepts(oneMethod(code));
  });
  test('rejects an uninitialized object live across a backward branch', () => {
    const code = 'L1:\nnew java/lang/Object\nastore 0\ngoto L1';
    rejects(oneMethod(code), 6, 'backward branch');
  });
  test('a handler cannot use an object that was uninitialized in its range', () => {
    const code = `new java/lang/Object
      astore 0
    L1:
      aload 0
      invokespecial java/lang/Object.<init>:()V
      aconst_null
      areturn
    L2:
      pop
      aload 0
      areturn
    .catch any L1 L2 L2`;
    rejects(oneMethod(code, { desc: '()Ljava/lang/Object;' }), 15, 'reads local 0');
  });
  test('a constructor must call super() before returning', () => {
    rejects(oneMethod('return', { name: '<init>', access: INSTANCE }), 0, 'before calling super()');
    accepts(oneMethod('aload 0\ninvokespecial java/lang/Object.<init>:()V\nreturn', { name: '<init>', access: INSTANCE }));
  });
  test('a constructor may call this(...) instead', () => {
    const cf = buildClass({
      methods: [
        { name: '<init>', access: INSTANCE, code: 'aload 0\niconst_1\ninvokespecial test/T.<init>:(I)V\nreturn' },
        { name: '<init>', desc: '(I)V', access: INSTANCE, code: 'aload 0\ninvokespecial java/lang/Object.<init>:()V\nreturn' },
      ],
    });
    accepts(cf);
  });
  test('rejects a constructor calling the <init> of a class other than itself or its superclass', () => {
    const code = 'aload 0\ninvokespecial test/Animal.<init>:()V\nreturn';
    rejects(oneMethod(code, { name: '<init>', access: INSTANCE }, { name: 'test/Puppy', superName: 'test/Dog' }), 3, 'direct superclass');
  });
  test('rejects calling a method on this before super()', () => {
    const code = 'aload 0\ninvokevirtual test/T.foo:()V\naload 0\ninvokespecial java/lang/Object.<init>:()V\nreturn';
    rejects(oneMethod(code, { name: '<init>', access: INSTANCE }), 3, 'found uninitializedThis');
  });
  test('a constructor may set its own fields before super() but not read them', () => {
    const fields = [{ name: 'x', desc: 'I' }];
    const ok = 'aload 0\niconst_1\nputfield test/T.x:I\naload 0\ninvokespecial java/lang/Object.<init>:()V\nreturn';
    accepts(oneMethod(ok, { name: '<init>', access: INSTANCE }, { fields }));
    const bad = 'aload 0\ngetfield test/T.x:I\npop\naload 0\ninvokespecial java/lang/Object.<init>:()V\nreturn';
    rejects(oneMethod(bad, { name: '<init>', access: INSTANCE }, { fields }), 3, 'found uninitializedThis');
  });
  test('a path that skips super() poisons the return', () => {
    const code = 'iload 1\nifeq L1\naload 0\ninvokespecial java/lang/Object.<init>:()V\nL1:\nreturn';
    rejects(oneMethod(code, { name: '<init>', desc: '(Z)V', access: INSTANCE }), 14, 'before calling super()');
  });
});

describe('exception handlers', () => {
  test('a handler starts with the caught type on the stack', () => {
    const code = `L1:
      invokestatic test/T.f:()V
      return
    L2:
      invokevirtual java/lang/Exception.getMessage:()Ljava/lang/String;
      pop
      return
    .catch java/lang/Exception L1 L2 L2`;
    accepts(oneMethod(code));
  });
  test('rejects a catch type that is not a Throwable', () => {
    const code = 'L1:\nnop\nL2:\nreturn\nL3:\npop\nreturn\n.catch java/lang/String L1 L2 L3';
    rejects(oneMethod(code), null, 'not a subclass of java/lang/Throwable');
  });
  test('rejects a handler range that is empty or outside the code', () => {
    rejects(oneMethod('L1:\nnop\nreturn\n.catch any L1 L1 L1'), null, 'not before end');
    rejects(oneMethod('L1:\nnop\nreturn\n.catch any L1 @50 L1'), null, 'end 50');
  });
  test('rejects a handler pc in the middle of an instruction', () => {
    rejects(oneMethod('L1:\nbipush 1\npop\nL2:\nreturn\n.catch any L1 L2 @1'), null, 'handler 1');
  });
  test('the handler sees locals of every instruction in its range', () => {
    const code = `L1:
      iconst_1
      istore 0
      fconst_1
      fstore 0
    L2:
      return
    L3:
      pop
      iload 0
      pop
      return
    .catch any L1 L2 L3`;
    rejects(oneMethod(code), 10, 'reads local 0');
  });
  test('rejects a handler with max_stack 0', () => {
    rejects(oneMethod('L1:\nnop\nL2:\nreturn\nL3:\nathrow\n.catch any L1 L2 L3', { stack: 0 }), 0, 'max_stack of at least 1');
  });
});

describe('protected members (JVMS §4.10.1.8)', () => {
  const sub = { name: 'test/Sub', superName: 'other/Base' };
  test('a subclass in another package reads a protected field through this', () => {
    accepts(oneMethod('aload 0\ngetfield other/Base.count:I\nireturn', { access: INSTANCE, desc: '()I' }, sub));
  });
  test('but not through another instance of the declaring class', () => {
    const code = 'aload 1\ngetfield other/Base.count:I\nireturn';
    rejects(oneMethod(code, { access: INSTANCE, desc: '(Lother/Base;)I' }, sub), 3, 'protected field other/Base.count used through other/Base');
  });
  test('public fields are readable through any instance', () => {
    accepts(oneMethod('aload 1\ngetfield other/Base.open:I\nireturn', { access: INSTANCE, desc: '(Lother/Base;)I' }, sub));
  });
  test('protected methods follow the same rule', () => {
    accepts(oneMethod('aload 0\ninvokevirtual other/Base.helper:()V\nreturn', { access: INSTANCE }, sub));
    rejects(oneMethod('aload 1\ninvokevirtual other/Base.helper:()V\nreturn', { access: INSTANCE, desc: '(Lother/Base;)V' }, sub), 3, 'protected method');
  });
  test('a class in the same package as the declaring class is not restricted', () => {
    const code = 'aload 1\ngetfield other/Base.count:I\nireturn';
    accepts(oneMethod(code, { access: INSTANCE, desc: '(Lother/Base;)I' }, { name: 'other/Sub2', superName: 'other/Base' }));
  });
  test("Object.clone() may be called on arrays but not on other classes' objects", () => {
    accepts(oneMethod('aload 0\ninvokevirtual java/lang/Object.clone:()Ljava/lang/Object;\nareturn', { desc: '([I)Ljava/lang/Object;' }, sub));
    const onString = 'aload 0\ninvokevirtual java/lang/Object.clone:()Ljava/lang/Object;\nareturn';
    rejects(oneMethod(onString, { desc: '(Ljava/lang/String;)Ljava/lang/Object;' }, sub), 3, 'protected method java/lang/Object.clone');
  });
});
