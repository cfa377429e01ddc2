import {
  DELIVERABLE_VERBS, EFFORT_VERBS, METRIC_VERBS, QUOTE_LIMIT, defineRule, ensuredState, perAnalysis, perOptions, isComparative, isDegreeVerb, makesAnAim, placeholderRole, quoteAround, quoteText, softOutcomeHead, stemsOf, tagsByToken,
  type TextAnalysis, type Token,
} from '../src/rule-kit/index.js';

interface Options {
  /** Extra words that, unmeasured, leave a key result with no yardstick ("snappier", "world-class"). */
  vagueWords: string[];
  /** Words the team has defined and measures, never treated as vague ("faster" when "fast" has an SLO). */
  allowedTerms: string[];
}

type Finding = { messageId: string; data: Record<string, string>; suggestion: string };

/** classify()'s verdict per text and options: key results repeat across files. */
const classified = perAnalysis<Finding | undefined>();

/** Verbs that name an intention but no end state. */
const VAGUE_VERBS = stemsOf(['improve', 'enhance', 'optimise', 'optimize', 'maximise', 'maximize', 'minimise', 'minimize', 'strengthen', 'foster', 'promote', 'encourage', 'consider', 'explore', 'empower', 'streamline', 'nurture', 'cultivate', 'embrace', 'champion', 'elevate', 'delight', 'focus', 'understand', 'learn', 'prioritise', 'prioritize']);
/** Verbs that move a metric: without a number they give a direction and no destination. */
const DIRECTION_VERBS = stemsOf(['increase', 'raise', 'grow', 'lift', 'boost', 'reduce', 'decrease', 'cut', 'lower', 'shrink', 'drive', 'expand', 'accelerate', 'shorten', 'speed', 'decline']);
/** Qualifiers that carry a key result when no number says how much (matched as written: "improvements" is a noun, not a qualifier). */
const VAGUE_QUALIFIERS = new Set([
  'more', 'better', 'easier', 'faster', 'simpler', 'clearer', 'smoother', 'higher', 'greater', 'stronger', 'improved',
  'effective', 'effectiveness', 'efficient', 'actionable', 'consistent', 'seamless', 'robust', 'acceptable', 'fast', 'easy',
  'successful', 'resonate', 'meaningful', 'engaging', 'world-class', 'best-in-class', 'delightful', 'intuitive', 'healthier',
  'smarter', 'quicker', 'cleaner', 'sufficient', 'adequate', 'appropriate', 'optimal', 'excellent', 'resonates',
  'effectively', 'efficiently', 'consistently', 'easily', 'quickly', 'successfully', 'seamlessly', 'working', 'effortless',
  'frictionless', 'painless', 'reliable', 'scalable', 'user-friendly',
]);
const JUDGEMENT_WORDS = new Set(['judged', 'deemed', 'perceived', 'considered', 'regarded', 'felt', 'seen', 'feel', 'feels']);
const PEOPLE = stemsOf(['user', 'member', 'customer', 'team', 'leadership', 'leader', 'everyone', 'everybody', 'people', 'staff', 'employee', 'engineer', 'manager', 'developer', 'sales', 'stakeholder', 'admin', 'partner', 'contributor', 'colleague', 'teammate', 'client', 'buyer', 'executive']);
// "Everyone keeps X on" is a universal claim, as checkable as "every member".
const QUANTIFIERS = new Set(['every', 'each', 'all', 'any', 'no', 'none', 'both', 'only', 'everyone', 'everybody']);
const ALWAYS_NEVER = new Set(['never', 'always', 'none']);
const COLLECTIVES = new Set(['team', 'leadership', 'everyone', 'everybody', 'people', 'staff', 'sales']);
const CAPABILITY = new Set(['can', 'could', 'able']);
const OUTPUT_AFTER_SUBJECT = stemsOf(['start', 'publish', 'ship', 'launch', 'complete', 'finish', 'write', 'deliver', 'create', 'release', 'run', 'host']);
const TEAM_WORDS = stemsOf(['team', 'headcount', 'staff', 'squad']);
const METRIC_NOUNS = stemsOf(['rate', 'score', 'nps', 'csat', 'retention', 'churn', 'revenue', 'conversion', 'usage', 'engagement', 'adoption', 'latency', 'uptime', 'satisfaction', 'arr', 'mrr', 'margin', 'throughput', 'time', 'cost', 'count', 'number', 'ratio', 'share', 'volume', 'user', 'customer', 'subscriber', 'visitor', 'signup', 'sign-up', 'download', 'session']);
const SUBJECT_DETERMINERS = new Set(['the', 'our', 'their', 'new', 'existing', 'internal', 'external', 'key', 'enterprise', 'active', 'paying', 'most', 'many', 'some']);
/** Placeholders for a value nobody has decided yet; "N" and "M" are usually a known number left out (redacted). */
const UNDECIDED = /^([$€£¥]?(x+|tbd|tbc|tba|\?+)([%kmb]| ?percent)?|<[a-z ]+>|n)$/i;
const PURPOSE_OPENERS = new Set(['so', 'because', 'measured']);

