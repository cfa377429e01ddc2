/**
 * Errors and the messages that stand in for work okrlint could not finish. A rule that
 * throws, or a file that cannot be read, does not end the run: it becomes a message marked
 * `incomplete`, the other findings are kept, and the CLI exits with 2 (see docs/robustness.md).
 */
import type { LintMessage } from '../rule-kit/types.js';

/** A rule threw while linting a file: named with the rule and the file (exit 2). */
export class RuleFailure extends Error {
  constructor(
    readonly ruleId: string,
    readonly filePath: string,
    readonly reason: unknown,
  ) {
    super(`Rule "${ruleId}" failed on ${filePath}: ${describeReason(reason)}`);
    this.name = 'RuleFailure';
  }
}

/** A problem that stops the run: bad arguments, unreadable input, broken config. */
export class FatalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FatalError';
  }
}

type Position = Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>;

const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The message a crashed rule leaves at the node it was visiting. */
export function ruleCrashMessage(ruleId: string, reason: unknown, position: Position = FILE_START, scope = 'this file'): LintMessage {
  return {
    ruleId,
    severity: 2,
    message: `Rule "${ruleId}" failed on ${scope} and was skipped for the rest of it: ${describeReason(reason)}. Its findings here are incomplete; report this to the rule's author.`,
    ...position,
    fatal: true,
    incomplete: true,
  };
}

const CRASH_REASON = / and was skipped for the rest of it: (.*)\. Its findings here are incomplete; report this to the rule's author\.$/s;

export interface IncompleteEntry {
  /** The file as shown to the user (relative to the working directory). */
  file: string;
  message: LintMessage;
}

/**
 * The stderr lines for work okrlint could not finish: one per rule (or per file/unreadable),
 * however many files it failed on, so a plugin rule that throws everywhere is one line, not
 * one per file. The report itself keeps a finding in every file.
 */
export function summariseIncomplete(entries: readonly IncompleteEntry[]): string[] {
  const byRule = new Map<string, IncompleteEntry[]>();
  for (const entry of entries) {
    const key = entry.message.ruleId ?? '(no rule)';
    byRule.set(key, [...(byRule.get(key) ?? []), entry]);
  }
  return [...byRule.entries()].map(([ruleId, group]) => {
    const first = group[0]!;
    const place = `${first.file}:${first.message.line}:${first.message.column}`;
    const files = new Set(group.map((entry) => entry.file)).size;
    if (files === 1 && group.length === 1) return `${place}: ${first.message.message}`;
    const reason = CRASH_REASON.exec(first.message.message)?.[1];
    if (reason !== undefined) return `rule "${ruleId}" failed on ${plural(files, 'file')} and was skipped there (first: ${place}: ${reason}); its findings are incomplete, report this to the rule's author.`;
    return `${ruleId}: ${plural(files, 'file')} could not be finished (first: ${place}: ${first.message.message})`;
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A file that could not be read at all (permissions, vanished, not a regular file). */
export function unreadableFileMessage(message: string): LintMessage {
  return { ruleId: 'file/unreadable', severity: 2, message, ...FILE_START, fatal: true, incomplete: true };
}

/** One line, bounded: a thrown value may be anything, of any length. */
export function describeReason(reason: unknown): string {
  let text: string;
  try {
    text = reason instanceof Error ? `${reason.name === 'Error' ? '' : `${reason.name}: `}${reason.message}` : String(reason);
  } catch {
    text = 'an unprintable value was thrown';
  }
  const line = (text.split(/\r?\n/, 1)[0] ?? '').trim();
  const clipped = line.length > 200 ? `${line.slice(0, 197)}...` : trimEndPunctuation(line);
  return clipped || 'no reason given';
}

/** Drops trailing . ; : (the caller adds its own); a loop, as a regex anchored at $ is quadratic. */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.;:'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
