// The regex methods of java.lang.String (split, matches, replaceAll, replaceFirst) over the
// host's RegExp. Java regex syntax is translated where the two differ in meaning (\s, \h,
// POSIX \p{Alpha}-style classes, \Q..\E, \A \z \Z, a leading (?i)); constructs the host cannot
// express (possessive quantifiers, atomic groups, class intersection, Unicode \p{..} other
// than the POSIX names) are refused with RegexError, which the natives raise as
// IllegalArgumentException (PatternSyntaxException's superclass).
// Hands on: compileJavaRegex, javaSplit, javaMatches, javaReplace, RegexError.

import { setFlagsFromString } from 'node:v8';

// A regex runs inside one native call, outside the VM's instruction budget, so a
// catastrophically backtracking pattern ("(a+)+b") would freeze the whole VM. V8 can switch
// such a regex to its linear-time engine once backtracking gets excessive; the results are
// the same, only the worst case changes. Patterns the linear engine cannot run
// (backreferences, lookaround) keep the backtracking engine: a known limit.
setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');

/** An invalid or unsupported pattern or replacement; `javaClass` is what to throw. */
export class RegexError extends Error {
  constructor(
    message: string,
    readonly javaClass = 'java/lang/IllegalArgumentException',
  ) {
    super(message);
  }
}

const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
const HORIZONTAL_SPACE = ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';
const POSIX: Readonly<Record<string, string>> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F', Space: JAVA_SPACE, L: '\\p{L}', Lu: '\\p{Lu}', Ll: '\\p{Ll}', N: '\\p{N}', Nd: '\\p{Nd}',
};
const META = /[\\^$.|?*+()[\]{}/-]/g;

/** Escapes a literal string for use inside a JS pattern. */
const quote = (s: string): string => s.replace(META, '\\$&');

const unsupported = (regex: string, what: string): never => {
  throw new RegexError(`Unsupported regex construct (${what}) in "${regex}"`);
};