/** The option word sets, once per distinct options. */
const wordSets = perOptions((options: Options) => {
  const allowed = stemsOf(options.allowedTerms);
  const allowedWords = new Set(options.allowedTerms.map((w) => w.toLowerCase()));
  const vagueQualifiers = new Set([...VAGUE_QUALIFIERS, ...options.vagueWords.map((w) => w.toLowerCase())].filter((w) => !allowedWords.has(w)));
  return { allowed, allowedWords, vagueQualifiers, vagueVerbs: new Set([...VAGUE_VERBS].filter((s) => !allowed.has(s))), directionVerbs: new Set([...DIRECTION_VERBS].filter((s) => !allowed.has(s))) };
});

export default defineRule<Options>({
  name: 'kr-unmeasurable',
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: 'Flag key results that give no number and no verifiable end state, or that rest on a vague qualifier.',
      rationale:
        'A key result exists to be checked at quarter end. "Improve collaboration" or "make onboarding easier" cannot be graded: everyone can claim success and nobody can show it. A number (or a verifiable end state) turns intent into a result. Vagueness is found by word class, not by phrase: comparatives with no number ("fewer handoffs", "less time in meetings"), verbs that mean "make more <adjective>" ("deepen", "broaden"), relations or impressions named as the result ("build trust", "raise awareness"), and an undecided placeholder ("X%", "TBD") where the number belongs. A redacted value ("$N") is left to kr-missing-baseline; a universal yes/no state ("everyone keeps the drive encrypted") is checkable.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Raise self-service resolution from 40% to 60%' },
          { kr: 'Ship the usage-based billing page', note: 'A deliverable has a verifiable end state (it is activity, another rule\'s business).' },
          { kr: 'No P1 incidents caused by expired certificates', note: 'A zero target is a number.' },
          { kr: 'Every on-call engineer can restore a database from backup unaided' },
        ],
        invalid: [
          { kr: 'Improve collaboration between design and engineering' },
          { kr: 'Reduce customer churn' },
          { kr: 'Make the checkout flow easier to use' },
          { kr: 'Answer partner questions within a few days' },
          { kr: 'Can we shorten the release cycle?' },
          { kr: 'Customers trust our status page' },
          { kr: 'Onboarding is judged a success by the new hires' },
          { kr: 'Deepen ties with our wholesale buyers' },
          { kr: 'Raise basket size to X%' },
        ],
      },
    },
    messages: {
      question: 'This key result is a question; a result states what will be true, with a number, at quarter end.',
      vagueAmount: '"{{amount}}" is not a number, so nobody can tell at quarter end whether it was met.',
      vagueVerb: '"{{verb}}" names an intention, and nothing says how much or by when it counts as done.',
      noTarget: '"{{verb}}" gives a direction but no destination: there is no target value to reach.',
      vagueQualifier: 'The key result rests on "{{word}}", which no number defines, so nobody can check it at quarter end.',
      judgement: 'Success rests on a judgement ("{{word}}"), not on something that can be counted.',
      behaviour: 'Describes what {{people}} do, with no count or share to check at quarter end.',
      bareMetric: 'Names a metric ("{{metric}}") but sets no target for it.',
      undecided: '"{{placeholder}}" stands where the number belongs, so there is nothing to check at quarter end yet.',
      softOutcome: '"{{outcome}}" is a relation or an impression, and nothing says how it will be counted.',
    },
    schema: {
      type: 'object',
      properties: {
        vagueWords: { type: 'array', items: { type: 'string' } },
        allowedTerms: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    defaultOptions: { vagueWords: [], allowedTerms: [] },
  },
  create(context) {
    const { allowed, allowedWords, vagueQualifiers, vagueVerbs, directionVerbs } = wordSets(context.options);

    function classify(a: TextAnalysis): Finding | undefined {
      const full = a.text.trim().replace(/[.;]$/, '');
      const text = quoteText(full);
      if (a.question) {
        return { messageId: 'question', data: {}, suggestion: `State the answer as a result with a number, e.g. "<metric showing ${quoteText(topicOf(a))}> from <current value> to <target>"` };
      }
      const hasNumber = a.quantities.length > 0 || a.placeholders.length > 0;
      const measures = a.quantities.some((q) => !q.role) || a.placeholders.length > 0;
      if (!measures && a.vagueAmounts.length > 0) {
        const amount = a.vagueAmounts[0]!;
        return { messageId: 'vagueAmount', data: { amount }, suggestion: quoteText(replaceVagueAmount(a, amount), QUOTE_LIMIT + 40) };
      }
      const undecided = a.placeholders.find((p) => UNDECIDED.test(p.raw.trim()));
      // "from $X to $Y": the move is written out and kr-placeholder names each open slot.
      if (undecided && !a.quantities.some((q) => !q.role) && !a.placeholders.some((p) => placeholderRole(a, p))) {
        return { messageId: 'undecided', data: { placeholder: undecided.raw }, suggestion: `${quoteAround(full.replace(undecided.raw, '<target>'), undecided.start)}, up from <current value> (decide both numbers before the quarter starts)` };
      }
      if (a.zeroTarget || a.namedBaseline) return undefined;
      if (!hasNumber) {
        const lead = leadVerb(a);
        if (lead && (vagueVerbs.has(lead.stem) || (isDegreeVerb(lead) && !allowed.has(lead.stem)))) {
          const object = text.slice(lead.end).trim().replace(/^(on|about|with|in|for|to|upon)\s+/i, '');
          return { messageId: 'vagueVerb', data: { verb: lead.text }, suggestion: `Name the number that shows it: "Raise <measure of ${object}> from <current value> to <target>"` };
        }
        if (lead && directionVerbs.has(lead.stem) && !a.words.some((w) => TEAM_WORDS.has(w.stem) && w.start < lead.end + 12)) {
          return { messageId: 'noTarget', data: { verb: lead.text }, suggestion: `${text} from <current value> to <target>` };
        }
        const judgement = a.words.find((w) => JUDGEMENT_WORDS.has(w.lower));
        if (judgement) {
          return { messageId: 'judgement', data: { word: judgement.text }, suggestion: `Replace the judgement with a score, e.g. "${quoteText(subjectOf(a, judgement))} rated at least <score> out of 5 by <who>, up from <current rating>"` };
        }
        const state = ensuredState(a);
        if (state) {
          return { messageId: 'vagueQualifier', data: { word: state.text }, suggestion: `Define "${state.text}" with a number: "${text}, measured as <metric> from <current value> to <target>"` };
        }
        if (lead && lead.lower === 'make' && makesAnAim(a)) {
          return { messageId: 'vagueVerb', data: { verb: lead.text }, suggestion: `Name the number that shows it: "${text}, measured as <metric> from <current value> to <target>"` };
        }
        const soft = softOutcomeHead(a);
        if (soft) {
          return { messageId: 'softOutcome', data: { outcome: soft.text }, suggestion: `Name the count that shows it: "${text}, measured as <metric, e.g. a survey score or a response rate> from <current value> to <target>"` };
        }
      }
      const vague = vagueInUnmeasuredClause(a, vagueQualifiers, allowedWords);
      if (vague) {
        return { messageId: 'vagueQualifier', data: { word: vague.text }, suggestion: `Define "${vague.text}" with a number: "${quoteText(clauseAround(a, vague))}, measured as <metric> from <current value> to <target>"` };
      }
      if (!hasNumber) {
        const people = peopleSubject(a);
        if (people) {
          return { messageId: 'behaviour', data: { people: people.subject.toLowerCase() }, suggestion: `Count it: "Raise the share of ${people.subject.toLowerCase()} who ${quoteText(people.rest)} from <current value> to <target>"` };
        }
        if (isBareMetric(a)) return { messageId: 'bareMetric', data: { metric: text }, suggestion: `${text} from <current value> to <target>` };
      }
      return undefined;
    }

    return {
      keyResult(kr) {
        if (kr.form === 'mapping' && kr.target !== undefined && String(kr.target).trim() !== '') return;
        const a = context.analyze(kr.title);
        // Only a prefix of a very long title was read: the number it seems to lack may lie beyond it.
        if (a.truncated) return;
        const finding = classified(a, context.options, classify);
        if (finding) context.report({ node: kr, ...finding });
      },
    };
  },
});

