import {
  DELIVERABLE_NOUNS, DELIVERABLE_VERBS, EFFORT_VERBS, METRIC_VERBS, countedWords, defineRule, perAnalysis, perOptions, describeTarget, inEmbeddedQuestion,
  QUOTE_LIMIT, isSubjectNoun, judgeVisibility, placeholderRole, quoteAround, quoteText, tagsByToken, rewriteAsMove, stemsOf, verbDirection, verbsBefore,
  type KeyResult, type Quantity, type TextAnalysis, type Token,
  bandOf, describeChange, holdTheLine, metricOf, objectAfter, placeholderRewrite, quoteMove, relativeRewrite, zeroMetricOf,
} from '../src/rule-kit/index.js';

interface Options {
  /** Extra words that mark a start value before a number ("was", "baseline"). */
  startMarkers: string[];
  /** Bounds such as "p95 under 300 ms" or "at least 60%" are accepted without a start value. */
  allowThresholds: boolean;
  /** Zero targets ("no P1 incidents") are accepted without a start value. */
  allowZeroTargets: boolean;
  /** Extra verbs and nouns whose counts are the team's own output ("Record 4 episodes"). */
  ownOutputVerbs: string[];
  ownOutputNouns: string[];
}

type Finding = { messageId: string; data: Record<string, string>; suggestion: string };

/** classify()'s verdict per text and options: key results repeat across files. */
const classified = perAnalysis<Finding | undefined>();

/** A 100% of a one-off change ("Migrate 100% of services") is a deliverable, not a level. */
const ROLLOUT_VERBS = stemsOf(['migrate', 'move', 'roll', 'deploy', 'enable', 'upgrade', 'switch', 'transition', 'port', 'install', 'retire', 'decommission', 'ship', 'launch', 'release', 'convert', 'onboard', 'cover']);
/** Exact forms: "deployed" is a state, "weekly deploys" is a count of events. */
const DELIVERY_STATES = new Set(['live', 'available', 'enabled', 'shipped', 'launched', 'deployed', 'released']);
/** "deploy frequency", "release cadence": a verb before one of these names a metric, it is not the team's action. */
const METRIC_HEADS = stemsOf(['frequency', 'rate', 'cadence', 'count', 'volume', 'speed', 'velocity', 'throughput', 'duration', 'latency', 'time', 'lead']);
const EVENT_NOUNS = stemsOf(['meeting', 'call', 'session', 'workshop', 'sync', 'standup', 'retro', 'review', 'week', 'shift', 'slot']);
const TEAM_WORDS = stemsOf(['team', 'headcount', 'staff', 'squad', 'org', 'organisation', 'organization', 'department']);
const AVERAGING = stemsOf(['average', 'averages', 'mean', 'median', 'p50', 'p90', 'p95', 'p99']);
const RATE_PERIODS = new Set(['hour', 'day', 'workday', 'weekday', 'week', 'month', 'sprint', 'quarter']);
const PAPERWORK = stemsOf(['report', 'minutes', 'notes', 'summary', 'agenda', 'newsletter', 'letter', 'statement', 'memo', 'bulletin', 'recap', 'digest', 'write-up', 'accounts', 'filing']);
const PLURAL_ONLY_PAPERWORK = new Set(['minutes', 'notes', 'accounts']);
/** "Keep incidents at or below 1 a month": a line to hold, not a move to make. */
const HOLD_VERBS = stemsOf(['keep', 'maintain', 'hold', 'stay', 'remain', 'sustain', 'preserve']);
const GROWTH_VERBS = stemsOf(['grow', 'expand', 'double', 'triple', 'scale', 'staff']);

/** The option word sets, once per distinct options. */
const wordSets = perOptions((options: Options) => ({
  startMarkers: new Set(options.startMarkers.map((w) => w.toLowerCase())),
  ownVerbs: new Set([...DELIVERABLE_VERBS, ...stemsOf(options.ownOutputVerbs)]),
  ownNouns: new Set([...DELIVERABLE_NOUNS, ...stemsOf(options.ownOutputNouns)]),
}));

