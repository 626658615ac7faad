/**
 * One worker for the whole browser run (2 CI cores): started before the first test file, stopped
 * after the last. Set LOKETWIJZER_TEST_URL to test against a server you already run.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the worker under test, without a trailing slash. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const existing = process.env.LOKETWIJZER_TEST_URL;
  if (existing) {
    project.provide('baseUrl', existing.replace(/\/$/, ''));
    return async () => {};
  }
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
