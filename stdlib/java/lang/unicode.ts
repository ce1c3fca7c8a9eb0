// Unicode character properties for java.lang.Character's natives (non-ASCII code points),
// taken from the host's Unicode tables (JS \p{...} property escapes and case mappings).
// Matches JDK 17 (Unicode 13) except for characters assigned in later Unicode versions, and
// getNumericValue knows only decimal digits, Latin-1 and the common number forms.
// Hands on: generalCategory, isUpper, isLower, isAlphabetic, upperCase, lowerCase,
// digitValue, numericValue, javaLowerCase.

/** Java's general-category constants (Character.UPPERCASE_LETTER = 1, ...), by \p{..} name. */
const CATEGORIES: ReadonlyArray<readonly [RegExp, number]> = (
  [
    ['Lu', 1], ['Ll', 2], ['Lt', 3], ['Lm', 4], ['Lo', 5], ['Mn', 6], ['Me', 7], ['Mc', 8], ['Nd', 9],
    ['Nl', 10], ['No', 11], ['Zs', 12], ['Zl', 13], ['Zp', 14], ['Cc', 15], ['Cf', 16], ['Co', 18],
    ['Cs', 19], ['Pd', 20], ['Ps', 21], ['Pe', 22], ['Pc', 23], ['Po', 24], ['Sm', 25], ['Sc', 26],
    ['Sk', 27], ['So', 28], ['Pi', 29], ['Pf', 30],
  ] as const
).map(([name, value]) => [new RegExp(`^\\p{${name}}$`, 'u'), value] as const);

const MAX_CODE_POINT = 0x10ffff;

// Characters whose properties changed between Unicode 13 (JDK 17) and the host's Unicode,
// found by test/stdlib/unicode.test.ts against JDK 17: JDK 17's answers win.
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const CATEGORY_13: ReadonlyMap<number, number> = new Map([[0x295, 2], [0x1734, 6]]);
const LOWER_13: ReadonlyMap<number, boolean> = new Map([[0x295, true], [0x10fc, false], [0xab69, false]]);
const NOT_ALPHABETIC_13: ReadonlySet<number> = new Set([...range(0x363, 0x36f), 0xc04, 0xf82, 0xf83, ...range(0x1dd3, 0x1de6)]);
const NO_UPPER_MAPPING_13: ReadonlySet<number> = new Set([0x19b, 0x264]);
/** Lazily filled: -1 = not computed yet. */
let categoryCache: Int8Array | null = null;

const charOf = (cp: number): string => String.fromCodePoint(cp);
const valid = (cp: number): boolean => Number.isInteger(cp) && cp >= 0 && cp <= MAX_CODE_POINT;

/** Character.getType: 0 (UNASSIGNED) for unassigned or invalid code points. */
export function generalCategory(cp: number): number {
  if (!valid(cp)) return 0;
  categoryCache ??= new Int8Array(MAX_CODE_POINT + 1).fill(-1);
  const hit = categoryCache[cp]!;
  if (hit >= 0) return hit;
  const s = charOf(cp);
  let found = CATEGORY_13.get(cp) ?? 0;
  for (const [re, value] of CATEGORIES) {
    if (found !== 0) break;
    if (re.test(s)) {
      found = value;
      break;
    }
  }
  categoryCache[cp] = found;
  return found;
}

const UPPERCASE = /^\p{Uppercase}$/u;
const LOWERCASE = /^\p{Lowercase}$/u;
const ALPHABETIC = /^\p{Alphabetic}$/u;

/** Lu or Other_Uppercase, as Character.isUpperCase(int) since JDK 7. */
export const isUpper = (cp: number): boolean => valid(cp) && UPPERCASE.test(charOf(cp));
export const isLower = (cp: number): boolean => valid(cp) && (LOWER_13.get(cp) ?? LOWERCASE.test(charOf(cp)));
export const isAlphabetic = (cp: number): boolean =>
  valid(cp) && !NOT_ALPHABETIC_13.has(cp) && ALPHABETIC.test(charOf(cp));

/** The one code point of s, or null if s is not exactly one code point. */
function single(s: string): number | null {
  const cp = s.codePointAt(0);
  return cp !== undefined && s.length === (cp > 0xffff ? 2 : 1) ? cp : null;
}

/**
 * Simple (one-to-one) uppercase mapping. The host only offers full mappings; where those
 * expand to several characters the simple mapping is either none or, for Greek letters with
 * ypogegrammeni, the titlecase form (U+1F80 -> U+1F88, U+1FB3 -> U+1FBC...).
 */
export function upperCase(cp: number): number {
  if (!valid(cp) || NO_UPPER_MAPPING_13.has(cp)) return cp;
  const mapped = single(charOf(cp).toUpperCase());
  if (mapped !== null) return mapped;
  if ((cp >= 0x1f80 && cp <= 0x1f87) || (cp >= 0x1f90 && cp <= 0x1f97) || (cp >= 0x1fa0 && cp <= 0x1fa7)) return cp + 8;
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return cp + 9;
  return cp;
}

