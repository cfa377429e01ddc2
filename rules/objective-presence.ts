import { defineRule, perAnalysis, stem, stemsOf, type TextAnalysis } from '../src/rule-kit/index.js';

interface Word {
  text: string;
  lower: string;
  stem: string;
}

/** Places people sit in. */
const PLACES = ['office', 'offices', 'in-office', 'on-site', 'onsite', 'in-person', 'headquarters', 'hq', 'desk', 'desks', 'campus', 'workplace', 'building'];
/** Being there, coming back, showing up. */
const ATTENDANCE = ['attendance', 'attend', 'presence', 'present', 'day', 'days', 'return', 'back', 'come', 'show', 'badge', 'badges', 'sit', 'seat', 'seats', 'seated', 'time', 'hours', 'occupancy', 'footfall', 'turnout'];
/** Words about being seen, whoever is looking. */
const BEING_SEEN = ['present', 'visible', 'visibility', 'seen', 'presence', 'online', 'face-time', 'facetime', 'available', 'availability', 'reachable'];
/** Who does the looking when the objective is about being seen: insiders, never customers. */
const INSIDERS = [
  'team', 'teams', 'leadership', 'leader', 'leaders', 'manager', 'managers', 'management', 'colleague', 'colleagues', 'stakeholder',
  'stakeholders', 'executive', 'executives', 'exec', 'execs', 'company', 'organisation', 'organization', 'org', 'boss', 'peer', 'peers',
  'everyone', 'people', 'staff', 'employee', 'employees', 'member', 'members', 'ourselves', 'department', 'internal', 'internally',
  'core', 'hour', 'hours', 'meeting', 'meetings', 'call', 'calls', 'chat', 'slack', 'teams', 'during', 'workday', 'work', 'day', 'days',
];
/** Words that add nothing to what an objective is about. */
const FILLER = [
  'be', 'become', 'increase', 'improve', 'boost', 'raise', 'grow', 'get', 'make', 'keep', 'stay', 'hit', 'achieve', 'reach',
  'meet', 'enforce', 'drive', 'encourage', 'ensure', 'follow', 'more', 'most', 'much', 'very',
  'highly', 'better', 'greater', 'high', 'strong', 'stronger', 'our', 'we', 'us', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at',
  'for', 'with', 'across', 'and', 'within', 'among', 'by', 'all', 'every', 'each', 'always', 'consistently', 'physical', 'regular',
  'regularly', 'full', 'fully', 'face', 'time',
];

export default defineRule<Record<string, never>>({
  name: 'objective-presence',
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: 'Flag objectives that matter only because of where people sit or how visible they are.',
      rationale:
        'Office attendance, face time and being seen are inputs, not business changes; a randomised trial of hybrid work (Bloom, Han and Liang, Nature 2024) found two days a week at home did no harm to performance or promotions. An objective should still matter if everyone were back in the office.',
      recommended: true,
      examples: {
        valid: [
          { objective: 'Open a Lisbon office to hire engineers in our customers\' time zone', note: 'The office serves a business change.' },
          { objective: 'Give customers real-time visibility into their shipments', note: 'Visibility for customers, not of staff.' },
        ],
        invalid: [
          { objective: 'Increase office attendance' },
          { objective: 'Be more visible to leadership' },
          { objective: 'Get everyone back to the office three days a week' },
        ],
      },
    },
    messages: {
      presence: 'Objective "{{title}}" is about where people sit or being seen ({{cue}}), not about a business change.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  create(context) {
    const lexiconSets = lexicon();
    const readCue = (analysis: TextAnalysis) => presenceCue(analysis, lexiconSets);
    return {
      objective(objective) {
        const analysis = context.analyze(objective.title);
        const cue = cues(analysis, context.options, readCue);
        if (!cue) return;
        context.report({
          node: objective,
          messageId: 'presence',
          data: { title: objective.title, cue },
          suggestion: `Ask what "${objective.title}" was meant to change (faster onboarding, fewer hand-off delays, better retention) and make that the objective, e.g. "Cut new-hire time to first shipped change" with key results from system data; where people sit is then up to the team.`,
        });
      },
    };
  },
});

/** The cue per title: objective titles repeat across files. */
const cues = perAnalysis<string | undefined>();

/** Stemmed word lists, built once per process (rules are created per file). */
let stemmed: Lexicon | undefined;
function lexicon(): Lexicon {
  stemmed ??= { places: stemsOf(PLACES), attendance: stemsOf(ATTENDANCE), seen: stemsOf(BEING_SEEN), insiders: stemsOf(INSIDERS), filler: stemsOf(FILLER) };
  return stemmed;
}

interface Lexicon {
  places: Set<string>;
  attendance: Set<string>;
  seen: Set<string>;
  insiders: Set<string>;
  filler: Set<string>;
}

/** The words that make an objective about presence, or undefined when it is about something else. */
function presenceCue(analysis: TextAnalysis, lexicon: Lexicon): string | undefined {
  const words = splitCompounds(analysis, lexicon);
  const stems = words.map((w) => w.stem);
  const compounds = words.map((w) => w.lower);
  // "return to office", "RTO", "butts in seats", "face time": presence by name.
  const text = compounds.join(' ');
  const named = /\b(rto|return(ing)? to (the )?office|back (in|to) (the )?office|butts in seats|face[- ]?time)\b/.exec(text);
  if (named) return named[0];
  // A place people sit together with attending it: "office attendance", "in-office days", "on-site presence".
  const place = words.find((w) => lexicon.places.has(w.stem) || lexicon.places.has(w.lower));
  if (place) {
    const attending = words.find((w) => w !== place && (lexicon.attendance.has(w.stem) || lexicon.attendance.has(w.lower)));
    if (attending && allAbout(words, lexicon, [place, attending])) return `${place.text} ${attending.text}`.toLowerCase();
  }
  // Being seen, with only insiders looking: "Be more visible to leadership", "Be online during core hours".
  const seenWord = words.find((w) => lexicon.seen.has(w.stem) || lexicon.seen.has(w.lower));
  if (seenWord && stems.every((s, i) => words[i] === seenWord || lexicon.insiders.has(s) || lexicon.filler.has(s) || lexicon.seen.has(s))) {
    return seenWord.text.toLowerCase();
  }
  return undefined;
}

/** Every word is the place, the attending, a filler, an insider or a number ("three days a week"). */
function allAbout(words: Word[], lexicon: Lexicon, cue: Word[]): boolean {
  return words.every(
    (w) =>
      cue.includes(w) ||
      lexicon.filler.has(w.stem) ||
      lexicon.insiders.has(w.stem) ||
      lexicon.attendance.has(w.stem) ||
      lexicon.places.has(w.stem) ||
      /^(one|two|three|four|five|week|weekly|month|percent|per|least|minimum|min|rate|rates|share|ratio|place|want|where|in|out|utilisation|utilization|usage|target|policy|norm|norms|expectation|expectations|compliance|culture)$/.test(w.lower),
  );
}

/** "three-days-in-office" and "badge-in" read as their parts; "in-office" and "on-site" stay whole places. */
function splitCompounds(analysis: TextAnalysis, lexicon: Lexicon): Word[] {
  const words: Word[] = [];
  for (const w of analysis.words) {
    if (!w.lower.includes('-') || lexicon.places.has(w.lower) || lexicon.places.has(w.stem) || lexicon.seen.has(w.lower)) {
      words.push({ text: w.text, lower: w.lower, stem: w.stem });
      continue;
    }
    for (const part of w.lower.split('-').filter(Boolean)) words.push({ text: part, lower: part, stem: stem(part) });
  }
  return words;
}
