// The class-file model: what the compiler produces, what the codec encodes to bytes and
// decodes from bytes, and what the loader and verifier consume. Modelled on JVMS §4 with
// Ringfence's own magic and version. Class names are in internal form ("java/lang/String"),
// descriptors are JVM descriptors ("(ILjava/lang/String;)V").
//
// Binary layout (big-endian), written by codec.ts:
//   u4 magic 0x52464E43 ("RFNC")   u2 minor   u2 major
//   u2 cp_count   cp_info[cp_count-1]      (index 0 unused; one slot per entry, longs too)
//   u2 access_flags   u2 this_class   u2 super_class (0 = none)   u2 n  u2 interfaces[n]
//   u2 n  field_info[n]    u2 n  method_info[n]    u2 source_file (Utf8 index, 0 = none)
//   field_info:  u2 access  u2 name  u2 descriptor  u2 constant_value (0 = none)
//   method_info: u2 access  u2 name  u2 descriptor  u2 n  u2 exceptions[n]  u1 has_code  [code_info]
//                (exceptions: Class entry indexes, the `throws` clause; JVMS §4.7.5)
//   code_info:   u2 max_stack  u2 max_locals  u4 code_length  u1 code[code_length]
//                u2 n  (u2 start_pc  u2 end_pc  u2 handler_pc  u2 catch_type(0 = any))[n]
//                u2 n  (u2 start_pc  u2 line)[n]

export const CLASS_MAGIC = 0x52464e43; // "RFNC"
export const CLASS_MAJOR = 1;
export const CLASS_MINOR = 0;

/** Access and property flags (JVMS §4.1 Table 4.1-B, §4.5, §4.6). */
export const Access = {
  PUBLIC: 0x0001,
  PRIVATE: 0x0002,
  PROTECTED: 0x0004,
  STATIC: 0x0008,
  FINAL: 0x0010,
  SUPER: 0x0020,
  /** Methods only (JVMS §4.6; the same bit is ACC_VOLATILE on fields): a compiler-made bridge. */
  BRIDGE: 0x0040,
  NATIVE: 0x0100,
  INTERFACE: 0x0200,
  ABSTRACT: 0x0400,
  /** Not in the source (JVMS §4.6, JLS §13.1): bridges; readers of class files ignore such members. */
  SYNTHETIC: 0x1000,
} as const;

/** Constant-pool tags (JVMS §4.4 Table 4.4-B numbering). */
export const CpTag = {
  Utf8: 1,
  Integer: 3,
  Float: 4,
  Long: 5,
  Double: 6,
  Class: 7,
  String: 8,
  Fieldref: 9,
  Methodref: 10,
  InterfaceMethodref: 11,
  NameAndType: 12,
} as const;

/**
 * Constant-pool entries. References between entries are pool indexes, as in the JVM, so
 * a hostile class file can point anywhere; decode checks that each points at the right tag.
 * Floats are stored as their IEEE-754 bit pattern (so NaN payloads and -0.0 survive);
 * longs as bigint; doubles as a JS number (binary64 already).
 */
export type CpEntry =
  | { tag: typeof CpTag.Utf8; value: string }
  | { tag: typeof CpTag.Integer; value: number }
  | { tag: typeof CpTag.Float; bits: number }
  | { tag: typeof CpTag.Long; value: bigint }
  | { tag: typeof CpTag.Double; value: number }
  | { tag: typeof CpTag.Class; nameIndex: number }
  | { tag: typeof CpTag.String; utf8Index: number }
  | { tag: typeof CpTag.Fieldref; classIndex: number; nameAndTypeIndex: number }
  | { tag: typeof CpTag.Methodref; classIndex: number; nameAndTypeIndex: number }
  | { tag: typeof CpTag.InterfaceMethodref; classIndex: number; nameAndTypeIndex: number }
  | { tag: typeof CpTag.NameAndType; nameIndex: number; descriptorIndex: number };

export interface ExceptionHandler {
  startPc: number; // inclusive
  endPc: number; // exclusive
  handlerPc: number;
  catchType: number; // Class entry index, 0 = catches everything (finally)
}

export interface LineNumber {
  startPc: number;
  line: number;
}

export interface CodeAttribute {
  maxStack: number;
  maxLocals: number;
  code: Uint8Array;
  exceptionTable: ExceptionHandler[];
  lineNumbers: LineNumber[];
}

export interface FieldInfo {
  access: number;
  nameIndex: number;
  descriptorIndex: number;
  constantValueIndex: number; // 0 = none; for static final constants (JVMS §4.7.2)
}

export interface MethodInfo {
  access: number;
  nameIndex: number;
  descriptorIndex: number;
  /**
   * The Exceptions attribute (JVMS §4.7.5): Class entry indexes of the declared `throws`
   * types, in source order. The VM ignores it; compilers read it to check calls (JLS §11.2).
   */
  exceptions: number[];
  code: CodeAttribute | null; // null for abstract and native methods
}

export interface ClassFile {
  minor: number;
  major: number;
  /** constantPool[0] is unused (null); every other index holds one entry. */
  constantPool: (CpEntry | null)[];
  access: number;
  thisClass: number; // Class entry index
  superClass: number; // Class entry index, 0 only for java/lang/Object
  interfaces: number[]; // Class entry indexes
  fields: FieldInfo[];
  methods: MethodInfo[];
  sourceFile: number; // Utf8 index, 0 = none
}

/** A structural error in a class file: names what and where. */
export class ClassFormatError extends Error {
  override name = 'ClassFormatError';
}
