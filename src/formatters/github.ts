/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding.
 * Escaping follows the runner: data escapes %, CR and LF; properties also : and ,. Other
 * control characters (ESC, BEL) would reach the job log as they are, so they are shown as \uXXXX.
 */
import { displayPath, joined, linesOf, messageWithSuggestion, severityName } from './shared.js';
import type { ReportWriter } from './types.js';
import { escapeControls } from '../output/terminal-safe.js';

export const escapeData = (value: string): string => escapeControls(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));

export const escapeProperty = (value: string): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const write: ReportWriter = function* (results, { cwd }) {
  for (const result of results) {
    const file = displayPath(cwd, result.filePath);
    const lines: string[] = [];
    for (const m of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`okrlint ${m.ruleId ?? ''}`.trim())}`,
      ];
      lines.push(`::${severityName(m)} ${properties.join(',')}::${escapeData(messageWithSuggestion(m))}`);
    }
    yield linesOf(lines);
  }
};

export default joined(write);
