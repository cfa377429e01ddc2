/**
 * Wording for kr-missing-baseline: the metric named in messages and the rewrites it suggests,
 * built from the key result's own words ("Raise NPS from <current value> to 50").
 */
import { describeTarget, measuredMetric, rewriteAsMove, verbDirection } from './helpers.js';
import { QUOTE_LIMIT, quoteAround, quoteText } from './quote.js';
import type { Quantity, TextAnalysis } from '../text/analysis.js';

const MULTIPLE_NAMES: Record<number, string> = { 2: 'doubling', 3: 'tripling', 4: 'quadrupling', 0.5: 'halving' };

/** The words naming the metric, for messages: "NPS", or "this metric" when the sentence does not split cleanly. */
export function metricOf(a: TextAnalysis): string {
  const first = a.quantities.find((q) => !q.role);
  const metric = first ? measuredMetric(describeTarget(a, first), first) : undefined;
  return metric ?? 'this metric';
}

/** "No P1 incidents caused by config" -> "P1 incidents caused by config". */
export function zeroMetricOf(a: TextAnalysis): string {
  const opener = a.tokens.findIndex((t) => /^(no|zero|never|eliminate|eradicate|0)$/.test(t.lower));
  const rest = a.text.slice(a.tokens[opener + 1]?.start ?? 0).replace(/[.;]\s*$/, '').trim();
  return quoteText(rest.length > 0 ? rest : a.text.trim());
}

/** A rewrite built from the KR's words: its head ("... from <current value> to X") kept whole, a long tail cut. */
export function quoteMove(rewrite: string): string {
  return quoteText(rewrite, QUOTE_LIMIT + 60);
}

/** "doubling", "a 3x change", "a change of 20%": the change asked for, as words. */
export function describeChange(q: Quantity): string {
  if (q.unit !== 'multiple') return `a change of ${q.raw}`;
  return MULTIPLE_NAMES[q.value] ?? `a ${q.value}x change`;
}

/** "Double the number of referrals" -> "the number of referrals": what the opening multiple applies to. */
export function objectAfter(a: TextAnalysis, q: Quantity): string | undefined {
  const rest = a.text.slice(q.end).replace(/[.;]\s*$/, '').trim();
  return rest.length > 0 && rest.length <= 80 ? rest : undefined;
}

/** The band a field can hold: "at or below 3 a week" -> "<= 3 per week"; a bare level stays as written. */
export function bandOf(q: Quantity): string {
  const value = `${q.raw}${q.per ? ` per ${q.per}` : ''}`;
  return q.bound ? `${q.bound === 'max' ? '<=' : '>='} ${value}` : value;
}

/** A bound to hold: ask for today's level, or for kind: maintain with the bound as the target band. */
export function holdTheLine(a: TextAnalysis, q: Quantity): string {
  const text = quoteText(a.text.trim().replace(/[.;]$/, ''));
  const band = bandOf(q);
  // With a clean metric phrase the move reads well ("Bring p95 latency from <current value> to under 300 ms").
  const level = describeTarget(a, q).metric ? quoteMove(rewriteAsMove(a, q)) : `${text}, currently <current value>`;
  return `State today's level ("${level}"), or write it as a mapping with kind: maintain and target: "${band}"`;
}

/** "Raise NPS to X" -> "Raise NPS from <current value> to <target>": both open ends named once. */
export function placeholderRewrite(a: TextAnalysis, p: TextAnalysis['placeholders'][number]): string {
  const before = a.tokens.filter((t) => t.end <= p.start).pop();
  const filled = `${a.text.slice(0, p.start)}<target>${a.text.slice(p.end)}`;
  if (before?.lower === 'to') {
    return quoteAround(`${filled.slice(0, before.start)}from <current value> ${filled.slice(before.start)}`.trim().replace(/[.;]$/, ''), p.start);
  }
  return `${quoteAround(filled.trim().replace(/[.;]$/, ''), p.start)} (today: <current value>; fill in both numbers)`;
}

export function relativeRewrite(a: TextAnalysis, q: Quantity): string {
  const down = verbDirection(a) === 'down' || q.value < 1;
  const sign = down ? '−' : '+';
  const target = q.unit === 'multiple' ? `<current value × ${q.value}>` : `<current value ${sign} ${q.raw}>`;
  const parts = describeTarget(a, q);
  if (!parts.metric || q.firstToken === 0) return `${quoteText(a.text.trim().replace(/[.;]$/, ''))} (from <current value> to ${target})`;
  const verb = parts.verb?.text ?? (down ? 'Reduce' : 'Increase');
  return quoteMove(`${verb} ${parts.metric} from <current value> to ${target}${parts.tail ? ` ${parts.tail}` : ''}`);
}
