// How the CLI ends: a user error becomes one clear line on stderr and a non-zero exit status,
// never a host stack trace. Commands throw UserError for expected failures; anything else is a
// Ringfence bug, reported as one line too (with RINGFENCE_DEBUG=1 showing the host trace).

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Wraps a command action so that every failure ends as `ringfence: <message>` and exit 1. */
export function guard<A extends unknown[]>(action: (...args: A) => Promise<void> | void) {
  return async (...args: A): Promise<void> => {
    try {
      await action(...args);
    } catch (e) {
      if (e instanceof UserError) {
        if (e.message) process.stderr.write(`${e.message}\n`);
        process.exitCode = e.exitCode;
        return;
      }
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`ringfence: internal error: ${msg.split('\n')[0]}\n`);
      if (process.env.RINGFENCE_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
      process.exitCode = 70;
    }
  };
}
