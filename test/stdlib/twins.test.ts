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

/** StringBuffer's body without its marked own members (where JDK 17's StringBuffer differs). */
const withoutOwn = (text: string): string => text.replace(/\n {4}\/\/ StringBuffer only:[^]*?\/\/ end of StringBuffer only\n/g, '');

describe('StringBuffer and StringBuilder', () => {
  it('StringBuffer is StringBuilder with the name changed, apart from its marked own members', () => {
    expect(withoutOwn(body('StringBuffer'))).toBe(body('StringBuilder').replace(/\bStringBuilder\b/g, 'StringBuffer'));
  });

  it('the own-members block is really there (so the rule above cannot pass by removing everything)', () => {
    expect(body('StringBuffer')).toContain('// StringBuffer only:');
    expect(withoutOwn(body('StringBuffer')).length).toBeLessThan(body('StringBuffer').length);
  });
});
