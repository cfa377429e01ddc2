/**
 * Numbers that are not measurements: dates ("March 15", "Q3 2027", "end of quarter"),
 * times of day ("8:30", "16:00") and identifiers ("ISO 27001", "v2", "SOC 2", "P1",
 * "tier-1", "1:1"). Every test looks at a fixed number of neighbouring tokens, so the
 * scan over a text stays linear.
 */
import type { Token } from './tokens.js';

export interface DateMention {
  raw: string;
  start: number;
  end: number;
  /** 'date' (a day, month, quarter or year), 'time' (of day), 'period' ("end of quarter", "Friday"). */
  kind?: 'date' | 'time' | 'period';
}

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);
const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
]);
const PERIOD_NOUNS = new Set(['quarter', 'year', 'month', 'week', 'sprint', 'cycle', 'term', 'half', 'period', 'day']);
const PERIOD_ABBREVIATIONS = new Set(['eoq', 'eoy', 'eom', 'eow', 'eod', 'ytd', 'qtd']);
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

/** Words after which a number names a thing rather than measures it: "ISO 27001", "version 2". */
const IDENTIFIER_HEADS = new Set([
  'iso', 'soc', 'version', 'v', 'release', 'phase', 'step', 'level', 'tier', 'sprint', 'wk', 'quarter', 'fy', 'p', 'sev',
  'severity', 'priority', 'python', 'java', 'node', 'http', 'ipv', 'windows', 'ios', 'android', 'pci', 'gdpr', 'iphone',
  'epic', 'okr', 'item', 'section', 'chapter', 'part', 'round', 'wave', 'cohort', 'gen', 'generation', 'web', 'stage',
  'milestone', 'pillar', 'rfc', 'wcag', 'tls',
]);
/** Short units that may be glued to digits without making them an identifier ("2h", "300ms", "1.2k", "3x"). */
const GLUED_UNITS = new Set(['k', 'm', 'mm', 'mn', 'b', 'bn', 'ms', 's', 'h', 'hr', 'x', 'pp', 'st', 'nd', 'rd', 'th', 'am', 'pm', 'd', 'w', 'mo']);

export function isMonth(lower: string): boolean {
  return MONTHS.has(lower.replace(/\.$/, ''));
}

export function isWeekday(lower: string): boolean {
  return WEEKDAYS.has(lower);
}

const isYear = (t: Token | undefined) => t !== undefined && t.kind === 'number' && /^(19|20)\d{2}$/.test(t.text);
const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

export interface DateHit {
  end: number;
  kind: 'date' | 'time' | 'period';
}

/** The date, time or named period starting at token i, or undefined. */
export function dateAt(tokens: Token[], i: number): DateHit | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.kind === 'word') return wordDateAt(tokens, i);
  if (t.kind !== 'number') return undefined;
  // Times of day: "8:30", "16:00", "8:30am", "9 am"
  if (next?.text === ':' && glued(t, next) && /^\d{2}$/.test(tokens[i + 2]?.text ?? '') && glued(next, tokens[i + 2]) && Number(t.text) <= 24) {
    const meridiem = tokens[i + 3];
    return { end: meridiem && /^(am|pm)$/.test(meridiem.lower) ? i + 3 : i + 2, kind: 'time' };
  }
  if (/^\d{1,2}$/.test(t.text) && next && /^(am|pm)$/.test(next.lower) && Number(t.text) <= 12) return { end: i + 1, kind: 'time' };
  const span = clockSpanAt(tokens, i);
  if (span >= 0) return { end: span, kind: 'time' };
  // "15 March", "1st of June", "30 Sept 2027"
  if (/^\d{1,2}$/.test(t.text)) {
    let j = i + 1;
    if (tokens[j] && ORDINAL_SUFFIX.test(tokens[j]!.lower) && glued(t, tokens[j])) j++;
    if (tokens[j]?.lower === 'of') j++;
    const month = tokens[j];
    if (month?.kind === 'word' && isMonth(month.lower) && (month.lower !== 'may' || j > i + 1 || /^\d{1,2}$/.test(t.text))) {
      return { end: isYear(tokens[j + 1]) ? j + 1 : j, kind: 'date' };
    }
  }
  // ISO dates 2027-03-15, and years standing alone ("in 2027", "2027 roadmap")
  if (isYear(t)) {
    if (next?.text === '-' && glued(t, next) && tokens[i + 2]?.kind === 'number' && glued(next, tokens[i + 2])) {
      let end = i + 2;
      if (tokens[end + 1]?.text === '-' && tokens[end + 2]?.kind === 'number') end += 2;
      return { end, kind: 'date' };
    }
    if (next?.text === '-' && glued(t, next) && /^q[1-4]$/.test(tokens[i + 2]?.lower ?? '')) return { end: i + 2, kind: 'date' };
    if (yearIsACount(tokens, i)) return undefined;
    return { end: i, kind: 'date' };
  }
  return undefined;
}