/** The first word when it opens an imperative; "Get more ..." counts "get" as no verb of its own. */
function leadVerb(a: TextAnalysis): Token | undefined {
  const first = a.words[0];
  return first && first.start === a.tokens[0]?.start ? first : undefined;
}

function replaceOnce(text: string, what: string, by: string): string {
  const at = text.toLowerCase().indexOf(what.toLowerCase());
  return at < 0 ? `${text} (${by})` : `${text.slice(0, at)}${by}${text.slice(at + what.length)}`;
}

/** "a few hours" -> "<number> hours"; "on as many days as possible" -> "on at least <number> days". */
function replaceVagueAmount(a: TextAnalysis, amount: string): string {
  const text = a.text.trim().replace(/[.;]$/, '');
  if (!amount.startsWith('as ')) return replaceOnce(text, amount, '<number>');
  const { tokens } = a;
  const open = tokens.findIndex((t, i) => t.lower === 'as' && tokens[i + 1]?.lower === amount.split(' ')[1]);
  const close = tokens.findIndex((t, i) => i > open && t.lower === 'as' && tokens[i + 1]?.lower === 'possible');
  if (open < 0 || close < 0) return `${text} (replace "${amount}" with <number>)`;
  const bound = /^(soon|fast|low)$/.test(tokens[open + 1]!.lower) ? 'within <number>' : 'at least <number>';
  const middle = text.slice(tokens[open + 1]!.end, tokens[close]!.start).trim();
  return `${text.slice(0, tokens[open]!.start)}${bound}${middle ? ` ${middle}` : ''}${text.slice(tokens[close + 1]!.end)}`.replace(/\s+/g, ' ').trim();
}

