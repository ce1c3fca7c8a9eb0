// Developer tool: records what the real JDK prints for test programs as `// expect:` lines.
//   npx tsx test/support/record-expect.ts [--force] <program.java | program-dir>...
// Programs that already have directives are left alone unless --force (which replaces their
// expect/expect-exit/expect-runtime-error lines). Programs javac rejects are reported, not touched.
// The differential suite re-checks every recorded line against java on each run.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { javacBatch, runJava, mapLimit, uncaughtException } from './java-oracle.ts';
import { loadProgram, outputLines, type TestProgram } from './programs.ts';

const RECORDED = /^\s*\/\/\s*(expect|expect-exit|expect-runtime-error):.*\n?/gm;

async function main(argv: string[]): Promise<void> {
  const force = argv.includes('--force');
  const paths = argv.filter((a) => a !== '--force').map((p) => resolve(p));
  const programs = paths.map((p) => loadProgram(p, p, true));
  const todo = programs.filter((p) => force || !hasDirectives(p));
  const verdicts = javacBatch(todo);
  await mapLimit(todo, 2, async (p, i) => {
    const v = verdicts[i]!;
    if (!v.ok) {
      console.log(`REJECTED by javac: ${p.name}\n${v.errors}`);
      return;
    }
    const r = await runJava(v.classDir, p.mainClass, p.args);
    record(p, r.stdout, r.stderr, r.exitCode);
  });
}

function hasDirectives(p: TestProgram): boolean {
  return p.files.some((f) => /\/\/\s*expect(-error|-exit|-runtime-error)?:/.test(f.text));
}

function record(p: TestProgram, stdout: string, stderr: string, exitCode: number): void {
  const lines = outputLines(stdout).map((l) => (l === '' ? '// expect:' : `// expect: ${l}`));
  const exception = uncaughtException(stderr);
  if (exception) lines.push(`// expect-runtime-error: ${exception}`);
  else if (exitCode !== 0) lines.push(`// expect-exit: ${exitCode}`);
  if (stderr && !exception) console.log(`note: ${p.name} wrote to stderr:\n${stderr}`);
  const target = p.files.find((f) => basename(f.path) === `${p.mainClass.split('.').pop()}.java`) ?? p.files[0]!;
  const text = readFileSync(target.absPath, 'utf8').replace(RECORDED, '').trimEnd();
  writeFileSync(target.absPath, `${text}\n${lines.join('\n')}\n`);
  console.log(`recorded ${p.name}: ${lines.length} line(s)${exception ? `, throws ${exception}` : ''}${exitCode ? `, exit ${exitCode}` : ''}`);
}

await main(process.argv.slice(2));
