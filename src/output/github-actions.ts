/** Inside GitHub Actions: annotations on the diff and a markdown job summary. */
import { open } from 'node:fs/promises';
import { FatalError } from '../engine/errors.js';

export const isGitHubActions = (env: Record<string, string | undefined>): boolean => env.GITHUB_ACTIONS === 'true';

/**
 * Appends to the file GitHub names in GITHUB_STEP_SUMMARY; nothing to do (and nothing
 * formatted) when it is unset. `markdown` comes in pieces ending with a newline.
 */
export async function appendStepSummary(env: Record<string, string | undefined>, markdown: Iterable<string>): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const fail = (error: Error): never => {
    throw new FatalError(`Cannot append the job summary to GITHUB_STEP_SUMMARY ("${file}"): ${error.message}; run with --no-ci-annotations to skip it.`);
  };
  const handle = await open(file, 'a').catch(fail);
  try {
    for (const piece of markdown) await handle.write(piece).catch(fail);
  } finally {
    await handle.close().catch(fail);
  }
}
