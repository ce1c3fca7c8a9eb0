// Developer tool: runs test programs under Ringfence and shows, line by line, where the output
// differs from the recorded expectations (a quicker read than a vitest diff when routing bugs).
//   npx tsx test/support/try-program.ts <program.java | program-dir>...

import { resolve } from 'node:path';
import { formatDiagnostic } from '../../compiler/diagnostics.ts';
import { expected, observe } from './observe.ts';
import { compileAndRun } from './pipeline.ts';
import { loadProgram } from './programs.ts';

for (const arg of process.argv.slice(2)) {
  const p = loadProgram(resolve(arg), arg, true);
  const r = compileAndRun(p.files, p.mainClass, p.args);
  console.log(`== ${p.name}`);
  if (p.expect.kind === 'compile-error') {
    console.log(`expected codes ${p.expect.codes.join(' ')}`);
    const texts = new Map(p.files.map((f) => [f.path, f.text]));
    for (const d of r.diagnostics) console.log(formatDiagnostic(d, texts.get(d.span.file)));
    continue;
  }
  for (const d of r.diagnostics) console.log(`${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`);
  const got = observe(r);
  const want = expected(p);
  const n = Math.max(got.stdout.length, want.stdout.length);
  for (let i = 0; i < n; i++) {
    const g = got.stdout[i];
    const w = want.stdout[i];
    if (g !== w) console.log(`line ${i + 1}: expected ${JSON.stringify(w)}\n         got      ${JSON.stringify(g)}`);
  }
  if (got.exitCode !== want.exitCode) console.log(`exit: expected ${want.exitCode}, got ${got.exitCode}`);
  if (got.uncaught !== want.uncaught) console.log(`uncaught: expected ${want.uncaught}, got ${got.uncaught}`);
  if (r.stderr) console.log(`stderr:\n${r.stderr}`);
}