/** The clause (between commas) holding a token, without its trailing punctuation. */
function clauseAround(a: TextAnalysis, token: Token): string {
  const text = a.text;
  const start = Math.max(text.lastIndexOf(',', token.start), text.lastIndexOf(';', token.start)) + 1;
  const ends = [text.indexOf(',', token.end), text.indexOf(';', token.end)].filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : text.length;
  return text.slice(start, end).trim().replace(/[.;]$/, '');
}

/** Content words of a question: "How do we propose and review changes?" -> "propose and review changes". */
function topicOf(a: TextAnalysis): string {
  const skip = /^(how|what|why|when|where|who|which|do|does|did|we|our|us|can|could|should|would|will|is|are|the|a|an|to|i|you)$/;
  const words = a.words.filter((w) => !skip.test(w.lower)).map((w) => w.text);
  return words.slice(0, 8).join(' ') || 'progress';
}

function subjectOf(a: TextAnalysis, before: Token): string {
  const subject = a.text.slice(0, before.start).replace(/\b(is|are|was|were|be|been|should|will|must|can|to)\s*$/i, '').trim();
  return subject || 'The result';
}

/** A vague qualifier in a clause that has no number of its own (parentheses and purpose clauses aside). */
function vagueInUnmeasuredClause(a: TextAnalysis, vague: ReadonlySet<string>, allowed: ReadonlySet<string>): Token | undefined {
  // Comparatives are found by part of speech ("fewer", "tidier"), only where no number could define them.
  const tagged = a.quantities.length === 0 && a.placeholders.length === 0 ? tagsByToken(a) : undefined;
  const comparatives = tagged && new Map([...tagged].filter(([t]) => !allowed.has(t.lower)));
  const { tokens } = a;
  const numbered = new Set<number>();
  for (const q of a.quantities) numbered.add(q.firstToken);
  const placeholderStarts = new Set(a.placeholders.map((p) => p.start));
  tokens.forEach((t, i) => placeholderStarts.has(t.start) && numbered.add(i));
  let clauseHasNumber = false;
  let candidate: Token | undefined;
  let depth = 0;
  let purpose = false;
  const close = (): Token | undefined => (clauseHasNumber ? undefined : candidate);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (numbered.has(i)) clauseHasNumber = true;
    // A colon introduces the measure ("faster: p95 from 900 to 400 ms"), so it does not end the clause.
    if (depth === 0 && (t.text === ',' || t.text === ';')) {
      const found = close();
      if (found) return found;
      clauseHasNumber = false;
      candidate = undefined;
      purpose = false;
      continue;
    }
    if (t.kind !== 'word' || depth > 0) continue;
    if (PURPOSE_OPENERS.has(t.lower) || (t.lower === 'in' && tokens[i + 1]?.lower === 'order')) purpose = true;
    if (purpose || candidate) continue;
    if (!vague.has(t.lower) && !(comparatives && isComparative(t, comparatives.get(t)))) continue;
    if (!isVagueUse(tokens, i)) continue;
    candidate = t;
  }
  return close();
}

