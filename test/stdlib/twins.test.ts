// StringBuffer.java is StringBuilder.java with the class name changed (Ringfence programs are
// single-threaded, so the JDK's synchronized twin needs nothing more; the buffer itself is
// their shared superclass, AbstractStringBuilder.java). This keeps the two from drifting apart:
// an edit to one must be made to the other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LANG = join(import.meta.dirname, '..', '..', 'stdlib', 'java', 'lang');
/** The class body: everything from the package line on (the header comments differ). */
const body = (name: string): string => {
  const text = readFileSync(join(LANG, `${name}.java`), 'utf8');
  return text.slice(text.indexOf('package java.lang;'));
};

describe('StringBuffer and StringBuilder', () => {
  it('StringBuffer is StringBuilder with the name changed', () => {
    expect(body('StringBuffer')).toBe(body('StringBuilder').replace(/\bStringBuilder\b/g, 'StringBuffer'));
  });
});
