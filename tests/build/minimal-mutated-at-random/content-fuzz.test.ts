/**
 * Property: whatever a contributor does to a valid content folder (`content-mutations.ts`),
 * `npm run check` and the build either succeed or fail with a report that names a file; they never
 * print a stack trace, never hang, and never publish a file whose contents came from outside the
 * content folder. Counterexamples found are kept below as fixed cases.
 *
 * The runs are the same on every machine (a fixed seed), so that CI never fails on an input no one
 * has seen. To look for new counterexamples, run with `SID_FUZZ_SEED=random` and more runs:
 * `SID_FUZZ_RUNS` (default 60) checks and `SID_FUZZ_BUILDS` (default 6) builds; a failure prints
 * the seed that repeats it (`SID_FUZZ_SEED=<seed>`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '#src/util/files.ts';
import { root, runNode, type Run } from '../../run-node.ts';
import {
  applyMutation,
  mutation,
  OUTSIDE_MARKER,
  PASSWD_MARKER,
  resetContent,
  writeOutsideFiles,
  type Mutation,
} from './content-mutations.ts';

const FIXTURE = path.join(root, 'tests/fixtures/minimal/content');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-fuzz-'));
const content = path.join(dir, 'content');
const outDir = path.join(dir, 'dist');
writeOutsideFiles(dir);

const env = {
  ...process.env,
  SID_CONTENT_DIR: content,
  SID_OUT_DIR: outDir,
  SID_NOW: '2020-02-01T00:00:00Z',
  SID_FUZZ_SECRET: OUTSIDE_MARKER,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};
const seedSetting = process.env['SID_FUZZ_SEED'] ?? '20261202';
const seed = seedSetting === 'random' ? {} : { seed: Number(seedSetting) };

/** A line of a stack trace, as Node prints them. */
const STACK_LINE = /\n\s+at .+:\d+:\d+\)?\n/;

/** The content folder after these mutations, from a fresh copy of the fixture. */
function prepare(mutations: readonly Mutation[]): void {
  resetContent(FIXTURE, content);
  for (const item of mutations) applyMutation(content, item);
}

/** A run ended by itself, with success or a report that names a file of the content, and no stack trace. */
function expectReportOrSuccess(result: Run, reportStart: RegExp): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBeNull();
  expect(output).not.toMatch(STACK_LINE);
  if (result.status !== 0) {
    expect(result.status, output).toBe(1);
    expect(output).toMatch(reportStart);
    expect(output).toContain(`${content}/`);
  }
}

function checkContent(mutations: readonly Mutation[]): void {
  prepare(mutations);
  const result = runNode([path.join(root, 'scripts/check.ts')], env, 60_000);
  expectReportOrSuccess(result, /^(No problems in \d+ entr(y|ies)\.|\d+ problems? in the content\.)\n/);
  expect(result.stdout).not.toContain(OUTSIDE_MARKER);
}

function buildContent(mutations: readonly Mutation[]): void {
  prepare(mutations);
  const result = runNode([path.join(root, 'scripts/build.ts')], env, 240_000);
  expectReportOrSuccess(result, /\d+ problems? in the content; nothing was built\./);
  if (result.status !== 0) return;
  for (const file of filesUnder(outDir)) {
    const text = readFileSync(file, 'latin1');
    expect(
      text.includes(OUTSIDE_MARKER) || text.includes(PASSWD_MARKER),
      `${path.relative(outDir, file)} holds a file from outside the content folder`,
    ).toBe(false);
  }
  const names = readdirSync(outDir, { recursive: true }).map(String);
  expect(names.filter((name) => /(^|\/)(outside|passwd|environ|leak)\./.test(name))).toEqual([]);
}

describe('content changed at random', () => {
  it('is checked with a report or passes, never a crash, a hang or a file from outside', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        checkContent(mutations);
      }),
      { numRuns: Number(process.env['SID_FUZZ_RUNS'] ?? 60), ...seed },
    );
  });

  it('is built or refused with a report, and what is built holds nothing from outside', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        buildContent(mutations);
      }),
      { numRuns: Number(process.env['SID_FUZZ_BUILDS'] ?? 6), ...seed },
    );
  });
});