/** Simple lowercase mapping (U+0130 is the one letter whose full mapping expands). */
export function lowerCase(cp: number): number {
  if (!valid(cp)) return cp;
  if (cp === 0x130) return 0x69;
  const mapped = single(charOf(cp).toLowerCase());
  return mapped ?? cp;
}

/** A decimal digit's value (digits come in runs 0..9), or a fullwidth Latin letter's 10..35; else -1. */
export function digitValue(cp: number): number {
  if (generalCategory(cp) === 9) {
    let start = cp;
    while (start > 0 && generalCategory(start - 1) === 9) start--;
    return (cp - start) % 10;
  }
  if (cp >= 0xff21 && cp <= 0xff3a) return cp - 0xff21 + 10;
  if (cp >= 0xff41 && cp <= 0xff5a) return cp - 0xff41 + 10;
  return -1;
}

/** Number forms beyond digits: value, or -2 for fractions. */
const NUMBER_FORMS: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>([
    [0xb2, 2], [0xb3, 3], [0xb9, 1], [0xbc, -2], [0xbd, -2], [0xbe, -2], [0x2070, 0],
    [0x216c, 50], [0x216d, 100], [0x216e, 500], [0x216f, 1000],
    [0x217c, 50], [0x217d, 100], [0x217e, 500], [0x217f, 1000],
  ]);
  for (let i = 0; i < 6; i++) m.set(0x2074 + i, 4 + i); // superscript 4..9
  for (let i = 0; i < 10; i++) m.set(0x2080 + i, i); // subscript 0..9
  for (let i = 0; i < 12; i++) m.set(0x2160 + i, i + 1).set(0x2170 + i, i + 1); // Roman I..XII
  for (let i = 0; i < 20; i++) m.set(0x2460 + i, i + 1).set(0x2474 + i, i + 1); // circled/parenthesized 1..20
  for (let cp = 0x2150; cp <= 0x215e; cp++) m.set(cp, -2); // vulgar fractions
  m.set(0x215f, 1); // FRACTION NUMERATOR ONE
  return m;
})();

/** Character.getNumericValue for a non-ASCII code point. */
export function numericValue(cp: number): number {
  const d = digitValue(cp);
  if (d >= 0) return d;
  return NUMBER_FORMS.get(cp) ?? -1;
}

// ---------------------------------------------------------------- String.toLowerCase

const WORD = /^[\p{L}\p{N}\p{M}\p{Pc}]$/u;
/** Characters the JDK's word iterator keeps inside a word when letters surround them. */
const MID_WORD = new Set(["'", '.', '-', ':', '\u00b7', '\u2019', '\u2027']);

/**
 * A word boundary before code point i of cps, approximating the JDK's
 * BreakIterator.getWordInstance: no break inside a run of letters, digits and marks, nor
 * around one mid-word character (' . - : and friends) with word characters on both sides.
 */
function isWordBoundary(cps: readonly string[], i: number): boolean {
  if (i <= 0 || i >= cps.length) return true;
  const word = (k: number): boolean => k >= 0 && k < cps.length && WORD.test(cps[k]!);
  if (word(i - 1) && word(i)) return false;
  if (MID_WORD.has(cps[i]!) && word(i - 1) && word(i + 1)) return false;
  if (MID_WORD.has(cps[i - 1]!) && word(i - 2) && word(i)) return false;
  return true;
}

const isCased = (c: string): boolean => {
  const cp = c.codePointAt(0)!;
  const t = generalCategory(cp);
  return t === 1 || t === 2 || t === 3 || isUpper(cp) || isLower(cp);
};

/**
 * The JDK's Final_Sigma rule (ConditionalSpecialCasing.isFinalCased): a cased letter before
 * it and none after it, looking only within the word. The host applies Unicode's rule
 * (case-ignorable characters only), which differs for e.g. "ΑΣ-x".
 */
function isFinalSigma(cps: readonly string[], index: number): boolean {
  for (let i = index; i >= 0 && !isWordBoundary(cps, i); i--) {
    if (isCased(cps[i - 1]!)) {
      for (let j = index + 1; j < cps.length && !isWordBoundary(cps, j); j++) {
        if (isCased(cps[j]!)) return false;
      }
      return true;
    }
  }
  return false;
}

/** String.toLowerCase() as the JDK does it in a non-Turkic locale. */
export function javaLowerCase(s: string): string {
  if (!s.includes('\u03a3')) return s.toLowerCase();
  const cps = Array.from(s);
  return cps.map((c, i) => (c === '\u03a3' ? (isFinalSigma(cps, i) ? '\u03c2' : '\u03c3') : c.toLowerCase())).join('');
}
