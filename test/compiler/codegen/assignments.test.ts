// Property test for assignment: random =, compound operators and ++/-- on locals, statics,
// instance fields (receiver from a counting call) and array elements (index with a side
// effect) over every numeric type (assign-gen.ts), value used or not, must print what java
// prints: implicit narrowing, evaluate-once addressing and the dup forms all show in output.
// RF_AS_SEED=<n> reproduces a seed; RF_AS_PROGRAMS runs more.

import { assignmentProgram } from './assign-gen.ts';
import { differentialSuite } from './differential.ts';

const SEED = Number(process.env.RF_AS_SEED ?? 20261126);
const PROGRAMS = Number(process.env.RF_AS_PROGRAMS ?? 2);
const STEPS = 150;

differentialSuite({
  title: `random assignments (${STEPS} steps per program)`,
  seeds: Array.from({ length: PROGRAMS }, (_, k) => SEED + k),
  source: (seed) => assignmentProgram(seed, STEPS),
  lines: STEPS,
});
