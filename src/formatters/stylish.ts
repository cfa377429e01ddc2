/** The default human format: grouped by file, one finding per line, then a summary. */
import { escapeControls as safe } from '../output/terminal-safe.js';
import { cleanSummary, countsInBrackets, displayPath, joined, linesOf, plural } from './shared.js';
import type { Paint, Painter, ReportWriter } from './types.js';

const plain: Paint = (text) => text;
const NO_COLOURS: Painter = { underline: plain, red: plain, yellow: plain, dim: plain, cyan: plain, green: plain, redBold: plain, yellowBold: plain };

/** Colours come from context.paint (chalk), which the caller loads only when colour is on. */
export const write: ReportWriter = function* (results, { cwd, color, paint, hiddenWarnings = 0 }) {
  const c = color && paint ? paint : NO_COLOURS;
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    // Control characters from files and messages are shown escaped, never sent to the terminal.
    const path = safe(displayPath(cwd, result.filePath));
    const lines = [c.underline(path)];
    for (const m of result.messages) {
      const where = `${path}:${m.line}:${m.column}`;
      const severity = m.severity === 2 ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(where)}  ${severity}  ${safe(m.message)}  ${c.dim(safe(m.ruleId ?? ''))}`);
      if (m.suggestion) lines.push(`    ${c.cyan('suggestion:')} ${safe(m.suggestion)}`);
    }
    lines.push('');
    yield linesOf(lines);
  }
  const files = results.totals.files;
  if (errors + warnings === 0) {
    yield linesOf([c.green(`✔ ${cleanSummary(files, hiddenWarnings)}`)]);
  } else {
    const summary = `✖ ${plural(errors + warnings, 'problem')} ${countsInBrackets(errors, warnings, hiddenWarnings)} in ${plural(files, 'file')}`;
    yield linesOf([errors > 0 ? c.redBold(summary) : c.yellowBold(summary)]);
  }
};

export default joined(write);
