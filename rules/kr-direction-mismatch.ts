import { comparableValue, defineRule, quantityOfValue, quoteAround, sameScale, stemsOf, verbDirection, type Quantity, type TextAnalysis } from '../src/rule-kit/index.js';

interface Options {
  /** Also compare a mapping's baseline and target with the title's verb. */
  checkFields: boolean;
}

/** The verb that says the opposite, for the rewrite. */
const OPPOSITES: Record<string, string> = {
  increase: 'Reduce', raise: 'Lower', grow: 'Shrink', lift: 'Lower', boost: 'Reduce', expand: 'Shrink', double: 'Halve',
  reduce: 'Increase', decrease: 'Increase', cut: 'Raise', lower: 'Raise', shrink: 'Grow', halve: 'Double', drop: 'Raise',
  minimise: 'Maximise', minimize: 'Maximize', maximise: 'Minimise', maximize: 'Minimize', accelerate: 'Slow',
};
const OPPOSITE_STEMS = new Map([...Object.entries(OPPOSITES)].map(([verb, opposite]) => [[...stemsOf([verb])][0]!, opposite]));

export default defineRule<Options>({
  name: 'kr-direction-mismatch',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: 'Flag key results whose verb and numbers point in opposite directions.',
      rationale:
        '"Reduce incidents from 4 to 6" cannot be graded: either the verb or the numbers are wrong, and whoever scores it at quarter end will guess. Usually it is a typo or a swapped baseline and target.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Reduce escaped defects from 14 to 6 per release' },
          { kr: 'Raise weekly active teams from 1,200 to 1,500' },
          { kr: 'Cut time to first response from 4 h to 90 min', note: 'Units are compared on one scale.' },
          { kr: { title: 'Lower monthly cloud spend', baseline: '$48k', target: '$40k' } },
          { kr: { title: 'Raise the share of invoices paid on time', current: '120', target: '80' }, note: 'A current value past the target is progress; only a baseline sets the direction.' },
        ],
        invalid: [
          { kr: 'Reduce incidents from 4 to 6' },
          { kr: 'Increase trial conversion from 12% to 9%' },
          { kr: { title: 'Cut average handling time', baseline: '6 min', target: '8 min' } },
        ],
      },
    },
    messages: {
      range: '"{{verb}}" says the metric should go {{direction}}, but the numbers go from {{from}} to {{to}}.',
      fields: '"{{verb}}" says the metric should go {{direction}}, but baseline {{from}} and target {{to}} go the other way.',
    },
    schema: {
      type: 'object',
      properties: { checkFields: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { checkFields: true },
  },
  create(context) {
    return {
      keyResult(kr) {
        const a = context.analyze(kr.title);
        const direction = verbDirection(a);
        if (!direction) return;
        const verb = a.words.slice(0, 3).find((w) => OPPOSITE_STEMS.has(w.stem));
        const verbText = verb?.text ?? a.words[0]!.text;
        if (a.range && contradicts(direction, a.range.from, a.range.to)) {
          const { from, to } = a.range;
          context.report({
            node: kr,
            messageId: 'range',
            data: { verb: verbText, direction, from: from.raw, to: to.raw },
            suggestion: `Either "${quoteAround(swapVerb(a, verb), verb?.start ?? 0)}" or "${quoteAround(swapNumbers(a.text, from, to), from.start)}"`,
          });
          return;
        }
        if (!context.options.checkFields || kr.form !== 'mapping') return;
        // Only the baseline is a start: a current value past the target is progress, not a swapped pair.
        const from = quantityOfValue(kr.baseline, context.analyze);
        const to = quantityOfValue(kr.target, context.analyze);
        if (from && to && contradicts(direction, from, to)) {
          context.report({
            node: kr,
            field: 'target',
            messageId: 'fields',
            data: { verb: verbText, direction, from: from.raw, to: to.raw },
            suggestion: `Either swap the values (baseline: ${to.raw}, target: ${from.raw}) or say "${quoteAround(swapVerb(a, verb), verb?.start ?? 0)}"`,
          });
        }
      },
    };
  },
});

function contradicts(direction: 'up' | 'down', from: Quantity, to: Quantity): boolean {
  if (!sameScale(from, to) || from.unit === 'multiple' || to.unit === 'multiple') return false;
  const start = comparableValue(from);
  const end = comparableValue(to);
  return direction === 'up' ? end < start : end > start;
}

function swapVerb(a: TextAnalysis, verb: { text: string; stem: string; start: number; end: number } | undefined): string {
  const text = a.text.trim();
  if (!verb) return text;
  const opposite = OPPOSITE_STEMS.get(verb.stem)!;
  const word = verb.text[0] === verb.text[0]!.toUpperCase() ? opposite : opposite.toLowerCase();
  return `${text.slice(0, verb.start)}${word}${text.slice(verb.end)}`;
}

function swapNumbers(text: string, from: Quantity, to: Quantity): string {
  return `${text.slice(0, from.start)}${to.raw}${text.slice(from.end, to.start)}${from.raw}${text.slice(to.end)}`.trim();
}