/** Translates one Java pattern to JS source plus flags. */
function translate(regex: string): { source: string; flags: string } {
  let flags = 'g';
  let src = regex;
  const leading = /^\(\?([imsx]+)\)/.exec(src);
  if (leading) {
    for (const f of leading[1]!) {
      if (f === 'i' || f === 'm' || f === 's') flags += f;
      else unsupported(regex, `flag ${f}`);
    }
    src = src.substring(leading[0].length);
  }
  let out = '';
  let inClass = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) throw new RegexError(`Unexpected internal error near index ${src.length}\n${regex}`);
      i++;
      if (n === 's') out += inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`;
      else if (n === 'S') out += inClass ? unsupported(regex, '\\S in a class') : `[^${JAVA_SPACE}]`;
      else if (n === 'h') out += inClass ? HORIZONTAL_SPACE : `[${HORIZONTAL_SPACE}]`;
      else if (n === 'A') out += '^';
      else if (n === 'z') out += '$';
      else if (n === 'Z') out += '(?=\\n?$)';
      else if (n === 'Q') {
        const end = src.indexOf('\\E', i + 1);
        const lit = end < 0 ? src.substring(i + 1) : src.substring(i + 1, end);
        out += quote(lit);
        i = end < 0 ? src.length : end + 1;
      } else if (n === 'p' || n === 'P') {
        const m = /^\{(?:Is)?([A-Za-z]+)\}/.exec(src.substring(i + 1));
        const cls = m ? POSIX[m[1]!] : undefined;
        if (!m || cls === undefined) unsupported(regex, `\\${n}`);
        if (cls!.startsWith('\\p')) flags += flags.includes('u') ? '' : 'u';
        const body = cls!;
        out += inClass ? (n === 'p' ? body : unsupported(regex, '\\P in a class')) : `[${n === 'P' ? '^' : ''}${body}]`;
        i += m![0].length;
      } else if (n === '0' || n === 'G' || n === 'R' || n === 'X') unsupported(regex, `\\${n}`);
      else out += '\\' + n;
    } else if (c === '[') {
      if (inClass && src[i - 1] !== '\\') unsupported(regex, 'nested class');
      inClass++;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += '\\' + src[++i]; // a leading ] is literal in Java
    } else if (c === ']' && inClass) {
      inClass--;
      out += c;
    } else if (c === '&' && inClass && src[i + 1] === '&') {
      unsupported(regex, 'class intersection');
    } else if (!inClass && (c === '+' || c === '*' || c === '?' || c === '}') && src[i + 1] === '+') {
      unsupported(regex, 'possessive quantifier');
    } else if (!inClass && c === '(' && src.startsWith('(?>', i)) {
      unsupported(regex, 'atomic group');
    } else if (c === '/' ) {
      out += '\\/';
    } else {
      out += c;
    }
  }
  if (flags.includes('u')) out = out.replace(/\\([^pPdDwWsSbBnrtfvux0-9kc\\^$.|?*+()[\]{}/-])/g, '$1');
  return { source: out, flags };
}

const cache = new Map<string, RegExp>();

/** The global JS RegExp for a Java pattern (cached); throws RegexError. */
export function compileJavaRegex(regex: string): RegExp {
  const hit = cache.get(regex);
  if (hit) return hit;
  const { source, flags } = translate(regex);
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    throw new RegexError(`Invalid regex "${regex}": ${(e as Error).message}`);
  }
  if (cache.size > 256) cache.clear();
  cache.set(regex, re);
  return re;
}

/** Every match of re in s, left to right, advancing past empty matches as java.util.regex does. */
function* matchesOf(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(s);
    if (m === null) return;
    yield m;
    if (m[0].length === 0) re.lastIndex = m.index + 1;
    if (re.lastIndex > s.length) return;
  }
}

/**
 * Pattern.split(input, limit) (JDK 8+): no leading empty string from a zero-width match at
 * the start; limit > 0 caps the parts; limit == 0 drops trailing empty strings. Returns
 * null when nothing matched (the caller returns the original string itself).
 */
export function javaSplit(s: string, regex: string, limit: number): string[] | null {
  const re = compileJavaRegex(regex);
  const parts: string[] = [];
  let index = 0;
  let matched = false;
  for (const m of matchesOf(re, s)) {
    if (limit > 0 && parts.length >= limit - 1) break;
    const start = m.index;
    const end = start + m[0].length;
    if (index === 0 && start === 0 && start === end) continue;
    parts.push(s.substring(index, start));
    index = end;
    matched = true;
  }
  if (!matched && index === 0) return null;
  parts.push(s.substring(index));
  if (limit === 0) {
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  }
  return parts;
}

/** String.matches: the whole string must match. */
export function javaMatches(s: string, regex: string): boolean {
  const re = compileJavaRegex(regex);
  const whole = new RegExp(`^(?:${re.source})$`, re.flags.replace('g', ''));
  return whole.test(s);
}

/** Matcher.appendReplacement's replacement syntax: \x literal, $n and ${name} groups. */
function expandReplacement(m: RegExpExecArray, replacement: string): string {
  let out = '';
  const groupCount = m.length - 1;
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new RegexError('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      i++;
      if (i >= replacement.length) throw new RegexError('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        const close = replacement.indexOf('}', i);
        const name = close < 0 ? '' : replacement.substring(i + 1, close);
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new RegexError('named capturing group is missing trailing \'}\'');
        if (!m.groups || !(name in m.groups)) throw new RegexError(`No group with name {${name}}`);
        out += m.groups[name] ?? '';
        i = close;
      } else {
        const d = replacement.charCodeAt(i) - 48;
        if (d < 0 || d > 9) throw new RegexError('Illegal group reference');
        let ref = d;
        while (i + 1 < replacement.length) {
          const nd = replacement.charCodeAt(i + 1) - 48;
          if (nd < 0 || nd > 9 || ref * 10 + nd > groupCount) break;
          ref = ref * 10 + nd;
          i++;
        }
        if (ref > groupCount) throw new RegexError(`No group ${ref}`, 'java/lang/IndexOutOfBoundsException');
        out += m[ref] ?? '';
      }
    } else {
      out += c;
    }
  }
  return out;
}

/** replaceAll (all = true) or replaceFirst; null when nothing matched (returns `this`). */
export function javaReplace(s: string, regex: string, replacement: string, all: boolean): string | null {
  const re = compileJavaRegex(regex);
  let out = '';
  let last = 0;
  let any = false;
  for (const m of matchesOf(re, s)) {
    out += s.substring(last, m.index) + expandReplacement(m, replacement);
    last = m.index + m[0].length;
    any = true;
    if (!all) break;
  }
  if (!any) return null;
  return out + s.substring(last);
}
