/** Small helpers rules share: stem look-ups and rewrite text built from a key result. */
import { stem } from '../text/tokens.js';
import type { Quantity, TextAnalysis } from '../text/analysis.js';

/** Stems of a word list, built once per rule so inflections match ("publish" ~ "published"). */
export function stemsOf(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => stem(w)));
}

export function hasAnyStem(analysis: TextAnalysis, stems: ReadonlySet<string>): boolean {
  for (const s of analysis.stems) if (stems.has(s)) return true;
  return false;
}

/** The first word, lower-cased: in an imperative key result it is the main verb. */
export function firstVerb(analysis: TextAnalysis): string | undefined {
  return analysis.words[0]?.lower;
}

export function describeQuantity(q: Quantity): string {
  return q.raw;
}

/** "Increase NPS to 50" -> "Increase NPS from <current value> to 50". */
export function rewriteWithRange(text: string, target: Quantity | undefined): string {
  if (!target) return `${text.trim()} (from <current value> to <target>)`;
  const before = text.slice(0, target.start).replace(/\s+(to|at|of|reach(es)?|by)\s*$/i, '').trimEnd();
  const after = text.slice(target.end);
  return `${before} from <current value> to ${target.raw}${after}`.replace(/\s+/g, ' ').trim();
}
