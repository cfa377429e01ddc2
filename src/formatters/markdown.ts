/** Markdown for pull-request comments and GitHub job summaries: a summary, then a table per file. */
import { cleanSummary, countsInBrackets, displayPath, plural, severityName, totals } from './shared.js';
import type { Formatter } from './types.js';

/** Escapes text for a GitHub-flavoured table cell: markup characters, pipes, HTML and newlines. */
export function markdownCell(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, '<br>');
}

const markdown: Formatter = (results, { cwd, hiddenWarnings = 0 }) => {
  const { files, filesWithProblems, errors, warnings } = totals(results);
  const out = ['## okrlint', ''];
  if (errors + warnings === 0) {
    out.push(`✅ ${cleanSummary(files, hiddenWarnings)}`);
    return `${out.join('\n')}\n`;
  }
  out.push(`**${plural(errors + warnings, 'problem')}** ${countsInBrackets(errors, warnings, hiddenWarnings)} in ${plural(filesWithProblems, 'file')} of ${files} linted.`);
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push('', `### ${markdownCell(displayPath(cwd, result.filePath))}`, '', '| Line | Severity | Rule | Problem | Suggestion |', '|---:|---|---|---|---|');
    for (const m of result.messages) {
      const severity = severityName(m) === 'error' ? '❌ error' : '⚠️ warning';
      const rule = m.ruleId ? `\`${m.ruleId.replace(/`/g, '')}\`` : '';
      out.push(`| ${m.line}:${m.column} | ${severity} | ${rule} | ${markdownCell(m.message)} | ${markdownCell(m.suggestion ?? '')} |`);
    }
  }
  return `${out.join('\n')}\n`;
};

export default markdown;
