/** Markdown for pull-request comments and GitHub job summaries: a summary, then a table per file. */
import { cleanSummary, countsInBrackets, displayPath, joined, linesOf, plural, severityName } from './shared.js';
import type { ReportWriter } from './types.js';
import { escapeControls } from '../output/terminal-safe.js';

/**
 * Escapes text for a GitHub-flavoured table cell: markup characters, pipes, HTML and newlines;
 * other control characters are shown as \uXXXX (a job summary is also read in CI logs).
 */
export function markdownCell(text: string): string {
  return text.split(/\r?\n|\r/).map(markdownLine).join('<br>');
}

function markdownLine(line: string): string {
  return escapeControls(line)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export const write: ReportWriter = function* (results, { cwd, hiddenWarnings = 0 }) {
  const { files, filesWithProblems, errors, warnings } = results.totals;
  if (errors + warnings === 0) {
    yield linesOf(['## okrlint', '', `✅ ${cleanSummary(files, hiddenWarnings)}`]);
    return;
  }
  yield linesOf(['## okrlint', '', `**${plural(errors + warnings, 'problem')}** ${countsInBrackets(errors, warnings, hiddenWarnings)} in ${plural(filesWithProblems, 'file')} of ${files} linted.`]);
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const out = ['', `### ${markdownCell(displayPath(cwd, result.filePath))}`, '', '| Line | Severity | Rule | Problem | Suggestion |', '|---:|---|---|---|---|'];
    for (const m of result.messages) {
      const severity = severityName(m) === 'error' ? '❌ error' : '⚠️ warning';
      const rule = m.ruleId ? `\`${m.ruleId.replace(/`/g, '')}\`` : '';
      out.push(`| ${m.line}:${m.column} | ${severity} | ${rule} | ${markdownCell(m.message)} | ${markdownCell(m.suggestion ?? '')} |`);
    }
    yield linesOf(out);
  }
};

export default joined(write);
