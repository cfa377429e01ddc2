/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding.
 * Escaping follows the runner: data escapes %, CR and LF; properties also : and ,.
 */
import { displayPath, messageWithSuggestion, severityName } from './shared.js';
import type { Formatter } from './types.js';

export const escapeData = (value: string): string => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (value: string): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(cwd, result.filePath);
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
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export default github;