export default defineRule<Options>({
  name: 'kr-missing-baseline',
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: 'Require a start value for every key result that sets a target level for a metric.',
      rationale:
        'A target with no starting point cannot be graded: "reach 99.9% uptime" may be a stretch or already true. Stating where the metric starts ("from 99.2% to 99.9%", "Lead time: 9 days → 4 days", or a baseline field) makes progress and ambition visible. Relative changes ("by 20%", "by a third") and floors on a rate ("at least 30 reviews a week") need a start too. A time limit each person must meet on internal chat or on hours put in ("reply to pings within 10 minutes", "track 8 hours a day"), or a presence rule ("be in the office 3 days a week"), is a rule of conduct, not the level of a metric: kr-visibility reports it and this rule stays quiet, as the labelled corpus does. An average or a share of people ("averages 7 hours a day", "80% of the team") is a measured level and still needs a start.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Raise trial-to-paid conversion from 8% to 11%' },
          { kr: 'Cut median time to first reply on support tickets from 6 h to 2 h' },
          { kr: { title: 'Raise weekly active teams to 1,500', baseline: 1200, target: 1500 } },
          { kr: { title: 'Keep checkout availability at or above 99.9%', kind: 'maintain', target: '>= 99.9%' }, note: 'A band to hold needs no start value.' },
          { kr: 'Publish 4 case studies with reference customers', note: 'Counts of the team\'s own output start at zero by construction.' },
          { kr: 'Ship the self-serve billing page' },
          { kr: 'Order-to-dispatch time: 3 days → under 1 day', note: 'An arrow after a label states the start value.' },
          { kr: 'Track 7.5 hours in the timesheet every working day', note: 'A per-person hours quota is a conduct norm (kr-visibility), not a metric level.' },
          { kr: 'Show as available on Teams from 8 to 16 each weekday', note: 'A presence rule is conduct (kr-visibility), not a metric level.' },
        ],
        invalid: [
          { kr: 'Increase NPS to 50' },
          { kr: 'Reach 99.9% uptime on the public API' },
          { kr: 'Grow paid seats by 20%' },
          { kr: 'No sev-1 incidents caused by configuration changes' },
          { kr: 'Sign 25 new resellers in the DACH region' },
          { kr: 'Keep p95 search latency under 300 ms', note: 'A threshold still needs today\'s value to judge the effort.' },
          { kr: 'Cut refund requests compared to last quarter' },
          { kr: 'Cut missed deliveries by a quarter', note: 'A fraction in words is a relative change.' },
          { kr: { title: 'Raise activation rate', target: '45%' } },
          { kr: { title: 'Hold refund rate at or under 1.5%', kind: 'maintain' }, note: 'A line to hold needs its band as the target field.' },
        ],
      },
    },
    messages: {
      noStart: 'Targets {{target}} for {{metric}} without saying where it stands today, so progress cannot be graded.',
      threshold: 'Sets a bound ("{{target}}") for {{metric}} without saying where it stands today; a stretch and the status quo look the same.',
      relative: 'Asks for {{change}} in {{metric}} without the value it starts from, so the target itself is unknown.',
      zero: 'Aims for zero {{metric}} without saying how many there are today.',
      namedBaseline: 'Compares {{metric}} to "{{baseline}}" without giving that value.',
      placeholder: '"{{target}}" is a placeholder and no start value is given either, so neither end of the move is known.',
      fieldTarget: 'Has target {{target}} but no baseline or current value, so progress cannot be graded.',
      maintainTarget: 'Is kind: maintain but has no target, so the band to hold ("{{target}}") lives only in the title.',
    },
    schema: {
      type: 'object',
      properties: {
        startMarkers: { type: 'array', items: { type: 'string' } },
        allowThresholds: { type: 'boolean' },
        allowZeroTargets: { type: 'boolean' },
        ownOutputVerbs: { type: 'array', items: { type: 'string' } },
        ownOutputNouns: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    defaultOptions: { startMarkers: [], allowThresholds: false, allowZeroTargets: false, ownOutputVerbs: [], ownOutputNouns: [] },
  },
  create(context) {
    const options = context.options;
    const { startMarkers, ownVerbs, ownNouns } = wordSets(options);

    function isOwnOutput(a: TextAnalysis, q: Quantity): boolean {
      // "Volunteers contribute 5,000 hours": a subject noun is not the team's own verb.
      // "p99 is tracked and under 2 s": a passive participle describes the metric, it is not effort.
      // "CVEs on internet-facing hosts": a plural noun that shares a verb's stem is no verb.
      const tags = tagsByToken(a);
      const verbs = verbsBefore(a, q.firstToken, [ownVerbs, METRIC_VERBS, EFFORT_VERBS]).filter(
        (v) => !isSubjectNoun(a, v) && !isPassive(a, v) && !(tags.get(v) === 'NNS' && v !== a.words[0]) && !namesMetric(a, v),
      );
      // "at least 30 posts a week": a floor on a rate is a threshold on a flow, not a tally of deliverables.
      if (q.unit === 'count' && q.bound === 'min' && (q.per || ratePeriodAfter(a, q))) return false;
      if (q.unit === 'duration') {
        if (paperworkBound(a, q, tags)) return true;
        return verbs.some((v) => EFFORT_VERBS.has(v.stem)) || (q.attributive === true && countedWords(a, q, 2).some((w) => EVENT_NOUNS.has(w.stem)));
      }
      if (q.unit !== 'count') return false;
      // "Members attend 3 classes a week on average": an average of what others do is a measured level.
      if (a.words[0] !== verbs[0] && a.words.some((w) => AVERAGING.has(w.stem))) return false;
      const head = countedWords(a, q).pop();
      if (head && ownNouns.has(head.stem)) return true;
      if (verbs.some((v) => ownVerbs.has(v.stem) && !METRIC_VERBS.has(v.stem))) return true;
      // "Grow the team (+1 designer)": a team grown by hiring
      if (verbs.some((v) => GROWTH_VERBS.has(v.stem)) && a.words.some((w, i) => isOwnTeamWord(a.words, i))) return true;
      return verbs.length === 0 && a.words.some((w) => DELIVERY_STATES.has(w.lower));
    }

    function isMetricQuantity(a: TextAnalysis, q: Quantity): boolean {
      if (q.role || q.unit === 'multiple' || inEmbeddedQuestion(a, q)) return false;
      if (q.unit === 'percent' && q.value === 100) {
        return !verbsBefore(a, q.firstToken, [ROLLOUT_VERBS]).length || a.words.some((w) => w.lower === 'time');
      }
      return !isOwnOutput(a, q);
    }

    function hasMarkedStart(a: TextAnalysis): boolean {
      if (startMarkers.size === 0) return false;
      return a.quantities.some((q) => [1, 2, 3].some((back) => startMarkers.has(a.tokens[q.firstToken - back]?.lower ?? '')));
    }

    /** "Deliver 652 MQLs, a 28% increase": the start follows from target and change. */
    function startIsDerivable(a: TextAnalysis, relative: Quantity): boolean {
      const absolute = a.quantities.find((q) => q !== relative && !q.role && q.unit !== 'duration' && q.unit !== 'multiple' && q.start < relative.start);
      return absolute !== undefined && relative.unit === 'percent' && a.tokens[relative.firstToken - 1]?.lower !== 'by';
    }

    function classify(a: TextAnalysis): Finding | undefined {
      const metricName = metricOf(a);
      // "from TBD to 90%": a start is written, only not filled in; kr-placeholder names that slot.
      if (a.placeholders.some((p) => placeholderRole(a, p))) return undefined;
      const numeric = a.placeholders.find((p) => !/^[([<{]/.test(p.raw));
      if (numeric) {
        return { messageId: 'placeholder', data: { target: numeric.raw, metric: metricName }, suggestion: placeholderRewrite(a, numeric) };
      }
      // "Hire two more engineers" is more output, not a change in a metric.
      const relative = a.quantities.find((q) => q.relative && !q.role && !(q.unit === 'count' && isOwnOutput(a, q)));
      if (relative && !startIsDerivable(a, relative)) {
        const metric = relative.firstToken === 0 ? objectAfter(a, relative) ?? metricName : metricName;
        return { messageId: 'relative', data: { target: relative.raw, change: describeChange(relative), metric }, suggestion: relativeRewrite(a, relative) };
      }
      if (a.namedBaseline && !relative) {
        return { messageId: 'namedBaseline', data: { baseline: a.namedBaseline, metric: metricName }, suggestion: `${quoteText(a.text.trim())} (state the value: from <${a.namedBaseline.replace(/^(vs\.?|versus|compared (to|with)|than|over|on)\s+/i, '')} value> to <target>)` };
      }
      if (relative) return undefined;
      const targets = a.quantities.filter((q) => isMetricQuantity(a, q) && !isConductNorm(a, q));
      const target = targets.find((q) => !options.allowThresholds || !q.bound);
      if (target) {
        const suggestion = target.bound && HOLD_VERBS.has(a.words[0]?.stem ?? '') ? holdTheLine(a, target) : quoteMove(rewriteAsMove(a, target));
        return { messageId: target.bound ? 'threshold' : 'noStart', data: { target: target.raw, metric: metricName }, suggestion };
      }
      if (a.zeroTarget && !options.allowZeroTargets && targets.length === 0) {
        const zeroMetric = zeroMetricOf(a);
        return { messageId: 'zero', data: { metric: zeroMetric }, suggestion: `Cut ${zeroMetric} from <current count> to 0` };
      }
      return undefined;
    }

    function checkFields(kr: KeyResult): Finding | undefined {
      if (kr.target === undefined || String(kr.target).trim() === '') return undefined;
      const target = String(kr.target);
      if (!/\d/.test(target)) return undefined;
      return { messageId: 'fieldTarget', data: { target }, suggestion: `Add "baseline: <current value>" beside "target: ${target}", so the key result reads as a move from <current value> to ${target}` };
    }

    return {
      keyResult(kr) {
        if (kr.form === 'mapping' && (kr.baseline !== undefined || kr.current !== undefined)) return;
        if (kr.kind === 'maintain' && kr.target !== undefined) return;
        if (kr.kind === 'milestone') return;
        const a = context.analyze(kr.title);
        if (kr.kind === 'maintain') {
          // A line to hold needs no start, only its band as a field: "add target" is the whole fix.
          const level = a.quantities.find((q) => q.bound && isMetricQuantity(a, q)) ?? a.quantities.find((q) => isMetricQuantity(a, q));
          if (level) context.report({ node: kr, messageId: 'maintainTarget', data: { target: level.raw }, suggestion: `Add target: "${bandOf(level)}" beside kind: maintain` });
          return;
        }
        if (a.hasStartValue || hasMarkedStart(a) || a.question) return;
        // Only a prefix of a very long title was read: its start value may lie beyond it, so only the fields are checked.
        const finding = (a.truncated ? undefined : classified(a, options, classify)) ?? (kr.form === 'mapping' ? checkFields(kr) : undefined);
        if (finding) context.report({ node: kr, ...finding });
      },
    };
  },
});

/**
 * "Reply to chat pings within 10 minutes", "Track 8 hours every day", "Be in the office 3 days a week": a time limit or presence each person
 * must meet on internal chat or hours put in is a rule of conduct (kr-visibility's business),
 * not the level of a metric, so no start value is asked for. An average or a share over
 * people ("averages at least 7 hours", "80% of the team") is a measured level and still needs one.
 */
function isConductNorm(a: TextAnalysis, q: Quantity): boolean {
  // A share ("80% of the team") or an average is a measured level, whatever it is a level of.
  if (q.relative || q.unit === 'percent' || a.words.some((w) => AVERAGING.has(w.stem))) return false;
  const kind = judgeVisibility(a)?.kind;
  // "Be in the office 3 days a week", "online between 9 and 17": a presence norm. A bound inside one
  // ("no 'away' stretch longer than an hour") is still a level to measure, as the corpus labels it.
  if (kind === 'presence') return q.bound === undefined;
  return q.unit === 'duration' && (kind === 'chat' || kind === 'hours');
}

/**
 * "Circulate the minutes within 2 days", "Publish the report within 15 days of year end": a time
 * bound on the team's own paperwork is a deadline for a deliverable, not a level to measure.
 */
function paperworkBound(a: TextAnalysis, q: Quantity, tags: Map<Token, string>): boolean {
  const before = a.words.filter((w) => w.end <= a.tokens[q.firstToken]!.start);
  // Singular ("the report") or a plural-only name ("minutes"): "bug reports" are requests from others.
  // "every vulnerability report" is a stream of items from others, not one document the team writes.
  const stream = before.some((w) => w.lower === 'every' || w.lower === 'each' || w.lower === 'all');
  return !stream && before.some((w) => PAPERWORK.has(w.stem) && (tags.get(w) === 'NN' || PLURAL_ONLY_PAPERWORK.has(w.lower)));
}

/** "deploy frequency", "release cadence": the word modifies a metric noun right after it. */
function namesMetric(a: TextAnalysis, verb: Token): boolean {
  const index = a.words.indexOf(verb);
  return index > 0 && METRIC_HEADS.has(a.words[index + 1]?.stem ?? '');
}

/**
 * "Grow the team", "grow our squads", "grow headcount": the team itself. "Grow weekly active
 * teams" counts customer accounts; a plural team word is the team's own only after our/my.
 */
function isOwnTeamWord(words: readonly Token[], i: number): boolean {
  const word = words[i]!;
  if (!TEAM_WORDS.has(word.stem)) return false;
  if (!/[^s]s$/.test(word.lower)) return true;
  return /^(our|my)$/.test(words[i - 1]?.lower ?? '');
}

function isPassive(a: TextAnalysis, verb: Token): boolean {
  const index = a.tokens.indexOf(verb);
  return /^(is|are|was|were|be|been|being)$/.test(a.tokens[index - 1]?.lower ?? '');
}

/** "30 chat messages a day": the period of a rate a few words after the counted thing. */
function ratePeriodAfter(a: TextAnalysis, q: Quantity): boolean {
  for (let i = q.lastToken + 1; i < a.tokens.length && i <= q.lastToken + 6; i++) {
    const t = a.tokens[i]!;
    if (t.kind !== 'word') return false;
    if (/^(a|an|per|every|each)$/.test(t.lower) && RATE_PERIODS.has(a.tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}
