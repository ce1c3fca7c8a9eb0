// The checker never throws on user input: random token-level mutations of valid programs
// (deleted, duplicated, swapped or replaced tokens) that still parse must be checked to
// diagnostics or acceptance, never to a host exception or an internal-error diagnostic.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../../../compiler/check/check.ts';
import { DiagnosticBag } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';
import { loadStdlib } from '../../../stdlib/build.ts';
import { SEEDS, mutant, mutationArb } from './mutants.ts';

describe('checker robustness', () => {
  it('never throws or reports an internal error on mutated programs', () => {
    const lookup = loadStdlib().lookup;
    let checked = 0;
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (seed, muts) => {
        const diags = new DiagnosticBag();
        const units = Object.entries(mutant(seed, muts)).map(([path, text]) => parseCompilationUnit(path, text, diags));
        if (diags.hasErrors || units.some((u) => u === null)) return; // the front end rejected it
        checked++;
        checkProgram(units.filter((u) => u !== null), lookup, diags);
        expect(diags.items.filter((d) => d.code === 'RF2099').map((d) => d.message)).toEqual([]);
      }),
      { numRuns: 400, seed: 20261126 },
    );
    expect(checked).toBeGreaterThan(20); // enough mutants survive parsing to exercise the checker
  }, 120_000);
});

describe('checker scale', () => {
  it('checks deeply nested loops with a blank final and very long concatenations in linear-ish time', async () => {
    const { checkSources } = await import('./helpers.ts');
    const loops = Array.from({ length: 60 }, (_, k) => `for (int i${k} = 0; i${k} < 2; i${k}++) { `).join('') + 'x++;' + ' }'.repeat(60);
    const concat = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `"s${i}"` : `${i}`)).join(' + ');
    const started = Date.now();
    const r = checkSources(`class Main { static void run() { int x = 0; final int y; ${loops} y = 1; String s = ${concat}; } public static void main(String[] a) {} }`);
    expect(r.diagnostics.map((d) => d.message)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
