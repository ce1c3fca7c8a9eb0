// Natives of java.util: the primitive-array sort behind Arrays.sort and the same-type array
// allocation behind Arrays.copyOf. Hands on: utilNatives.

import { JArray } from '../../../vm/runtime/heap.ts';
import type { NativeTable, Value } from '../../../vm/runtime/native-api.ts';

const num = (v: Value | undefined): number => (typeof v === 'number' ? v : 0);

export const utilNatives: NativeTable = {
  /**
   * Sorts a[from, to) of a primitive array ascending. Typed-array sort is numeric, puts -0.0
   * before 0.0 and NaN last: exactly the total order of Double.compare/Float.compare.
   * Bounds were checked by Arrays.rangeCheck.
   */
  'java/util/Arrays.sort0(Ljava/lang/Object;II)V': (ctx, a) => {
    const data = ctx.arrayData(a[0] as JArray | null);
    if (Array.isArray(data)) return ctx.throwNew('java/lang/IllegalArgumentException', 'not a primitive array');
    data.subarray(num(a[1]), num(a[2])).sort();
    return undefined;
  },
  'java/util/Arrays.newArrayLike([Ljava/lang/Object;I)[Ljava/lang/Object;': (ctx, a) => {
    const original = a[0];
    if (!(original instanceof JArray)) return ctx.throwNew('java/lang/NullPointerException');
    return ctx.newArray(original.elementDescriptor, num(a[1]));
  },
};
