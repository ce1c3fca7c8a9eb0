// The standard library is compiled by this checker with an EMPTY lookup, java/lang/Object
// (which has no superclass) included: all of stdlib/**/*.java must check without diagnostics.

import { describe, expect, it } from 'vitest';
import { checkProgram } from '../../../compiler/check/check.ts';
import { DiagnosticBag } from '../../../compiler/diagnostics.ts';
import { stdlibUnits } from './helpers.ts';

describe('the standard library sources', () => {
  it('check cleanly together with an empty ClassLookup', () => {
    const diags = new DiagnosticBag();
    const program = checkProgram(stdlibUnits(), { find: () => null }, diags);
    expect(diags.items.map((d) => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
    const object = program.classes.find((c) => c.symbol.internalName === 'java/lang/Object');
    expect(object?.symbol.superclass).toBeNull();
    expect(program.classes.find((c) => c.symbol.internalName === 'java/lang/String')?.symbol.superclass?.internalName).toBe('java/lang/Object');
  });
});
