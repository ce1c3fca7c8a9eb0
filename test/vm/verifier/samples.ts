// Realistic, valid classes written in the test assembler the way javac would compile them
// (constructors, fields, loops, switches, try/catch/finally, arrays, string building,
// interfaces, long/float/double math). The mutation property tests start from these.

import { Access, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { buildClass } from './helpers.ts';

const PUB = Access.PUBLIC;
const PUB_STATIC = Access.PUBLIC | Access.STATIC;
const SB = 'java/lang/StringBuilder';

/** test/Counter implements Runnable: fields, constructor, instance and static methods. */
export function counterClass(): ClassFile {
  return buildClass({
    name: 'test/Counter',
    interfaces: ['java/lang/Runnable'],
    fields: [
      { name: 'count', desc: 'I' },
      { name: 'total', desc: 'J' },
      { name: 'name', desc: 'Ljava/lang/String;' },
    ],
    methods: [
      {
        name: '<init>',
        desc: '(Ljava/lang/String;)V',
        access: PUB,
        stack: 2,
        locals: 2,
        code: `aload 0
          invokespecial java/lang/Object.<init>:()V
          aload 0
          aload 1
          putfield test/Counter.name:Ljava/lang/String;
          return`,
      },
      {
        name: 'run',
        access: PUB,
        stack: 3,
        locals: 1,
        code: `aload 0
          dup
          getfield test/Counter.count:I
          iconst_1
          iadd
          putfield test/Counter.count:I
          return`,
      },
      {
        name: 'add',
        desc: '(I)I',
        access: PUB,
        stack: 3,
        locals: 2,
        code: `aload 0
          dup
          getfield test/Counter.count:I
          iload 1
          iadd
          putfield test/Counter.count:I
          aload 0
          dup
          getfield test/Counter.total:J
          iload 1
          i2l
          ladd
          putfield test/Counter.total:J
          aload 0
          getfield test/Counter.count:I
          ireturn`,
      },
      {
        name: 'incr',
        desc: '()I',
        access: PUB,
        stack: 3,
        locals: 1,
        code: `aload 0
          dup
          getfield test/Counter.count:I
          iconst_1
          iadd
          dup_x1
          putfield test/Counter.count:I
          ireturn`,
      },
      {
        name: 'sum',
        desc: '([I)I',
        access: PUB_STATIC,
        stack: 3,
        locals: 3,
        code: `iconst_0
          istore 1
          iconst_0
          istore 2
        L1:
          iload 2
          aload 0
          arraylength
          if_icmpge L2
          iload 1
          aload 0
          iload 2
          iaload
          iadd
          istore 1
          iinc 2 1
          goto L1
        L2:
          iload 1
          ireturn`,
      },
      {
        name: 'describe',
        desc: '()Ljava/lang/String;',
        access: PUB,
        stack: 2,
        locals: 1,
        code: `new ${SB}
          dup
          invokespecial ${SB}.<init>:()V
          aload 0
          getfield test/Counter.name:Ljava/lang/String;
          invokevirtual ${SB}.append:(Ljava/lang/String;)L${SB};
          ldc ":"
          invokevirtual ${SB}.append:(Ljava/lang/String;)L${SB};
          aload 0
          getfield test/Counter.count:I
          invokevirtual ${SB}.append:(I)L${SB};
          invokevirtual ${SB}.toString:()Ljava/lang/String;
          areturn`,
      },
      {
        name: 'avg',
        desc: '([D)D',
        access: PUB_STATIC,
        stack: 4,
        locals: 4,
        code: `aload 0
          arraylength
          ifne L0
          dconst_0
          dreturn
        L0:
          dconst_0
          dstore 1
          iconst_0
          istore 2
        L1:
          iload 2
          aload 0
          arraylength
          if_icmpge L2
          dload 1
          aload 0
          iload 2
          daload
          dadd
          dstore 1
          iinc 2 1
          goto L1
        L2:
          dload 1
          aload 0
          arraylength
          i2d
          ddiv
          dreturn`,
      },
      {
        name: 'classify',
        desc: '(I)I',
        access: PUB_STATIC,
        stack: 1,
        locals: 1,
        code: `iload 0
          tableswitch 1 L1 L2 default L3
        L1:
          bipush 10
          ireturn
        L2:
          bipush 20
          ireturn
        L3:
          iconst_0
          ireturn`,
      },
      {
        name: 'sparse',
        desc: '(I)I',
        access: PUB_STATIC,
        stack: 1,
        locals: 1,
        code: `iload 0
          lookupswitch -5:L1 100:L2 default L3
        L1:
          sipush 1000
          ireturn
        L2:
          iconst_3
          ireturn
        L3:
          iconst_m1
          ireturn`,
      },
      {
        name: 'safeDiv',
        desc: '(II)I',
        access: PUB_STATIC,
        stack: 2,
        locals: 3,
        code: `L1:
          iload 0
          iload 1
          idiv
        L2:
          ireturn
        L3:
          astore 2
          iconst_m1
          ireturn
        .catch java/lang/ArithmeticException L1 L2 L3`,
      },
      {
        name: 'pick',
        desc: '(ZLjava/lang/String;Ljava/lang/Object;)Ljava/lang/String;',
        access: PUB_STATIC,
        stack: 1,
        locals: 4,
        code: `iload 0
          ifeq L1
          aload 1
          goto L2
        L1:
          aload 2
        L2:
          astore 3
          aload 3
          ifnonnull L3
          ldc "null"
          areturn
        L3:
          aload 3
          invokevirtual java/lang/Object.toString:()Ljava/lang/String;
          areturn`,
      },
    ],
  });
}

/** test/Zoo: static state, object creation, instanceof/checkcast, arrays, finally, mixed math. */
export function zooClass(): ClassFile {
  return buildClass({
    name: 'test/Zoo',
    fields: [
      { name: 'animals', desc: '[Ltest/Animal;', access: Access.STATIC },
      { name: 'created', desc: 'I', access: Access.STATIC },
    ],
    methods: [
      {
        name: '<clinit>',
        access: Access.STATIC,
        stack: 1,
        locals: 0,
        code: `iconst_2
          anewarray test/Animal
          putstatic test/Zoo.animals:[Ltest/Animal;
          iconst_0
          putstatic test/Zoo.created:I
          return`,
      },
      {
        name: 'make',
        desc: '(I)Ltest/Animal;',
        access: PUB_STATIC,
        stack: 2,
        locals: 2,
        code: `iload 0
          ifne L1
          new test/Dog
          dup
          invokespecial test/Dog.<init>:()V
          astore 1
          goto L2
        L1:
          new test/Cat
          dup
          invokespecial test/Cat.<init>:()V
          astore 1
        L2:
          getstatic test/Zoo.created:I
          iconst_1
          iadd
          putstatic test/Zoo.created:I
          aload 1
          areturn`,
      },
      {
        name: 'countDogs',
        desc: '([Ltest/Animal;)I',
        access: PUB_STATIC,
        stack: 2,
        locals: 3,
        code: `iconst_0
          istore 1
          iconst_0
          istore 2
        L1:
          iload 2
          aload 0
          arraylength
          if_icmpge L3
          aload 0
          iload 2
          aaload
          instanceof test/Dog
          ifeq L2
          iinc 1 1
        L2:
          iinc 2 1
          goto L1
        L3:
          iload 1
          ireturn`,
      },
      {
        name: 'firstName',
        desc: '(Ljava/lang/Object;)Ljava/lang/String;',
        access: PUB_STATIC,
        stack: 1,
        locals: 1,
        code: `aload 0
          instanceof test/Animal
          ifeq L1
          aload 0
          checkcast test/Animal
          invokevirtual test/Animal.name:()Ljava/lang/String;
          areturn
        L1:
          aconst_null
          areturn`,
      },
      {
        name: 'fact',
        desc: '(I)J',
        access: PUB_STATIC,
        stack: 4,
        locals: 3,
        code: `lconst_1
          lstore 1
        L1:
          iload 0
          iconst_1
          if_icmple L2
          lload 1
          iload 0
          i2l
          lmul
          lstore 1
          iinc 0 -1
          goto L1
        L2:
          lload 1
          lreturn`,
      },
      {
        name: 'grid',
        desc: '(II)[[I',
        access: PUB_STATIC,
        stack: 3,
        locals: 3,
        code: `iload 0
          iload 1
          multianewarray [[I 2
          astore 2
          aload 2
          iconst_0
          aaload
          iconst_0
          iconst_1
          iastore
          aload 2
          areturn`,
      },
      {
        name: 'fill',
        desc: '([Ljava/lang/Object;Ljava/lang/Object;)V',
        access: PUB_STATIC,
        stack: 3,
        locals: 3,
        code: `iconst_0
          istore 2
        L1:
          iload 2
          aload 0
          arraylength
          if_icmpge L2
          aload 0
          iload 2
          aload 1
          aastore
          iinc 2 1
          goto L1
        L2:
          return`,
      },
      {
        name: 'tryFinally',
        desc: '(I)I',
        access: PUB_STATIC,
        stack: 2,
        locals: 3,
        code: `L1:
          iload 0
          iconst_2
          idiv
          istore 0
        L2:
          iinc 0 1
          goto L4
        L3:
          astore 1
          iinc 0 1
          aload 1
          athrow
        L4:
          iload 0
          ireturn
        .catch any L1 L2 L3`,
      },
      {
        name: 'mix',
        desc: '(FJDCSB)F',
        access: PUB_STATIC,
        stack: 2,
        locals: 6,
        code: `fload 0
          lload 1
          l2f
          fadd
          dload 2
          d2f
          fadd
          iload 3
          i2f
          fadd
          iload 4
          i2f
          fadd
          iload 5
          i2f
          fadd
          freturn`,
      },
      {
        name: 'compare',
        desc: '(DFJ)I',
        access: PUB_STATIC,
        stack: 4,
        locals: 3,
        code: `dload 0
          fload 1
          f2d
          dcmpl
          ifle L1
          lload 2
          lconst_0
          lcmp
          ireturn
        L1:
          lload 2
          l2i
          i2b
          ireturn`,
      },
    ],
  });
}

/** test/Point: constructor chaining with this(...), equals with checkcast, main with invokeinterface. */
export function pointClass(): ClassFile {
  return buildClass({
    name: 'test/Point',
    fields: [
      { name: 'x', desc: 'I', access: Access.PRIVATE | Access.FINAL },
      { name: 'y', desc: 'I', access: Access.PRIVATE | Access.FINAL },
    ],
    methods: [
      {
        name: '<init>',
        desc: '(II)V',
        access: PUB,
        stack: 2,
        locals: 3,
        code: `aload 0
          invokespecial java/lang/Object.<init>:()V
          aload 0
          iload 1
          putfield test/Point.x:I
          aload 0
          iload 2
          putfield test/Point.y:I
          return`,
      },
      {
        name: '<init>',
        access: PUB,
        stack: 3,
        locals: 1,
        code: `aload 0
          iconst_0
          iconst_0
          invokespecial test/Point.<init>:(II)V
          return`,
      },
      {
        name: 'equals',
        desc: '(Ljava/lang/Object;)Z',
        access: PUB,
        stack: 2,
        locals: 3,
        code: `aload 1
          instanceof test/Point
          ifne L1
          iconst_0
          ireturn
        L1:
          aload 1
          checkcast test/Point
          astore 2
          aload 0
          getfield test/Point.x:I
          aload 2
          getfield test/Point.x:I
          if_icmpne L2
          aload 0
          getfield test/Point.y:I
          aload 2
          getfield test/Point.y:I
          if_icmpne L2
          iconst_1
          ireturn
        L2:
          iconst_0
          ireturn`,
      },
      {
        name: 'main',
        desc: '([Ljava/lang/String;)V',
        access: PUB_STATIC,
        stack: 5,
        locals: 2,
        code: `getstatic java/lang/System.out:Ljava/io/PrintStream;
          new test/Point
          dup
          iconst_1
          iconst_2
          invokespecial test/Point.<init>:(II)V
          invokevirtual java/io/PrintStream.println:(Ljava/lang/Object;)V
          new test/Counter
          dup
          ldc "x"
          invokespecial test/Counter.<init>:(Ljava/lang/String;)V
          astore 1
          aload 1
          invokeinterface java/lang/Runnable.run:()V
          aload 0
          arraylength
          ifle L1
          aload 0
          iconst_0
          aaload
          invokevirtual java/lang/String.length:()I
          pop
        L1:
          return`,
      },
    ],
  });
}

/** test/Arrays: every primitive array kind, loaded and stored, and arrays of references. */
export function arraysClass(): ClassFile {
  return buildClass({
    name: 'test/Arrays',
    methods: [
      {
        name: 'chars',
        desc: '([C[B[Z[S)I',
        access: PUB_STATIC,
        stack: 4,
        locals: 5,
        code: `aload 0
          iconst_0
          aload 1
          iconst_0
          baload
          i2c
          castore
          aload 2
          iconst_0
          aload 3
          iconst_0
          saload
          ifeq L1
          iconst_1
          goto L2
        L1:
          iconst_0
        L2:
          bastore
          aload 3
          iconst_1
          aload 0
          iconst_0
          caload
          i2s
          sastore
          aload 1
          iconst_0
          aload 2
          iconst_0
          baload
          i2b
          bastore
          aload 0
          arraylength
          istore 4
          iload 4
          ireturn`,
      },
      {
        name: 'wide',
        desc: '([J[F[D)D',
        access: PUB_STATIC,
        stack: 4,
        locals: 3,
        code: `aload 0
          iconst_0
          aload 0
          iconst_1
          laload
          lastore
          aload 1
          iconst_0
          aload 1
          iconst_1
          faload
          fastore
          aload 2
          iconst_0
          daload
          aload 1
          iconst_0
          faload
          f2d
          dadd
          aload 0
          iconst_0
          laload
          l2d
          dadd
          dreturn`,
      },
      {
        name: 'objects',
        desc: '([[Ljava/lang/String;I)Ljava/lang/String;',
        access: PUB_STATIC,
        stack: 4,
        locals: 3,
        code: `aload 0
          iload 1
          aaload
          astore 2
          aload 2
          iconst_0
          aload 0
          iconst_0
          aaload
          iconst_0
          aaload
          aastore
          aload 2
          iconst_0
          aaload
          areturn`,
      },
    ],
  });
}

/** test/Misc: stack shuffles over mixed types, reference comparisons, casts on arrays, shifts. */
export function miscClass(): ClassFile {
  return buildClass({
    name: 'test/Misc',
    fields: [{ name: 'cache', desc: '[J', access: Access.STATIC }],
    methods: [
      {
        name: 'shuffle',
        desc: '(JDI)J',
        access: PUB_STATIC,
        stack: 4,
        locals: 3,
        code: `lload 0
          dload 1
          iload 2
          dup_x2
          pop
          swap
          pop
          swap
          i2l
          swap
          pop
          lload 0
          lxor
          iload 2
          lshl
          lreturn`,
      },
      {
        name: 'same',
        desc: '(Ljava/lang/Object;Ljava/lang/Object;)Z',
        access: PUB_STATIC,
        stack: 2,
        locals: 2,
        code: `aload 0
          ifnull L2
          aload 0
          aload 1
          if_acmpne L1
          iconst_1
          ireturn
        L1:
          aload 0
          instanceof [J
          ifeq L2
          aload 0
          checkcast [J
          putstatic test/Misc.cache:[J
        L2:
          iconst_0
          ireturn`,
      },
      {
        name: 'bits',
        desc: '(IJ)I',
        access: PUB_STATIC,
        stack: 4,
        locals: 3,
        code: `iload 0
          iconst_3
          ishl
          iload 0
          bipush 31
          iushr
          ior
          lload 1
          bipush 7
          lushr
          l2i
          ixor
          istore 0
          iinc 0 -128
          iload 0
          i2c
          iload 0
          i2s
          iadd
          ineg
          ireturn`,
      },
    ],
  });
}

export function sampleClasses(): ClassFile[] {
  return [counterClass(), zooClass(), pointClass(), arraysClass(), miscClass()];
}
