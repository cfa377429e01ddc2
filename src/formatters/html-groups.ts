/** Groups findings for the HTML report: team -> objective -> findings, and counts for the charts. */
import type { LintMessage, LintResult } from '../rule-kit/types.js';
import { displayPath, eachMessage } from './shared.js';

export const NO_TEAM = '(no team)';
export const WHOLE_FILE = '(file-level problems)';

export interface Finding {
  path: string;
  message: LintMessage;
}

export interface ObjectiveGroup {
  title: string;
  findings: Finding[];
}

export interface TeamGroup {
  team: string;
  errors: number;
  warnings: number;
  objectives: ObjectiveGroup[];
}

export interface Tally {
  label: string;
  errors: number;
  warnings: number;
}

export function groupByTeam(results: readonly LintResult[], cwd: string): TeamGroup[] {
  const teams = new Map<string, TeamGroup>();
  for (const [result, message] of eachMessage(results)) {
    const name = message.context?.team ?? NO_TEAM;
    let team = teams.get(name);
    if (!team) teams.set(name, (team = { team: name, errors: 0, warnings: 0, objectives: [] }));
    if (message.severity === 2) team.errors++;
    else team.warnings++;
    const title = message.context?.objective ?? WHOLE_FILE;
    let objective = team.objectives.find((o) => o.title === title);
    if (!objective) team.objectives.push((objective = { title, findings: [] }));
    objective.findings.push({ path: displayPath(cwd, result.filePath), message });
  }
  return [...teams.values()].sort((a, b) => (a.team === NO_TEAM ? 1 : b.team === NO_TEAM ? -1 : a.team.localeCompare(b.team)));
}

/** Error and warning counts per label, largest first. */
export function tally(results: readonly LintResult[], labelOf: (m: LintMessage) => string): Tally[] {
  const counts = new Map<string, Tally>();
  for (const [, message] of eachMessage(results)) {
    const label = labelOf(message);
    const entry = counts.get(label) ?? counts.set(label, { label, errors: 0, warnings: 0 }).get(label)!;
    if (message.severity === 2) entry.errors++;
    else entry.warnings++;
  }
  return [...counts.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || a.label.localeCompare(b.label));
}
