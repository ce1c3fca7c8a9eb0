// Property test for control flow: random methods mixing loops, labeled break/continue,
// switch fallthrough (int and String), try/catch/finally, typed locals and guarded
// return/throw (control-gen.ts) must print the same execution trace under Ringfence as under
// java. This checks finally inlining, handler gaps and stack/local bookkeeping on shapes
// nobody wrote by hand. RF_CF_SEED=<n> reproduces a seed; RF_CF_PROGRAMS runs more.

import { controlFlowProgram } from './control-gen.ts';
import { differentialSuite } from './differential.ts';

const SEED = Number(process.env.RF_CF_SEED ?? 20261126);
const PROGRAMS = Number(process.env.RF_CF_PROGRAMS ?? 2);
const METHODS = 25;

differentialSuite({
  title: `random control flow (${METHODS} methods per program)`,
  seeds: Array.from({ length: PROGRAMS }, (_, k) => SEED + k),
  source: (seed) => controlFlowProgram(seed, METHODS),
  lines: METHODS * 4, // main calls each method with p = 0..3
});
