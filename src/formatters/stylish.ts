/** The default human format: grouped by file, one finding per line, then a summary. */
import { displayPath } from './shared.js';
import type { Formatter } from './types.js';

/** A style as [open, close] SGR codes, outermost first. */
type Style = readonly (readonly [number, number])[];
type Paint = (text: string) => string;

/**
 * The few 16-colour styles stylish uses, written as chalk (level 1) writes them: inner closing
 * codes re-open the style and line breaks close and re-open it. chalk itself cost about 15 ms
 * of every run's start-up, coloured or not.
 */
function painter(style: Style): Paint {
  const code = (n: number) => `\u001B[${n}m`;
  const openAll = style.map(([open]) => code(open)).join('');
  const closeAll = style.map(([, close]) => code(close)).reverse().join('');
  return (text) => {
    if (!text) return text;
    let painted = text;
    if (painted.includes('\u001B')) {
      for (const [open, close] of [...style].reverse()) painted = painted.split(code(close)).join(code(close) + code(open));
    }
    if (painted.includes('\n')) painted = painted.replace(/\r?\n/g, (lineBreak) => `${closeAll}${lineBreak}${openAll}`);
    return openAll + painted + closeAll;
  };
}

const RED = [31, 39] as const;
const YELLOW = [33, 39] as const;
const BOLD = [1, 22] as const;
const COLOURS = {
  underline: painter([[4, 24]]),
  red: painter([RED]),
  yellow: painter([YELLOW]),
  dim: painter([[2, 22]]),
  cyan: painter([[36, 39]]),
  green: painter([[32, 39]]),
  redBold: painter([RED, BOLD]),
  yellowBold: painter([YELLOW, BOLD]),
};
const plain: Paint = (text) => text;
const NO_COLOURS: typeof COLOURS = { underline: plain, red: plain, yellow: plain, dim: plain, cyan: plain, green: plain, redBold: plain, yellowBold: plain };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const stylish: Formatter = (results, { cwd, color }) => {
  const c = color ? COLOURS : NO_COLOURS;
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
    lines.push(errors > 0 ? c.redBold(summary) : c.yellowBold(summary));
  }
  return `${lines.join('\n')}\n`;
};

export default stylish;
