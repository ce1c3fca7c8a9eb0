// StringBuilder.java and StringBuffer.java are thin classes over their shared superclass
// AbstractStringBuilder.java (as in JDK 17): each re-declares the chaining methods with its own
// return type. StringBuffer.java is StringBuilder.java with the class name changed, apart from
// members each file marks as its own (`// <Class> only:` ... `// end of <Class> only`), where
// JDK 17's two classes call different methods. These tests keep the three in step: an edit to
// one twin must be made to the other, and a chaining method added to the superclass must be
// re-declared by both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LANG = join(import.meta.dirname, '..', '..', 'stdlib', 'java', 'lang');
const source = (name: string): string => readFileSync(join(LANG, `${name}.java`), 'utf8');
/** The class body: everything from the package line on (the header comments differ). */
const body = (name: string): string => {
  const text = source(name);
  return text.slice(text.indexOf('package java.lang;'));
};
/** A twin's body without the members it marks as its own. */
const shared = (name: string): string =>
  body(name).replace(new RegExp(`\\n {4}// ${name} only:[^]*?// end of ${name} only\\n`, 'g'), '');

/** `name(parameter types)` of every public method of `cls` returning `returns`. */
function chainingMethods(cls: string, returns: string): string[] {
  const found: string[] = [];
  for (const m of body(cls).matchAll(new RegExp(`\\n {4}public ${returns} (\\w+)\\(([^)]*)\\) \\{`, 'g'))) {
    const types = m[2]!.split(',').map((p) => p.trim().split(/\s+/).slice(0, -1).join(' ')).filter((t) => t !== '');
    found.push(`${m[1]}(${types.join(', ')})`);
  }
  return found.sort();
}

describe('StringBuffer, StringBuilder and AbstractStringBuilder', () => {
  it('StringBuffer is StringBuilder with the name changed, apart from the members each marks as its own', () => {
    expect(shared('StringBuffer')).toBe(shared('StringBuilder').replace(/\bStringBuilder\b/g, 'StringBuffer'));
  });

  it('both twins mark own members (so the rule above cannot pass by marking nothing or everything)', () => {
    for (const name of ['StringBuilder', 'StringBuffer']) {
      expect(body(name)).toContain(`// ${name} only:`);
      expect(shared(name).length).toBeLessThan(body(name).length);
      expect(shared(name)).toContain(`public ${name} append(String str)`);
    }
  });

  it('every chaining method of AbstractStringBuilder is re-declared by both with their own return type', () => {
    const inherited = chainingMethods('AbstractStringBuilder', 'AbstractStringBuilder');
    expect(inherited.length).toBeGreaterThanOrEqual(30);
    expect(chainingMethods('StringBuilder', 'StringBuilder')).toEqual(inherited);
    expect(chainingMethods('StringBuffer', 'StringBuffer')).toEqual(inherited);
  });
});
