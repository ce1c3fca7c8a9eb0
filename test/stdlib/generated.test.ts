// Property-style differential test through the whole pipeline: fast-check generates strings,
// ints and longs (fixed seed), a Java program embeds them as literals and prints what many
// String, StringBuilder, Integer, Long and Character methods return; Ringfence must print
// exactly what java prints.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAndRun } from '../support/pipeline.ts';

/** A Java string literal for any JS string (every char as a \\u escape when not plain ASCII). */
function lit(s: string): string {
  let out = '"';
  for (const ch of s) {
    for (let i = 0; i < ch.length; i++) {
      const c = ch.charCodeAt(i);
      out += c >= 32 && c < 127 && c !== 34 && c !== 92 ? ch[i] : '\\u' + c.toString(16).padStart(4, '0');
    }
  }
  return out + '"';
}

const text = fc.string({ unit: fc.constantFrom(...'abcAB ,.xyz0129éßİ\u03a3\u03c3-'), maxLength: 12 });

function program(): string {
  const strings = fc.sample(text, { numRuns: 60, seed: 99 });
  const ints = fc.sample(fc.integer(), { numRuns: 40, seed: 98 });
  const longs = fc.sample(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), { numRuns: 40, seed: 97 });
  const lines: string[] = [];
  for (let i = 0; i < strings.length; i++) {
    const a = lit(strings[i]!);
    const b = lit(strings[(i * 7 + 3) % strings.length]!.substring(0, 3));
    lines.push(`s(${a}, ${b});`);
  }
  for (const n of ints) lines.push(`n(${n});`);
  for (const l of longs) lines.push(`l(${l}L);`);
  return `
public class Generated {
    static void s(String a, String b) {
        StringBuilder r = new StringBuilder();
        r.append(a.length()).append('|').append(a.hashCode()).append('|').append(a.indexOf(b)).append('|')
         .append(a.lastIndexOf(b)).append('|').append(a.compareTo(b)).append('|').append(a.compareToIgnoreCase(b)).append('|')
         .append(a.equalsIgnoreCase(b)).append('|').append(a.contains(b)).append('|').append(a.startsWith(b)).append('|')
         .append(a.endsWith(b)).append('|').append(a.toUpperCase()).append('|').append(a.toLowerCase()).append('|')
         .append(a.trim()).append('|').append(a.strip()).append('|').append(a.isBlank()).append('|')
         .append(a.replace(b, "#")).append('|').append(a.replace('a', 'Z')).append('|').append(a.indexOf('x', 2)).append('|')
         .append(a.lastIndexOf('a')).append('|').append(a.concat(b)).append('|').append(a.repeat(2));
        String[] parts = a.split(",");
        r.append('|').append(parts.length);
        for (int i = 0; i < parts.length; i++) {
            r.append('[').append(parts[i]).append(']');
        }
        r.append('|').append(new StringBuilder(a).reverse()).append('|').append(new StringBuilder(a).insert(a.length() / 2, b));
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            r.append(Character.isLetter(c) ? 'L' : '-').append(Character.isUpperCase(c) ? 'U' : '-')
             .append(Character.isWhitespace(c) ? 'W' : '-').append((int) Character.toUpperCase(c)).append(',');
        }
        System.out.println(r);
    }

    static void n(int v) {
        System.out.println(v + " " + Integer.toString(v, 7) + " " + Integer.toHexString(v) + " " + Integer.toBinaryString(v)
            + " " + Integer.parseInt(Integer.toString(v, 36), 36) + " " + Integer.bitCount(v) + " " + Integer.reverse(v)
            + " " + Integer.numberOfLeadingZeros(v) + " " + Integer.numberOfTrailingZeros(v) + " " + Integer.highestOneBit(v)
            + " " + (float) v + " " + (double) v / 3 + " " + Integer.toUnsignedString(v) + " " + Math.floorMod(v, 7) + " " + Math.abs(v));
    }

    static void l(long v) {
        System.out.println(v + " " + Long.toString(v, 36) + " " + Long.toHexString(v) + " " + Long.toOctalString(v)
            + " " + Long.parseLong(Long.toString(v, 7), 7) + " " + Long.bitCount(v) + " " + Long.numberOfTrailingZeros(v)
            + " " + Long.hashCode(v) + " " + (float) v + " " + (double) v + " " + Long.toUnsignedString(v) + " " + Math.floorDiv(v, 1000L));
    }

    public static void main(String[] args) {
        ${lines.join('\n        ')}
    }
}
`;
}

describe('generated stdlib calls agree with java', () => {
  it('print the same results for random strings, ints and longs', () => {
    const source = program();
    const rf = compileAndRun([{ path: 'Generated.java', text: source }], 'Generated');
    expect(rf.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'rf-stdlib-generated-'));
    writeFileSync(join(dir, 'Generated.java'), source);
    execFileSync('javac', ['-encoding', 'UTF-8', '-d', dir, join(dir, 'Generated.java')], { stdio: 'pipe' });
    const java = spawnSync('java', ['-Dfile.encoding=UTF-8', '-cp', dir, 'Generated'], { encoding: 'utf8' });
    expect(java.status).toBe(0);
    expect(java.stdout.split('\n').length).toBeGreaterThan(100);
    expect(rf.stdout.split('\n'), `stderr:\n${rf.stderr}`).toEqual(java.stdout.split('\n'));
    expect(rf.exitCode).toBe(0);
  });
});
