/**
 * `node scripts/astro.ts <command> [...]`: Astro's CLI, run so that it always ends
 * (`lib/run-to-end.ts` says why). `npm run dev`, `preview` and `typecheck` go through it.
 */
import { constants } from 'node:os';
import { ASTRO_CLI, runToEnd } from './lib/run-to-end.ts';

const ended = await runToEnd([ASTRO_CLI, ...process.argv.slice(2)]);
process.exitCode = ended.status ?? (ended.signal === null ? 1 : 128 + constants.signals[ended.signal]);
