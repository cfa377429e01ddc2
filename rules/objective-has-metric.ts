import { defineRule, describeTarget, perAnalysis, type Quantity, type TextAnalysis } from '../src/rule-kit/index.js';

/** Words that end the metric phrase after a number ("3 enterprise logos | in 2027"). */
const PHRASE_BREAKS = new Set(['in', 'by', 'for', 'on', 'at', 'across', 'within', 'while', 'and', 'to', 'from', 'with', 'before', 'after', 'this', 'next', 'per', 'a', 'an', 'the', 'of', 'so', 'that']);

export default defineRule<Record<string, never>>({
  name: 'objective-has-metric',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Keep numbers out of objectives: an objective states the change in words, its key results carry the numbers.',
      rationale:
        'An objective with a target in it is a key result in disguise: it fixes one metric as the whole goal, leaves the key results nothing to add, and stops the team asking which change the number stands for. Years, dates and names such as "ISO 27001" are not metrics and pass.',
      recommended: true,
      examples: {
        valid: [
          { objective: 'Be the place engineers most want to work in 2027', note: 'A year is a date, not a metric.' },
          { objective: 'Pass the ISO 27001 audit without slowing delivery', note: 'An identifier, not a metric.' },
        ],
        invalid: [
          { objective: 'Win 3 enterprise logos in 2027', note: 'Three logos is the key result.' },
          { objective: 'Reach 95% customer satisfaction', note: 'A target level written as the objective.' },
        ],
      },
    },
    messages: {
      metric: 'Objective carries a metric ({{quantity}}); say the change in words and move the number into a key result.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  create(context) {
    return {
      objective(objective) {
        const finding = findings(context.analyze(objective.title), context.options, judge);
        if (finding) context.report({ node: objective, messageId: 'metric', ...finding });
      },
    };
  },
});

type Finding = { data: { quantity: string }; suggestion: string };

/** The verdict per title: objective titles repeat across files. */
const findings = perAnalysis<Finding | undefined>();

function judge(analysis: TextAnalysis): Finding | undefined {
  const metric = analysis.quantities.find((q) => !isFigureOfSpeech(analysis, q));
  if (!metric) return undefined;
  const phrase = metricPhrase(analysis, metric);
  // Only a recognised metric phrase makes a key result; otherwise a clear generic shape.
  const keyResult = phrase
    ? `a key result such as "${keyResultFor(analysis, metric, phrase)}"`
    : `a key result that names the measure behind it, e.g. "<verb> <metric> from <current value> to ${metric.raw}"`;
  return {
    data: { quantity: metric.unit === 'multiple' ? changeName(metric) : metric.raw },
    suggestion: `Say in the objective what ${metric.unit === 'multiple' ? changeName(metric) : `reaching ${metric.raw}`} would change for customers or the business, and move the number into ${keyResult}.`,
  };
}

/** "one place", "double down", "second half", "24/7": numbers that measure nothing. */
function isFigureOfSpeech(analysis: TextAnalysis, q: Quantity): boolean {
  const raw = q.raw.toLowerCase();
  if (q.unit === 'count' && q.value === 1 && /^[a-z]+$/.test(raw)) return true;
  if (raw === '24/7' || raw === '24x7') return true;
  // "cut churn by half" and "in half" measure; "the second half" is a date.
  if (raw === 'half') {
    const previous = analysis.words.filter((w) => w.end <= q.start).at(-1)?.lower;
    return previous !== 'by' && previous !== 'in';
  }
  if (raw === 'double' || raw === 'triple') {
    const next = analysis.tokens.find((t) => t.start >= q.end);
    return next?.lower === 'down' || next?.lower === 'check';
  }
  return isReference(analysis, q);
}

/** Determiners that point at a set or a span already known: "the three pilot agencies", "their first two weeks". */
const KNOWN_SET = new Set(['the', 'these', 'those', 'our', 'their', 'its', 'your', 'my', 'first', 'last', 'next', 'initial', 'opening']);

/**
 * "Bring the three pilot agencies onto the portal", "in their first two weeks": a count or a
 * span after a determiner names which things or which time, not a level to reach.
 */
function isReference(analysis: TextAnalysis, q: Quantity): boolean {
  if (q.unit !== 'count' && q.unit !== 'duration') return false;
  const previous = analysis.tokens[q.firstToken - 1];
  return previous?.kind === 'word' && KNOWN_SET.has(previous.lower);
}

const MULTIPLE_NAMES: Record<number, string> = { 2: 'doubling', 3: 'tripling', 4: 'quadrupling', 0.5: 'halving' };

/** "Double" -> "doubling", "5x" -> "a 5x change". */
function changeName(q: Quantity): string {
  return MULTIPLE_NAMES[q.value] ?? `a ${q.value}x change`;
}

const DOWN_VERBS = new Set(['cut', 'reduce', 'lower', 'decrease', 'halve', 'shrink', 'drop', 'shorten', 'trim']);
const THRESHOLD_WORDS = new Set(['under', 'below', 'above', 'over', 'within', 'least', 'than']);

/** "Grow ARR to $5M" -> "Raise ARR from <current value> to $5M"; multiples keep their factor. */
function keyResultFor(analysis: TextAnalysis, q: Quantity, phrase: string): string {
  const first = analysis.words[0]?.lower ?? '';
  if (q.unit === 'multiple') return `${DOWN_VERBS.has(first) ? 'Cut' : 'Raise'} ${phrase} from <current value> to ${q.value} times that value`;
  const previous = analysis.words.filter((w) => w.end <= q.start).at(-1);
  const bound = previous && THRESHOLD_WORDS.has(previous.lower) ? `${previous.lower === 'least' ? 'at least' : previous.lower} ` : '';
  const verb = DOWN_VERBS.has(first) || /^(under|below|within) $/.test(bound) ? 'Cut' : 'Raise';
  return `${verb} ${phrase} from <current value> to ${bound}${q.raw}`;
}

/** The words the number counts: those after it up to a preposition, else the metric named before it, else nothing. */
function metricPhrase(analysis: TextAnalysis, q: Quantity): string | undefined {
  const after: string[] = [];
  for (const token of analysis.tokens) {
    if (token.start < q.end) continue;
    if (token.kind !== 'word' || PHRASE_BREAKS.has(token.lower) || after.length === 4) break;
    after.push(token.text);
  }
  if (after.length > 0) return after.join(' ');
  // "Grow ARR to $5M": the metric sits between the verb and the number, when it reads as one phrase.
  return describeTarget(analysis, q).metric;
}