/** Can dateAt find anything at a word token with this lower-case form? False means never, whatever its neighbours. */
export function wordMayOpenDate(lower: string): boolean {
  if (/^(q[1-4]|h[12]|fy\d{2,4})$/.test(lower) || lower === 'q' || lower === 'h' || lower === 'fy') return true;
  if (PERIOD_ABBREVIATIONS.has(lower) || WEEKDAYS.has(lower) || isMonth(lower)) return true;
  return lower === 'end' || lower === 'start' || lower === 'beginning' || lower === 'close';
}

function wordDateAt(tokens: Token[], i: number): DateHit | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // Quarters and halves: "Q3", "H1", "FY27", "Q3 2027", "Q 3"
  if (/^(q[1-4]|h[12]|fy\d{2,4})$/.test(t.lower)) return { end: isYear(next) ? i + 1 : i, kind: 'date' };
  if ((t.lower === 'q' || t.lower === 'h' || t.lower === 'fy') && next?.kind === 'number' && glued(t, next)) {
    return { end: isYear(tokens[i + 2]) ? i + 2 : i + 1, kind: 'date' };
  }
  if (PERIOD_ABBREVIATIONS.has(t.lower)) return { end: i, kind: 'period' };
  if (WEEKDAYS.has(t.lower)) return { end: i, kind: 'period' };
  // "end of (the) quarter", "end of March", "end of Q3", "the end of every working day"
  if ((t.lower === 'end' || t.lower === 'start' || t.lower === 'beginning' || t.lower === 'close') && next?.lower === 'of') {
    let j = i + 2;
    if (/^(the|this|next|each|every|a)$/.test(tokens[j]?.lower ?? '')) j++;
    if (tokens[j]?.lower === 'working' || tokens[j]?.lower === 'business' || tokens[j]?.lower === 'financial' || tokens[j]?.lower === 'fiscal') j++;
    const what = tokens[j];
    if (what && (PERIOD_NOUNS.has(what.lower) || isMonth(what.lower) || /^(q[1-4]|h[12])$/.test(what.lower) || what.lower === 'workday')) {
      const hit = wordDateAt(tokens, j);
      return { end: hit ? hit.end : j, kind: 'period' };
    }
  }
  // Month names with a day or year on either side: "March 15", "Sept 30, 2027", "March 2027", "by March"
  if (t.kind === 'word' && isMonth(t.lower)) {
    const hasNumberAfter = next?.kind === 'number';
    if ((t.lower === 'may' || t.lower === 'mar' || t.lower === 'jun' || t.lower === 'sep' || t.lower === 'dec') && !hasNumberAfter) {
      return t.text[0] === 'M' && t.lower === 'may' && tokens[i - 1] && /^(by|in|until|before|end|of)$/.test(tokens[i - 1]!.lower) ? { end: i, kind: 'date' } : undefined;
    }
    let end = i;
    if (hasNumberAfter && /^\d{1,2}$/.test(next.text)) {
      end = i + 1;
      if (tokens[end + 1] && ORDINAL_SUFFIX.test(tokens[end + 1]!.lower) && glued(tokens[end], tokens[end + 1])) end++;
    }
    if (tokens[end + 1]?.text === ',' && isYear(tokens[end + 2])) end += 2;
    else if (isYear(tokens[end + 1])) end++;
    return { end, kind: 'date' };
  }
  return undefined;
}

