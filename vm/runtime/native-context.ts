// The NativeContext the runtime lends to natives (contract in native-api.ts), implemented
// over a Vm. Kept apart from vm.ts so the contract's surface is visible in one place.

import { Sys } from '../os/syscalls.ts';
import { JAVA_PRIMITIVE_NAMES } from '../bytecode/descriptors.ts';
import { JavaThrow, VmExit } from './errors.ts';
import { IdentityHashes, JArray, JObject, type HeapObject } from './heap.ts';
import type { NativeContext } from './native-api.ts';
import { isAssignable } from './resolve.ts';
import type { RtClass } from './rt-class.ts';
import type { Vm } from './vm.ts';


/** Class.getSimpleName(): the name after the package; arrays as "int[]", "String[][]". */
export function simpleNameOf(cls: RtClass): string {
  let dims = 0;
  while (cls.name[dims] === '[') dims++;
  const base = cls.name.substring(dims);
  let simple: string;
  if (dims === 0) simple = base.substring(base.lastIndexOf('/') + 1);
  else if (base.length === 1) simple = JAVA_PRIMITIVE_NAMES[base] ?? base;
  else simple = base.substring(Math.max(base.lastIndexOf('/') + 1, 1), base.length - 1); // "LPt;" -> "Pt"
  return simple + '[]'.repeat(dims);
}

export function makeNativeContext(vm: Vm): NativeContext {
  const hashes = new IdentityHashes();
  const asObject = (ref: HeapObject, what: string): JObject => {
    if (ref instanceof JObject) return ref;
    return vm.nativeContext.throwNew('java/lang/ClassCastException', `${what}: got an array`);
  };
  return {
    jsString: (ref) => vm.jsString(ref),
    newString: (js) => vm.newString(js),
    intern: (ref) => vm.intern(vm.jsString(ref)),
    newArray(desc, length) {
      try {
        return vm.newArray(desc, length);
      } catch (e) {
        // Materialise now, so the trace shows the native frame as HotSpot's does.
        if (e instanceof JavaThrow) vm.materialize(e);
        throw e;
      }
    },
    arrayData(ref) {
      if (ref === null) return this.throwNew('java/lang/NullPointerException');
      if (!(ref instanceof JArray)) return this.throwNew('java/lang/IllegalArgumentException', 'Argument is not an array');
      return ref.data;
    },
    getField: (obj, name) => vm.getField(obj, name),
    setField: (obj, name, value) => vm.setField(obj, name, value),
    isInstance(obj, name) {
      const internal = name.startsWith('L') && name.endsWith(';') ? name.slice(1, -1) : name;
      let target: RtClass | null = null;
      try {
        target = vm.appLoader.tryLoad(internal) ?? obj.cls.loader.tryLoad(internal);
      } catch {
        target = null;
      }
      return target !== null && isAssignable(obj.cls, target);
    },
    throwNew(className, message) {
      throw JavaThrow.of(vm.newThrowable(className, message ?? null));
    },
    captureStackTrace: (throwable) => vm.captureStackTrace(throwable),
    identityHashCode(obj) {
      if (obj.hash === 0) obj.hash = hashes.next();
      return obj.hash;
    },
    classObjectOf: (obj) => vm.classObject(obj.cls),
    className: (mirror) => vm.classOfMirror(asObject(mirror, 'className')).javaName,
    simpleName: (mirror) => simpleNameOf(vm.classOfMirror(asObject(mirror, 'simpleName'))),
    isInterfaceClass: (mirror) => vm.classOfMirror(asObject(mirror, 'isInterfaceClass')).isInterface,
    syscall(nr, args) {
      // exit/exit_group end the program: the VM performs them itself (it must unwind).
      if (nr === Sys.exit || nr === Sys.exit_group) throw new VmExit(typeof args[0] === 'number' ? args[0] | 0 : 0);
      return vm.kernel.syscall(nr, args);
    },
    exit(status) {
      throw new VmExit(status | 0);
    },
  };
}
