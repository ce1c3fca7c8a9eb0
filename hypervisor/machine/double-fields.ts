// V8 records each field's representation (small integer, double, any value) in the object's
// hidden class. A field that starts as a small integer (`mtvec = 0`) and later holds a value
// that is not one (an unsigned CSR value at or above 2^31, a cycle count past 2^31, Infinity) is
// generalised in the middle of a run: V8 deprecates the hidden class and discards the optimized
// code built on it, which then runs unoptimized until it is compiled again. On the guest kernel's
// first boot in a process that happened to 12 hart and machine fields, one after another
// (`node --trace-generalization`), with 13-14 deopts in all (`--trace-deopt`), 7-8 of them for a
// wrong map. Giving such fields the double representation when the object is built keeps the
// hidden class stable from the first instruction on.

/** Gives `fields` of `target` the double representation now, keeping their values. */
export function keepAsDoubles(target: object, fields: readonly string[]): void {
  const fieldsOf = target as Record<string, unknown>;
  for (const field of fields) {
    const value = fieldsOf[field];
    if (typeof value !== 'number') throw new TypeError(`keepAsDoubles: ${field} is not a number field`);
    fieldsOf[field] = 0.5; // not a small integer: the field becomes a double field
    fieldsOf[field] = value; // a small integer stored into a double field keeps it one
  }
}
