// Token-level mutations of the accepted programs in cases.ts, shared by the robustness
// property (never a host exception) and the javac differential (same verdict as javac).

import fc from 'fast-check';
import { CASES } from './cases.ts';
import { filesOf } from './helpers.ts';

export const SEEDS: Record<string, string>[] = CASES.filter((c) => !c.errors && !c.noStdlib).map((c) => filesOf(c.src));

const REPLACEMENTS = [
  'int', 'long', 'char', 'byte', 'double', 'String', 'Object', 'null', 'this', 'super', 'static', 'final', 'void',
  'abstract', 'private', 'protected', 'x', 'a', 'i', 'Main', '0', '1L', '1.5f', '"s"', "'c'", '.', ';', '(', ')',
  '{', '}', '+', '=', '==', 'return', 'break', 'continue', 'throw', 'new', 'if (true)', 'while (false)',
  'try {', '} catch (Exception e) {',
];

export interface Mutation {
  kind: 'delete' | 'duplicate' | 'swap' | 'replace';
  at: number;
  with: number;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('delete', 'duplicate', 'swap', 'replace', 'replace'),
  at: fc.nat(),
  with: fc.nat(),
});

/** Applies mutations to the token sequence (identifiers, literals, punctuation, spaces). */
export function mutate(text: string, muts: readonly Mutation[]): string {
  const tokens = text.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\w+|\s+|\S/g) ?? [];
  for (const m of muts) {
    const i = m.at % Math.max(tokens.length, 1);
    const j = m.with % Math.max(tokens.length, 1);
    if (m.kind === 'delete') tokens.splice(i, 1);
    else if (m.kind === 'duplicate') tokens.splice(i, 0, tokens[i] ?? '');
    else if (m.kind === 'swap') [tokens[i], tokens[j]] = [tokens[j] ?? '', tokens[i] ?? ''];
    else tokens[i] = ` ${REPLACEMENTS[m.with % REPLACEMENTS.length]} `;
  }
  return tokens.join('');
}

/** A mutated version of one seed program. */
export function mutant(seed: number, muts: readonly Mutation[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(SEEDS[seed % SEEDS.length]!)) out[path] = mutate(text, muts);
  return out;
}
