/** Inside GitHub Actions: annotations on the diff and a markdown job summary. */
import { appendFile } from 'node:fs/promises';
import { FatalError } from '../engine/errors.js';

export const isGitHubActions = (env: Record<string, string | undefined>): boolean => env.GITHUB_ACTIONS === 'true';

/** Appends to the file GitHub names in GITHUB_STEP_SUMMARY; nothing to do when it is unset. */
export async function appendStepSummary(env: Record<string, string | undefined>, markdown: string): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  } catch (error) {
    throw new FatalError(`Cannot append the job summary to GITHUB_STEP_SUMMARY ("${file}"): ${(error as Error).message}; run with --no-ci-annotations to skip it.`);
  }
}