/** "more than", "no more", "or less" are bounds; "a working process" is vague, "working hours" is not. */
function isVagueUse(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1]?.lower;
  // "a working process" is vague; "working hours", "working day" are not
  if (t.lower === 'working') return prev === 'a' || prev === 'an';
  if (t.lower === 'more' || t.lower === 'less' || t.lower === 'higher' || t.lower === 'greater' || t.lower === 'fewer') {
    if (next === 'than' || prev === 'no' || prev === 'or' || prev === 'any' || prev === 'once') return false;
  }
  return true;
}

/** "Team members rely on the handbook": people as subject, a habit as predicate, nothing counted. */
function peopleSubject(a: TextAnalysis): { subject: string; rest: string } | undefined {
  const words = a.words;
  // "never", "always" make a universal claim anyone can check; so does "every"/"each" in the subject.
  if (words.some((w) => ALWAYS_NEVER.has(w.lower) || CAPABILITY.has(w.lower))) return undefined;
  for (let i = 0; i < Math.min(words.length - 1, 4); i++) {
    const w = words[i]!;
    if (QUANTIFIERS.has(w.lower)) return undefined;
    if (SUBJECT_DETERMINERS.has(w.lower)) continue;
    // A people noun heads the subject when plural or collective; "the admin console" uses it as a modifier.
    const head = PEOPLE.has(w.stem) && (w.lower.endsWith('s') || COLLECTIVES.has(w.lower)) && !w.lower.endsWith("'s") && !w.lower.endsWith("'");
    if (!head) return undefined;
    let v = i + 1;
    while (v < words.length && PEOPLE.has(words[v]!.stem) && (words[v]!.lower.endsWith('s') || COLLECTIVES.has(words[v]!.lower))) v++;
    const verb = words[v];
    if (!verb || OUTPUT_AFTER_SUBJECT.has(verb.stem) || /^(is|are|was|were|be|of|and|or|with|in|on|for|to)$/.test(verb.lower)) return undefined;
    const subject = a.text.slice(words[0]!.start, words[v - 1]!.end).replace(/^(the|our|all)\s+/i, '');
    return { subject, rest: a.text.slice(verb.start).trim().replace(/[.;]$/, '') };
  }
  return undefined;
}

/** "Customer satisfaction score", "Mean time to detect": a metric with no verb and no target. */
function isBareMetric(a: TextAnalysis): boolean {
  if (a.words.length === 0 || a.words.length > 6) return false;
  // "time to detect", "time to first response": the metric noun heads a "to" phrase.
  const to = a.words.findIndex((w) => w.lower === 'to');
  if (to > 0 && METRIC_NOUNS.has(a.words[to - 1]!.stem) && !DELIVERABLE_VERBS.has(a.words[0]!.stem) && !METRIC_VERBS.has(a.words[0]!.stem) && !VAGUE_VERBS.has(a.words[0]!.stem)) return true;
  if (a.words.some((w) => /^(is|are|be|has|have|can|will|on|live|available|enabled|by|every|all)$/.test(w.lower) || /(ed|ing)$/.test(w.lower))) return false;
  const first = a.words[0]!;
  if (DELIVERABLE_VERBS.has(first.stem) || METRIC_VERBS.has(first.stem) || EFFORT_VERBS.has(first.stem) || VAGUE_VERBS.has(first.stem)) return false;
  const last = a.words[a.words.length - 1]!;
  return METRIC_NOUNS.has(last.stem);
}
