// The checker never throws on user input: random token-level mutations of valid programs
// (deleted, duplicated, swapped or replaced tokens) that still parse must be checked to
// diagnostics or acceptance, never to a host exception or an internal-error diagnostic.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../../../compiler/check/check.ts';
import { DiagnosticBag } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';
import { loadStdlib } from '../../../stdlib/build.ts';
import { CASES } from './cases.ts';
import { filesOf } from './helpers.ts';

const SEEDS = CASES.filter((c) => !c.errors && !c.noStdlib).map((c) => filesOf(c.src));
const REPLACEMENTS = ['int', 'long', 'String', 'Object', 'null', 'this', 'super', 'static', 'final', 'void', 'x', 'Main', '0', '1L', '"s"', "'c'", '.', ';', '(', ')', '{', '}', '+', '=', '==', 'return', 'break', 'throw', 'new', 'abstract', 'private'];

type Mutation = { kind: 'delete' | 'duplicate' | 'swap' | 'replace'; at: number; with: number };

function mutate(text: string, muts: Mutation[]): string {
  const tokens = text.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\w+|\s+|\S/g) ?? [];
  for (const m of muts) {
    const i = m.at % Math.max(tokens.length, 1);
    if (m.kind === 'delete') tokens.splice(i, 1);
    else if (m.kind === 'duplicate') tokens.splice(i, 0, tokens[i] ?? '');
    else if (m.kind === 'swap') [tokens[i], tokens[m.with % tokens.length]] = [tokens[m.with % tokens.length] ?? '', tokens[i] ?? ''];
    else tokens[i] = ` ${REPLACEMENTS[m.with % REPLACEMENTS.length]} `;
  }
  return tokens.join('');
}

const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('delete', 'duplicate', 'swap', 'replace'),
  at: fc.nat(),
  with: fc.nat(),
});

describe('checker robustness', () => {
  it('never throws or reports an internal error on mutated programs', () => {
    const lookup = loadStdlib().lookup;
    let checked = 0;
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, muts) => {
        const diags = new DiagnosticBag();
        const units = Object.entries(SEEDS[seed]!).map(([path, text]) => parseCompilationUnit(path, mutate(text, muts), diags));
        if (diags.hasErrors || units.some((u) => u === null)) return; // the front end rejected it
        checked++;
        checkProgram(units.filter((u) => u !== null), lookup, diags);
        const internal = diags.items.filter((d) => d.code === 'RF2099');
        expect(internal.map((d) => d.message)).toEqual([]);
      }),
      { numRuns: 400, seed: 20261126 },
    );
    expect(checked).toBeGreaterThan(20); // enough mutants survive parsing to exercise the checker
  }, 120_000);
});
