/**
 * Signals that a key result is measured rather than done, or belongs to another rule:
 * a metric that changes ("Build times drop from 20 to 8 minutes"), a turnaround target
 * ("within 2 business days"), or an on-time criterion (kr-calendar-weighted).
 */
import type { TextAnalysis } from './analysis.js';
import { pastParticiple } from './inflect.js';
import { lazy, WordFamily } from './lexicon/family.js';
import { TURNAROUND_UNITS } from './lexicon/work.js';
import { posTags } from './pos.js';

const turnaroundUnits = lazy(() => new WordFamily(TURNAROUND_UNITS));

/** "Build times drop from 20 to 8 minutes": a metric as subject of a change verb, whatever word opens it. */
export function isMetricSentence(analysis: TextAnalysis): boolean {
  const tokens = analysis.tokens;
  const tags = posTags(tokens.map((t) => t.text));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const form = CHANGE_VERB_FORMS().get(t.lower);
    if (t.kind !== 'word' || !form) continue;
    const afterNoun = tags[i - 1]?.startsWith('NN') || tags[i - 1] === 'CD';
    // "completion rises", "times drop" (a base form after a plural subject), "costs fell".
    const next = tokens[i + 1];
    // "Open findings from the audit go from 7 to 0": a change between two values is a metric's, whatever the subject.
    const betweenValues = next?.lower === 'from' && tokens[i + 2]?.kind === 'number';
    const finite = form === 'inflected' || tags[i - 1] === 'NNS' || tags[i - 1] === 'CD' || betweenValues;
    const towardsValue = !next || next.kind === 'number' || CHANGE_PREPOSITIONS.has(next.lower);
    if (afterNoun && finite && towardsValue) return true;
  }
  return false;
}

/** Verbs a metric does, by exact form (so "improvements" is not "improves"). */
const CHANGE_VERB_FORMS = lazy(() => {
  const forms = new Map<string, 'base' | 'inflected'>();
  const irregular: Record<string, string[]> = { rise: ['rose', 'risen'], fall: ['fell', 'fallen'], grow: ['grew', 'grown'], shrink: ['shrank', 'shrunk'], go: ['goes', 'went'], hit: [] };
  for (const verb of ['rise', 'fall', 'drop', 'increase', 'decrease', 'reach', 'improve', 'grow', 'decline', 'climb', 'shrink', 'stay', 'remain', 'exceed', 'hit', 'go', 'move', 'double', 'halve', 'triple']) {
    forms.set(verb, 'base');
    const s = verb.endsWith('ch') || verb.endsWith('sh') ? `${verb}es` : `${verb}s`;
    for (const inflected of [s, pastParticiple(verb), ...(irregular[verb] ?? [])]) forms.set(inflected, 'inflected');
  }
  return forms;
});

const CHANGE_PREPOSITIONS = new Set(['from', 'to', 'by', 'below', 'under', 'above', 'over', 'at', 'beyond', 'past', 'into']);

/** "within 24 hours", "in under 2 business days", "within 1 iteration": a turnaround target ("under 2 s" alone is a threshold). */
export function isTurnaroundTarget(analysis: TextAnalysis): boolean {
  const words = analysis.tokens;
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.lower;
    if (lower !== 'within' && lower !== 'in') continue;
    for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
      const t = words[k]!;
      if (t.kind === 'symbol' && t.text !== '-') break;
      if (turnaroundUnits().has(t) && (k > i + 1)) return true;
    }
  }
  return false;
}

const ON_TIME = lazy(() => new WordFamily(['on time', 'on-time', 'on schedule', 'slip', 'slippage', 'deadline', 'due date']));

export function mentionsOnTime(analysis: TextAnalysis): boolean {
  return ON_TIME().occursIn(analysis.words);
}

