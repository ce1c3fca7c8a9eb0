// The launcher: what `java MainClass args...` does. Loads and links the main class, checks
// `public static void main(String[])`, initializes the class, runs main, and reports the
// outcome (exit status, instructions, why it ended). Never lets a host exception escape.

import { Access } from '../bytecode/classfile.ts';
import type { Kernel } from '../os/kernel.ts';
import { Sys } from '../os/syscalls.ts';
import type { ClassSource } from './class-source.ts';
import { BudgetExhausted, JavaThrow, VmError, VmExit } from './errors.ts';
import { JArray, JObject, type HeapObject } from './heap.ts';
import type { NativeTable } from './native-api.ts';
import { selectMethod } from './resolve.ts';
import type { RtClass, RtMethod } from './rt-class.ts';
import { Vm } from './vm.ts';

export interface LaunchOptions {
  boot: ClassSource;
  classPath: ClassSource[];
  natives: NativeTable;
  kernel: Kernel;
  /** "pkg.Main" or "pkg/Main". */
  mainClass: string;
  args: string[];
  limits?: { maxInstructions?: number; maxCallDepth?: number; maxHostHeap?: number };
}

export type LaunchOutcome = 'exited' | 'returned' | 'uncaught-exception' | 'vm-error' | 'budget-exhausted';

export interface LaunchResult {
  exitCode: number;
  instructions: number;
  outcome: LaunchOutcome;
}

/** Runs a program to completion. Everything it prints goes through `o.kernel`. */
export function launch(o: LaunchOptions): LaunchResult {
  let vm: Vm | null = null;
  const done = (exitCode: number, outcome: LaunchOutcome): LaunchResult => ({
    exitCode,
    outcome,
    instructions: vm?.interp.instructions ?? 0,
  });
  try {
    vm = new Vm({ ...o, ...o.limits });
    const main = loadMain(vm, o.mainClass);
    if (typeof main === 'number') return done(main, 'vm-error');
    vm.interp.initialize(main.cls);
    vm.interp.invoke(main.method, [makeArgs(vm, o.args)]);
    return done(0, 'returned');
  } catch (e) {
    return finish(vm, o.kernel, e, done);
  }
}

type Done = (exitCode: number, outcome: LaunchOutcome) => LaunchResult;

/** Turns how the program stopped into a result, printing what java would print. */
function finish(vm: Vm | null, kernel: Kernel, e: unknown, done: Done): LaunchResult {
  if (e instanceof VmExit) return done(e.status, 'exited');
  if (e instanceof BudgetExhausted) {
    printErr(kernel, `Error: instruction budget exhausted after ${e.limit} instructions\n`);
    return done(1, 'budget-exhausted');
  }
  if (e instanceof JavaThrow && vm) {
    try {
      reportUncaught(vm, vm.materialize(e));
      return done(1, 'uncaught-exception');
    } catch (inner) {
      if (inner instanceof VmExit) return done(inner.status, 'exited');
      return finish(vm, kernel, inner instanceof JavaThrow ? new VmError(`while reporting ${e.className}: ${inner.message}`) : inner, done);
    }
  }
  const msg = e instanceof Error ? e.message : String(e);
  const where = vm && vm.interp.frames.length > 0 ? ` in ${vm.interp.where()}` : '';
  printErr(kernel, `Error: Ringfence VM error${where}: ${oneLine(msg)}\n`);
  return done(1, 'vm-error');
}

