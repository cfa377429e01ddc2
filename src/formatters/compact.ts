/** One finding per line, `path:line:col: severity message [rule-id]`, for editors and grep. */
import { escapeControls as safe } from '../output/terminal-safe.js';
import { countsInBrackets, displayPath, joined, linesOf, plural, severityName } from './shared.js';
import type { ReportWriter } from './types.js';

export const write: ReportWriter = function* (results, { cwd, hiddenWarnings = 0 }) {
  for (const result of results) {
    const path = safe(displayPath(cwd, result.filePath));
    const lines: string[] = [];
    for (const m of result.messages) {
      // One line per finding: newlines inside a message would break editors' parsers.
      // (?<!\s): a match starts only where a whitespace run starts, or long runs backtrack quadratically.
      // Other control characters are shown escaped, never sent to the terminal.
      const text = safe(m.message.replace(/(?<!\s)\s*[\r\n]+\s*/g, ' '));
      lines.push(`${path}:${m.line}:${m.column}: ${severityName(m)} ${text} [${safe(m.ruleId ?? 'okrlint')}]`);
    }
    yield linesOf(lines);
  }
  const { errors, warnings } = results.totals;
  // Nothing at all for a clean run (editors and grep read every line); so no false "no problems" either.
  if (errors + warnings > 0) yield linesOf(['', `${plural(errors + warnings, 'problem')} ${countsInBrackets(errors, warnings, hiddenWarnings)}`]);
};

export default joined(write);
