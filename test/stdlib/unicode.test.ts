// Differential test: the Unicode properties behind java.lang.Character's natives against
// JDK 17's Character, for every BMP code point and a sample of the supplementary planes.
// Code points JDK 17 (Unicode 13) leaves unassigned but the host knows are excluded: that
// difference is documented, not a bug.

import { describe, expect, it } from 'vitest';
import * as uc from '../../stdlib/java/lang/unicode.ts';
import { runJava } from './java-oracle.ts';

const ORACLE = `
public class UnicodeOracle {
  public static void main(String[] a) {
    StringBuilder sb = new StringBuilder();
    for (int cp = 0; cp <= 0x10FFFF; cp = cp < 0x10000 ? cp + 1 : cp + 37) {
      sb.append(Character.getType(cp)).append(' ')
        .append(Character.isUpperCase(cp) ? 1 : 0).append(Character.isLowerCase(cp) ? 1 : 0)
        .append(Character.isAlphabetic(cp) ? 1 : 0).append(' ')
        .append(Character.toUpperCase(cp)).append(' ').append(Character.toLowerCase(cp)).append(' ')
        .append(Character.digit(cp, 36)).append(' ').append(Character.getNumericValue(cp)).append('\\n');
    }
    System.out.print(sb);
  }
}`;

function ours(cp: number): string {
  const flags = `${+uc.isUpper(cp)}${+uc.isLower(cp)}${+uc.isAlphabetic(cp)}`;
  const digit = cp < 128 ? asciiDigit(cp) : uc.digitValue(cp);
  const numeric = cp < 128 ? asciiDigit(cp) : uc.numericValue(cp);
  return `${uc.generalCategory(cp)} ${flags} ${uc.upperCase(cp)} ${uc.lowerCase(cp)} ${digit} ${numeric}`;
}

/** The ASCII part is decided in Character.java itself; mirrored here to compare whole lines. */
function asciiDigit(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp >= 97 && cp <= 122) return cp - 87;
  if (cp >= 65 && cp <= 90) return cp - 55;
  return -1;
}

describe('Character natives agree with JDK 17', () => {
  it('give the same category, case, digit and numeric value for every assigned code point', () => {
    const expected = runJava('UnicodeOracle', ORACLE, []);
    const mismatches: string[] = [];
    let compared = 0;
    let i = 0;
    for (let cp = 0; cp <= 0x10ffff; cp = cp < 0x10000 ? cp + 1 : cp + 37, i++) {
      const java = expected[i]!;
      if (java.startsWith('0 ') && uc.generalCategory(cp) !== 0) continue; // assigned after Unicode 13
      compared++;
      const mine = ours(cp);
      // getNumericValue is exact only for digits, Latin-1 and common number forms (documented).
      const [jHead, jNum] = [java.substring(0, java.lastIndexOf(' ')), java.substring(java.lastIndexOf(' ') + 1)];
      const [mHead, mNum] = [mine.substring(0, mine.lastIndexOf(' ')), mine.substring(mine.lastIndexOf(' ') + 1)];
      const numericKnown = cp < 0x100 || mNum !== '-1';
      if (jHead !== mHead || (numericKnown && jNum !== mNum)) mismatches.push(`U+${cp.toString(16)}: java ${java} / ours ${mine}`);
    }
    expect(compared).toBeGreaterThan(90000);
    expect(mismatches.slice(0, 30)).toEqual([]);
  });
});