/** Loads, links and checks the main class; on failure prints java's message and gives 1. */
function loadMain(vm: Vm, mainClass: string): { cls: RtClass; method: RtMethod } | number {
  const internal = mainClass.replace(/\./g, '/');
  const dotted = internal.replace(/\//g, '.');
  let cls: RtClass | null;
  try {
    cls = vm.appLoader.tryLoad(internal);
  } catch (e) {
    if (!(e instanceof JavaThrow)) throw e;
    printErr(vm.kernel, `Error: Could not find or load main class ${dotted}\nCaused by: ${describe(e)}\n`);
    return 1;
  }
  if (!cls || cls.isArray) {
    printErr(vm.kernel, `Error: Could not find or load main class ${dotted}\nCaused by: java.lang.ClassNotFoundException: ${dotted}\n`);
    return 1;
  }
  try {
    vm.link(cls);
  } catch (e) {
    if (!(e instanceof JavaThrow)) throw e;
    printErr(vm.kernel, `Error: Unable to initialize main class ${dotted}\nCaused by: ${describe(e)}\n`);
    return 1;
  }
  const method = cls.methodByKey.get('main([Ljava/lang/String;)V');
  const want = Access.PUBLIC | Access.STATIC;
  if (!method || (method.access & want) !== want) {
    printErr(
      vm.kernel,
      `Error: Main method not found in class ${dotted}, please define the main method as:\n` +
        '   public static void main(String[] args)\n' +
        'or a JavaFX application class must extend javafx.application.Application\n',
    );
    return 1;
  }
  return { cls, method };
}

function makeArgs(vm: Vm, args: readonly string[]): JArray {
  const arr = vm.newArray('Ljava/lang/String;', args.length);
  args.forEach((a, i) => ((arr.data as (HeapObject | null)[])[i] = vm.newString(a)));
  return arr;
}

/**
 * What java's default uncaught-exception handler does (ThreadGroup.uncaughtException):
 * `Exception in thread "main" ` then `e.printStackTrace(System.err)`, run through the
 * interpreter so user overrides (toString, getMessage, printStackTrace) apply. As in java,
 * an exception thrown while printing is ignored.
 */
function reportUncaught(vm: Vm, exc: JObject): void {
  printErr(vm.kernel, 'Exception in thread "main" ');
  const printer = uncaughtPrinter(vm);
  if (!printer) {
    printErr(vm.kernel, fallbackTrace(vm, exc)); // a stdlib without printStackTrace
    return;
  }
  try {
    vm.interp.invoke(selectMethod(exc.cls, printer.method), [exc, ...printer.args]);
  } catch (e) {
    if (!(e instanceof JavaThrow)) throw e;
  }
}

/** Throwable.printStackTrace(PrintStream) with System.err, else printStackTrace(), else null. */
function uncaughtPrinter(vm: Vm): { method: RtMethod; args: JObject[] } | null {
  let throwable: RtClass;
  try {
    throwable = vm.bootClass('java/lang/Throwable');
  } catch {
    return null;
  }
  const toStream = throwable.methodByKey.get('printStackTrace(Ljava/io/PrintStream;)V');
  if (toStream) {
    try {
      const system = vm.bootClass('java/lang/System');
      vm.interp.initialize(system);
      const err = system.fields.find((f) => f.name === 'err' && f.descriptor === 'Ljava/io/PrintStream;');
      const stream = err ? (system.statics[err.slot] as JObject | null) : null;
      if (stream) return { method: toStream, args: [stream] };
    } catch (e) {
      if (!(e instanceof JavaThrow)) throw e;
    }
  }
  const plain = throwable.methodByKey.get('printStackTrace()V');
  return plain ? { method: plain, args: [] } : null;
}

function fallbackTrace(vm: Vm, exc: JObject): string {
  const msg = vm.getField(exc, 'detailMessage') as JObject | null;
  let out = exc.cls.javaName + (msg ? `: ${vm.jsString(msg)}` : '') + '\n';
  const trace = vm.getField(exc, 'stackTrace') as JArray | null;
  for (const e of (trace?.data ?? []) as (JObject | null)[]) {
    if (!e) continue;
    const file = vm.getField(e, 'fileName') as JObject | null;
    const line = vm.getField(e, 'lineNumber') as number;
    const where = file ? (line >= 0 ? `${vm.jsString(file)}:${line}` : vm.jsString(file)) : 'Unknown Source';
    out += `\tat ${vm.jsString(vm.getField(e, 'declaringClass') as JObject)}.${vm.jsString(vm.getField(e, 'methodName') as JObject)}(${where})\n`;
  }
  return out;
}

function describe(e: JavaThrow): string {
  const name = e.className.replace(/\//g, '.');
  return e.detail === null ? name : `${name}: ${oneLine(e.detail)}`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

/** Writes to fd 2 through the kernel; a failing kernel (e.g. a closed pipe) is ignored here. */
function printErr(kernel: Kernel, text: string): void {
  const bytes = new TextEncoder().encode(text);
  try {
    kernel.syscall(Sys.write, [2, bytes, bytes.length]);
  } catch {
    // nowhere left to report to
  }
}
