#!/usr/bin/env node
// The `ringfence` executable. Runs bin/ringfence.ts (the commander CLI) from a bundle that
// esbuild builds into .cache/bin/ on first use and rebuilds whenever any source is newer, so
// `npx ringfence` works right after `npm ci` with no build step yet starts in milliseconds, not
// the seconds that transpiling every module on each start would cost. If the bundle cannot be
// built or written (a read-only checkout), it falls back to running the sources through tsx.
//
// The bundle is split (esbuild `splitting`): each command's modules are their own chunks,
// loaded by the CLI's dynamic imports, so `machine run` does not parse the compiler and the
// Java VM (~20 ms of a start). A build goes into a directory of its own that is never changed
// afterwards, and `.cache/bin/current` (replaced atomically) names the newest one: a process
// still loading chunks from an older build, while another start rebuilds, keeps a whole build.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SOURCE_DIRS = ['bin', 'compiler', 'vm', 'stdlib', 'hypervisor', 'bench'];
const CACHE = join(ROOT, '.cache', 'bin');
const CURRENT = join(CACHE, 'current');
const ENTRY = 'ringfence.js';
/** Builds older than the current one are removed once they are this old (no start still loading them). */
const STALE_MS = 10 * 60 * 1000;

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

/** The entry of the current build, when there is one at least as new as every source. */
function currentEntry(newest) {
  try {
    const name = currentName();
    const entry = name && join(CACHE, name, ENTRY);
    return entry && existsSync(entry) && statSync(entry).mtimeMs >= newest ? entry : null;
  } catch {
    return null;
  }
}

async function freshBundle() {
  if (process.env.RINGFENCE_NO_BUNDLE) return null;
  try {
    const newest = newestSourceTime();
    const existing = currentEntry(newest);
    if (existing) return existing;
    const { build } = await import('esbuild');
    const name = `build-${Date.now()}-${process.pid}`;
    mkdirSync(join(CACHE, name), { recursive: true });
    await build({
      entryPoints: [join(ROOT, 'bin', 'ringfence.ts')],
      outdir: join(CACHE, name),
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // chevrotain and its lodash modules are bundled (hundreds of small files otherwise read at
      // every start); commander is CommonJS and loads fine from node_modules.
      external: ['commander'],
      logLevel: 'silent',
    });
    const previous = currentName();
    const pointer = join(CACHE, `current.${process.pid}.tmp`);
    writeFileSync(pointer, `${name}\n`);
    renameSync(pointer, CURRENT); // atomic: concurrent starts see the old build or the new one
    // A replaced build ages from now: starts that read `current` a moment ago may still load it.
    if (previous) touch(join(CACHE, previous));
    removeStaleBuilds(name);
    return join(CACHE, name, ENTRY);
  } catch {
    return null;
  }
}

function currentName() {
  try {
    return readFileSync(CURRENT, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

function touch(path) {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // already removed by another start: nothing to keep alive
  }
}

/**
 * Removes builds (and pointer files left by interrupted starts) replaced longer than STALE_MS
 * ago: no start can still be loading their chunks. Entries another start removes meanwhile are
 * skipped.
 */
function removeStaleBuilds(keep) {
  for (const d of readdirSync(CACHE, { withFileTypes: true })) {
    const removable = d.isDirectory() ? d.name.startsWith('build-') : d.name === 'ringfence.mjs' || /^current\.\d+\.tmp$/.test(d.name);
    if (d.name === keep || !removable) continue;
    try {
      const path = join(CACHE, d.name);
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed meanwhile
    }
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
