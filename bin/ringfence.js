#!/usr/bin/env node
// The `ringfence` executable. Runs bin/ringfence.ts (the commander CLI) from a bundle that
// esbuild builds into .cache/bin/ on first use and rebuilds whenever any source is newer, so
// `npx ringfence` works right after `npm ci` with no build step yet starts in milliseconds, not
// the seconds that transpiling every module on each start would cost. If the bundle cannot be
// built or written (a read-only checkout), it falls back to running the sources through tsx.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SOURCE_DIRS = ['bin', 'compiler', 'vm', 'stdlib', 'hypervisor', 'bench'];
const BUNDLE = join(ROOT, '.cache', 'bin', 'ringfence.mjs');

function newestSourceTime() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs; // this launcher's build settings
  const walk = (dir) => {
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      const path = join(dir, d.name);
      if (d.isDirectory()) walk(path);
      else if (d.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(ROOT, dir));
  return newest;
}

async function freshBundle() {
  if (process.env.RINGFENCE_NO_BUNDLE) return null;
  try {
    if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSourceTime()) return BUNDLE;
    const { build } = await import('esbuild');
    mkdirSync(dirname(BUNDLE), { recursive: true });
    const tmp = `${BUNDLE}.${process.pid}.tmp.mjs`;
    await build({
      entryPoints: [join(ROOT, 'bin', 'ringfence.ts')],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // chevrotain and its lodash modules are bundled (hundreds of small files otherwise read at
      // every start); commander is CommonJS and loads fine from node_modules.
      external: ['commander'],
      logLevel: 'silent',
    });
    renameSync(tmp, BUNDLE); // atomic: concurrent starts see the old bundle or the new one
    return BUNDLE;
  } catch {
    return null;
  }
}

const bundle = await freshBundle();
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./ringfence.ts');
}
