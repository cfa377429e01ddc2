/**
 * One self-contained HTML page: summary counts, charts of findings by rule and by team,
 * then findings per team and objective. No scripts and no external resources: a
 * Content-Security-Policy forbids both, and every OKR text is escaped.
 */
import { escapeHtml as e } from './html-escape.js';
import { groupByTeam, NO_TEAM, tally, type Finding, type TeamGroup, type Tally } from './html-groups.js';
import { HTML_STYLE } from './html-style.js';
import { cleanSummary, plural, severityName, totals } from './shared.js';
import type { Formatter, ReportWriter } from './types.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const BAR_WIDTH = 240;

const html: Formatter = (results, { cwd, hiddenWarnings = 0 }) => {
  const sum = totals(results);
  const teams = groupByTeam(results, cwd);
  const body: string[] = [];
  body.push('<header><h1>okrlint report</h1>');
  body.push(`<p class="meta">${e(plural(sum.files, 'file'))} linted · ${e(plural(sum.filesWithProblems, 'file'))} with problems · ${e(plural(teams.filter((t) => t.team !== NO_TEAM).length, 'team'))} with findings</p></header>`);
  body.push('<main>', summaryCards(sum.errors, sum.warnings, sum.files));
  if (sum.errors + sum.warnings === 0) {
    body.push(`<p class="clean">✔ ${e(cleanSummary(sum.files, hiddenWarnings))}</p>`);
  } else {
    body.push('<h2>Findings at a glance</h2>', '<p class="legend"><span><i class="error"></i>errors</span><span><i class="warning"></i>warnings</span></p>');
    body.push('<div class="charts">');
    body.push(chart('By rule', tally(results, (m) => m.ruleId ?? 'okrlint'), true));
    body.push(chart('By team', tally(results, (m) => m.context?.team ?? NO_TEAM), false));
    body.push('</div>');
    for (const team of teams) body.push(teamSection(team));
  }
  body.push('</main>');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>okrlint report</title>',
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

function summaryCards(errors: number, warnings: number, files: number): string {
  const card = (kind: string, count: number, label: string) => `<div class="card ${kind}"><b>${count}</b>${e(label)}</div>`;
  return `<div class="cards">${card('total', errors + warnings, 'problems')}${card('error', errors, plural(errors, 'error').replace(/^\d+ /, ''))}${card('warning', warnings, plural(warnings, 'warning').replace(/^\d+ /, ''))}${card('files', files, 'files linted')}</div>`;
}

/** A horizontal bar chart as a table of inline SVG bars (errors then warnings, stacked). */
function chart(title: string, rows: readonly Tally[], code: boolean): string {
  const max = Math.max(1, ...rows.map((r) => r.errors + r.warnings));
  const scale = (n: number) => Math.round((n / max) * BAR_WIDTH);
  const lines = rows.map((row) => {
    const errorWidth = scale(row.errors);
    const warningWidth = scale(row.errors + row.warnings) - errorWidth;
    const label = code ? `<code>${e(row.label)}</code>` : e(row.label);
    const bar = `<svg width="${BAR_WIDTH}" height="14" role="img" aria-label="${e(`${row.errors} errors, ${row.warnings} warnings`)}"><rect class="error" x="0" y="0" width="${errorWidth}" height="14"/><rect class="warning" x="${errorWidth}" y="0" width="${warningWidth}" height="14"/></svg>`;
    return `<tr><td class="label" title="${e(row.label)}">${label}</td><td>${bar}</td><td class="count">${row.errors + row.warnings}</td></tr>`;
  });
  return `<div class="chart"><h3>${e(title)}</h3><table>${lines.join('')}</table></div>`;
}

function teamSection(team: TeamGroup): string {
  const out = [`<section class="team"><h2>${e(team.team)} <small class="meta">${e(plural(team.errors, 'error'))}, ${e(plural(team.warnings, 'warning'))}</small></h2>`];
  for (const objective of team.objectives) {
    out.push(`<h3>${e(objective.title)}</h3>`);
    out.push('<table class="findings"><thead><tr><th>Severity</th><th>Key result and problem</th><th>Rule</th><th>Where</th></tr></thead><tbody>');
    for (const finding of objective.findings) out.push(findingRow(finding));
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

function findingRow({ path, message: m }: Finding): string {
  const severity = severityName(m);
  const parts = [
    m.context?.keyResult !== undefined ? `<div class="kr">“${e(m.context.keyResult)}”</div>` : '',
    `<div>${e(m.message)}</div>`,
    m.suggestion ? `<div class="suggestion">Suggestion: ${e(m.suggestion)}</div>` : '',
  ];
  return `<tr><td class="sev ${severity}">${severity}</td><td>${parts.join('')}</td><td><code>${e(m.ruleId ?? 'okrlint')}</code></td><td class="where">${e(`${path}:${m.line}:${m.column}`)}</td></tr>`;
}

/** The page groups findings by team across files, so it needs every result at once. */
export const write: ReportWriter = function* (results, context) {
  yield html([...results], context);
};

export default html;
