// Each case of cases.ts through the checker: accepted programs give no diagnostics; rejected
// ones give exactly the expected codes (each one a clear one-line message with a position).

import { describe, expect, it } from 'vitest';
import { CASES } from './cases.ts';
import { checkSources, codes } from './helpers.ts';

describe('checker accepts valid programs and rejects invalid ones with the right codes', () => {
  for (const c of CASES) {
    const verdict = c.errors ? `rejects (${c.errors.join(', ')})` : 'accepts';
    it(`${verdict}: ${c.name}`, () => {
      const { diagnostics } = checkSources(c.src, c.noStdlib ? 'none' : 'binary');
      const shown = diagnostics.map((d) => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`);
      expect(codes(diagnostics), shown.join('\n')).toEqual([...(c.errors ?? [])].sort());
      for (const d of diagnostics) {
        expect(d.message).not.toMatch(/\n|\[object|\{\d\}|: undefined\b/);
        expect(d.span.line).toBeGreaterThan(0);
        expect(d.code).not.toBe('RF2099');
      }
    });
  }
});