/** "2000 users" counts users; "2027", "in 2027", "2027 roadmap" are years. */
function yearIsACount(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && /^[$€£¥]$/.test(prev.text)) return true;
  if (next && (next.text === '%' || next.lower === 'percent' || next.lower === 'k' || next.lower === 'x')) return true;
  if (prev && /^(in|by|since|until|of|for|from|before|after|during|fy|end|through)$/.test(prev.lower)) return false;
  // Followed by a plural noun: a count ("2000 sign-ups"), not a year ("2027 roadmap").
  return next?.kind === 'word' && next.lower.length > 3 && next.lower.endsWith('s') && !next.lower.endsWith('ss');
}

/**
 * True when the number at token i names a thing: "ISO 27001", "v2", "P1", "SEV1",
 * "tier-1", "tier-2/3", "SOC 2", "1:1", "24/7", "2FA", "5G".
 */
export function isIdentifierNumber(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Glued to letters before it: "v2", "p95", "SEV1", "L3", "H100"
  if (prev && glued(prev, token) && prev.kind === 'word') return true;
  if (prev?.kind === 'word' && IDENTIFIER_HEADS.has(prev.lower) && prev.lower !== 'p' && prev.lower !== 'v') return true;
  // Compounds: "tier-1", "top-3", "GPT-4"; and the tail of "tier-2/3"
  if ((prev?.text === '-' || prev?.text === '/') && glued(prev, token)) {
    const head = tokens[i - 2];
    if (head && glued(head, prev) && (head.kind === 'word' || (prev.text === '/' && isIdentifierNumber(tokens, i - 2)))) return true;
  }
  // "1:1", "2:1" ratios that are names of meetings or odds; times are taken earlier
  if ((next?.text === ':' && glued(token, next) && tokens[i + 2]?.kind === 'number' && glued(next, tokens[i + 2])) || (prev?.text === ':' && glued(prev, token) && tokens[i - 2]?.kind === 'number')) return true;
  // "24/7": around the clock, not a score
  if (next?.text === '/' && glued(token, next) && tokens[i + 2]?.kind === 'number' && Number(tokens[i + 2]!.text) < Number(token.text)) return true;
  if (prev?.text === '/' && glued(prev, token) && tokens[i - 2]?.kind === 'number' && Number(tokens[i - 2]!.text) > Number(token.text)) return true;
  // "2FA", "3D", "5G": letters glued after the digits that are not a unit
  if (next && glued(token, next) && next.kind === 'word' && /^[a-z]{1,2}$/.test(next.lower) && !GLUED_UNITS.has(next.lower)) return true;
  return false;
}

/**
 * "between 10 and 4", "between 9 and 5:30": two hours of the clock that wrap past noon.
 * A band of quantities is written low to high ("between 3 and 10 days"), so a falling pair
 * of bare hours with no unit after it is a span of the working day, not a measurement.
 */
function clockSpanAt(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'between' || !/^\d{1,2}$/.test(tokens[i]!.text)) return -1;
  const joiner = tokens[i + 1];
  const second = tokens[i + 2];
  if (!joiner || !/^(and|to|-|–)$/.test(joiner.lower) || !second || !/^\d{1,2}$/.test(second.text)) return -1;
  const from = Number(tokens[i]!.text);
  const to = Number(second.text);
  const after = tokens[i + 3];
  // A rising pair is a band ("between 3 and 10") unless a part of the day follows ("between 7 and 11 every evening").
  const partOfDay = [after, tokens[i + 4]].some((t) => t !== undefined && /^(am|pm|morning|mornings|afternoon|afternoons|evening|evenings|night|nights|o'clock|oclock)$/.test(t.lower));
  if (from > 12 || to > 12 || from === 0 || to === 0 || (to >= from && !partOfDay)) return -1;
  if (after?.text === '%' || (after?.kind === 'word' && !/^(am|pm|each|every|on|daily|during|in|at|and|or|o'clock|oclock)$/.test(after.lower))) return -1;
  return after && /^(am|pm)$/.test(after.lower) ? i + 3 : i + 2;
}
