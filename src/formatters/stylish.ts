/** The default human format: grouped by file, one finding per line, then a summary. */
import { Chalk } from 'chalk';
import { displayPath } from './shared.js';
import type { Formatter } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const stylish: Formatter = (results, { cwd, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const path = displayPath(cwd, result.filePath);
    lines.push(c.underline(path));
    for (const m of result.messages) {
      const where = `${path}:${m.line}:${m.column}`;
      const severity = m.severity === 2 ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(where)}  ${severity}  ${m.message}  ${c.dim(m.ruleId ?? '')}`);
      if (m.suggestion) lines.push(`    ${c.cyan('suggestion:')} ${m.suggestion}`);
    }
    lines.push('');
  }
  const files = results.length;
  if (errors + warnings === 0) {
    lines.push(c.green(`✔ No problems in ${plural(files, 'file')}.`));
  } else {
    const summary = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}`;
    lines.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return `${lines.join('\n')}\n`;
};

export default stylish;
