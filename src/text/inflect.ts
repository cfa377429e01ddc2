/** Small English verb inflection for messages: "publish" -> "published", "write" -> "written". */
import { wordTable } from './word-table.js';
const IRREGULAR = wordTable<string>({
  write: 'written', run: 'run', hold: 'held', build: 'built', send: 'sent', give: 'given', do: 'done', make: 'made',
  get: 'got', speak: 'spoken', set: 'set', put: 'put', begin: 'begun', choose: 'chosen', draw: 'drawn', take: 'taken',
  find: 'found', lead: 'led', meet: 'met', teach: 'taught', shut: 'shut', cut: 'cut', rebuild: 'rebuilt',
  rewrite: 'rewritten', see: 'seen', have: 'had', be: 'been', undertake: 'undertaken', sell: 'sold', bring: 'brought',
  keep: 'kept', spend: 'spent', grow: 'grown', show: 'shown', know: 'known', feel: 'felt', win: 'won', fix: 'fixed', hire: 'hired', ship: 'shipped', plan: 'planned', pin: 'pinned', map: 'mapped',
  submit: 'submitted', commit: 'committed', stop: 'stopped', drop: 'dropped', kick: 'kicked', host: 'hosted', hit: 'hit',
});

/** Past participle of a base-form verb; unknown verbs follow the regular -ed rules. */
export function pastParticiple(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (lower.endsWith('ed')) return lower;
  if (lower.endsWith('e')) return `${lower}d`;
  const last = lower[lower.length - 1] ?? '';
  const beforeLast = lower[lower.length - 2] ?? '';
  if (last === 'y' && !'aeiou'.includes(beforeLast)) return `${lower.slice(0, -1)}ied`;
  if (lower.length <= 4 && SHORT_CVC.test(lower)) return `${lower}${last}ed`;
  return `${lower}ed`;
}

const SIBILANT_PLURAL = /(ch|sh|ss|x)es$/;

/** Base form of an inflected verb as written in a declarative KR ("ships" -> "ship", "fills" -> "fill"). */
export function baseForm(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (SIBILANT_PLURAL.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

const SHORT_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/** Gerund of a base-form verb: "hold" -> "holding", "run" -> "running", "organise" -> "organising". */
export function gerund(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower.endsWith('ie')) return `${lower.slice(0, -2)}ying`;
  if (lower.endsWith('e') && !lower.endsWith('ee') && lower.length > 2) return `${lower.slice(0, -1)}ing`;
  if (lower.length <= 4 && SHORT_CVC.test(lower)) return `${lower}${lower[lower.length - 1]}ing`;
  return `${lower}ing`;
}
