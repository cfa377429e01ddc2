/** `okrlint init`: a starter configuration and a sample OKR file. It never overwrites anything. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MODULE_NAME, SEARCH_PLACES } from '../config/load.js';
import { FatalError } from '../engine/errors.js';
import type { CliIo } from './io.js';

export const CONFIG_FILE = '.okrlintrc.yaml';
export const SAMPLE_FILE = join('okrs', 'sample.okr.yaml');

export const STARTER_CONFIG = `# okrlint configuration. Reference: okrlint rules, okrlint explain <rule-id>.
# yaml-language-server: $schema=./node_modules/okrlint/schema/okrlintrc.schema.json
extends:
  - okrlint:recommended      # or okrlint:strict, okrlint:all

# Change a rule's severity ("off", "warn", "error") or its options, e.g.
#   objective-kr-count: [warn, { min: 2, max: 5 }]
rules: {}

# Different rules for some files; globs are relative to this file. Later entries win.
#   - files: ["drafts/**"]
#     rules:
#       objective-kr-count: "off"
overrides: []

# Files never to lint (gitignore syntax; a .okrlintignore file works too).
ignores:
  - "archive/**"
`;

export const SAMPLE_OKRS = `# A sample OKR file: one objective, key results written as outcomes with a baseline.
# Lint it with: npx okrlint okrs/
period: 2027-Q1
team: Your team
owner: Your name
objectives:
  - id: onboarding-faster
    title: Help new customers get value from the product in their first week
    owner: Your name
    key_results:
      - Raise the share of new accounts active in week one from 35% to 50%
      - Cut median time to first report from 6 days to 2 days
      - title: Lift onboarding satisfaction from 3.9 to 4.4 out of 5
        baseline: 3.9
        target: 4.4
        unit: score out of 5
        source: in-app survey after day 7
`;

/** The config file that would take part in discovery here, if any. */
function existingConfig(cwd: string): string | undefined {
  for (const place of SEARCH_PLACES) {
    const file = join(cwd, place);
    if (!existsSync(file)) continue;
    if (place !== 'package.json') return place;
    try {
      if (MODULE_NAME in (JSON.parse(readFileSync(file, 'utf8')) as object)) return `${place} ("${MODULE_NAME}" key)`;
    } catch {
      // An unreadable package.json holds no okrlint config for init's purposes.
    }
  }
  return undefined;
}

export async function runInit(io: CliIo): Promise<number> {
  const config = existingConfig(io.cwd);
  if (config) throw new FatalError(`A configuration already exists here: ${config}. okrlint init wrote nothing; edit that file instead.`);
  if (existsSync(join(io.cwd, SAMPLE_FILE))) throw new FatalError(`${SAMPLE_FILE} already exists. okrlint init wrote nothing; move it away or lint it as it is.`);
  const written: string[] = [];
  for (const [file, content] of [[CONFIG_FILE, STARTER_CONFIG], [SAMPLE_FILE, SAMPLE_OKRS]] as const) {
    const path = join(io.cwd, file);
    try {
      await mkdir(dirname(path), { recursive: true });
      // 'wx' fails rather than overwrite, even if the file appeared since the check above.
      await writeFile(path, content, { flag: 'wx' });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it already exists' : (error as Error).message;
      const partial = written.length ? ` (already written: ${written.join(', ')})` : '';
      throw new FatalError(`Cannot write ${file}: ${reason}${partial}.`);
    }
    written.push(file);
  }
  io.stdout(`Wrote ${CONFIG_FILE} and ${SAMPLE_FILE}.\nNext: npx okrlint okrs/   (okrlint rules lists every rule; okrlint explain <rule-id> says why)\n`);
  return 0;
}
