#!/usr/bin/env node
// The `ringfence` executable: registers tsx so the TypeScript sources run directly, then hands
// over to bin/ringfence.ts (the commander CLI). Kept in plain JS so `npx ringfence` works right
// after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./ringfence.ts');
