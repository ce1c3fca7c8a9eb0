// Host-side signals the runtime uses to unwind out of deep code: a Java exception being
// raised (JavaThrow), the program ending (VmExit), the instruction budget running out
// (BudgetExhausted) and an internal VM failure (VmError). Caught by the interpreter's
// dispatch loop and by launch(); never shown to the user as a host stack trace.

import type { JObject } from './heap.ts';

/**
 * A Java exception in flight. Either an existing Throwable object, or a class name and
 * detail message that the interpreter materialises (allocating the object and capturing
 * the stack trace) at the point where it is caught: loader and linker code raise these
 * without needing the heap.
 */
export class JavaThrow extends Error {
  constructor(
    readonly className: string,
    readonly detail: string | null,
    public object: JObject | null = null,
    /** For ExceptionInInitializerError and friends: the cause to record. */
    readonly causeObject: JObject | null = null,
  ) {
    super(detail === null ? className : `${className}: ${detail}`);
  }

  static of(object: JObject): JavaThrow {
    return new JavaThrow(object.cls.name, null, object);
  }
}

/** System.exit(status) (or exit/exit_group): unwinds everything and ends the program. */
export class VmExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

/** The instruction budget (LaunchOptions.limits.maxInstructions) ran out. */
export class BudgetExhausted extends Error {
  constructor(readonly limit: number) {
    super(`instruction budget of ${limit} exhausted`);
  }
}

/** A failure of the VM itself or of a native: reported as one line naming where. */
export class VmError extends Error {
  override name = 'VmError';
}
