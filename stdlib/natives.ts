// The standard library's native-method table: the union of the per-package tables, handed
// to the VM by stdlib/build.ts. A test checks it covers exactly the `native` methods the
// stdlib's Java sources declare.

import type { NativeTable } from '../vm/runtime/native-api.ts';
import { ioNatives } from './java/io/natives.ts';
import { langNatives } from './java/lang/natives.ts';
import { utilNatives } from './java/util/natives.ts';

export const stdlibNatives: NativeTable = { ...langNatives, ...ioNatives, ...utilNatives };
