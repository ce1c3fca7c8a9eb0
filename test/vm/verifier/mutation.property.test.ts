// Property tests (issue 2): the verifier never throws a host error on any mutation of valid
// class files, and it rejects every mutation that would make the code unsafe — "unsafe" being
// judged by an independent oracle (safety-monitor.ts) that executes accepted mutants along
// random paths and checks every value dynamically.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ClassFormatError, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { VerifyFailure, verifyClass } from '../../../vm/runtime/verifier.ts';
import { hierarchyOf } from './helpers.ts';
import { applyByteMutation, applyMutation, byteMutationArb, mutationArb, seededRandom, systematicMutants } from './mutants.ts';
import { monitorMethod } from './safety-monitor.ts';
import { sampleClasses } from './samples.ts';

const samples = sampleClasses();
const hierarchy = hierarchyOf(...samples);
const encoded = samples.map(encodeClass);

type Outcome = 'format' | 'verify' | 'ok';

/** Decodes and verifies; any exception other than the two clean ones fails the property. */
function outcome(bytes: Uint8Array): Outcome {
  let cf: ClassFile;
  try {
    cf = decodeClass(bytes, 'mutant');
  } catch (e) {
    if (e instanceof ClassFormatError) return 'format';
    throw e;
  }
  return verifyOutcome(cf);
}

function verifyOutcome(cf: ClassFile): Outcome {
  try {
    verifyClass(cf, hierarchy);
    return 'ok';
  } catch (e) {
    if (e instanceof VerifyFailure) {
      expect(e.message).not.toContain('\n');
      return 'verify';
    }
    throw e;
  }
}

/** The oracle: the first violation the monitor finds in any method of cf, or null. */
function monitorAll(cf: ClassFile, seed: number, runs: number): string | null {
  const rng = seededRandom(seed);
  for (let i = 0; i < cf.methods.length; i++) {
    const v = monitorMethod(cf, i, hierarchy, rng, runs);
    if (v) return v;
  }
  return null;
}

describe('the sample classes', () => {
  test('pass the verifier and the safety monitor', () => {
    for (const cf of samples) {
      expect(() => verifyClass(cf, hierarchy)).not.toThrow();
      expect(monitorAll(cf, 1, 30)).toBeNull();
    }
  });
});

describe('hostile bytes never cause a host error', () => {
  test('single-byte and range mutations of encoded classes decode+verify to a clean result', () => {
    const seen: Record<Outcome, number> = { format: 0, verify: 0, ok: 0 };
    fc.assert(
      fc.property(fc.nat({ max: encoded.length - 1 }), byteMutationArb, (si, m) => {
        seen[outcome(applyByteMutation(encoded[si]!, m))]++;
      }),
      { numRuns: 3000 },
    );
    // The mutations must exercise the verifier, not only the decoder.
    expect(seen.verify).toBeGreaterThan(50);
  });

  test('model-level mutations never make the verifier throw anything but VerifyFailure', () => {
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), mutationArb, (si, m) => {
        verifyOutcome(applyMutation(samples[si]!, m));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('every mutant the verifier accepts is type-safe when executed', () => {
  test('the safety monitor finds no violation in any accepted mutant', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), mutationArb, fc.nat(), (si, m, seed) => {
        const cf = applyMutation(samples[si]!, m);
        if (verifyOutcome(cf) !== 'ok') return;
        accepted++;
        const v = monitorAll(cf, seed, 12);
        expect(v, `verifier accepted an unsafe mutant (${JSON.stringify(m)}): ${v}`).toBeNull();
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  test('every systematic single-instruction mutant the verifier accepts is safe on 20 random paths', () => {
    const counts = { mutants: 0, accepted: 0, caughtRejected: 0, rejected: 0 };
    for (const [si, original] of samples.entries()) {
      for (const mutant of systematicMutants(original)) {
        counts.mutants++;
        const ok = verifyOutcome(mutant.cf) === 'ok';
        const v = monitorMethod(mutant.cf, mutant.method, hierarchy, seededRandom(counts.mutants * 31 + si), ok ? 20 : 6);
        if (ok) {
          counts.accepted++;
          expect(v, `verifier accepted an unsafe mutant (${mutant.what}): ${v}`).toBeNull();
        } else {
          counts.rejected++;
          if (v) counts.caughtRejected++;
        }
      }
    }
    expect(counts.accepted).toBeGreaterThan(200);
    // The oracle has teeth: most rejected mutants really are unsafe on some random path.
    expect(counts.caughtRejected / counts.rejected).toBeGreaterThan(0.5);
  });

  test('the oracle has teeth: it catches most opcode-swap mutants the verifier rejects in its data flow', () => {
    let rejected = 0;
    let caught = 0;
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), mutationArb, fc.nat(), (si, m, seed) => {
        const cf = applyMutation(samples[si]!, { ...m, kind: m.value % 2 ? 'opcode' : 'sibling' });
        if (verifyOutcome(cf) !== 'verify') return;
        rejected++;
        if (monitorAll(cf, seed, 12)) caught++;
      }),
      { numRuns: 1000 },
    );
    expect(rejected).toBeGreaterThan(200);
    expect(caught / rejected).toBeGreaterThan(0.5);
  });
});
