/**
 * Vitest `globalSetup` of the `e2e` project: builds the sample campaign once per test run into a
 * temporary folder, hands its path to the test files (`inject('sidSiteDir')`, see `site.ts`) and
 * deletes it afterwards.
 */
import type { TestProject } from 'vitest/node';
import { buildSample } from './build-sample.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { dir, remove } = await buildSample();
  project.provide('sidSiteDir', dir);
  return remove;
}
