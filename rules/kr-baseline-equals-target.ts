import { comparableValue, defineRule, quantityOfValue, quoteAround, quoteText, sameScale } from '../src/rule-kit/index.js';

type Options = Record<string, never>;

export default defineRule<Options>({
  name: 'kr-baseline-equals-target',
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: 'Flag key results whose start value equals their target.',
      rationale:
        'A key result that starts where it ends asks for no change: it is either a copy-paste slip or a level to hold, which is better written as kind: maintain so graders read it that way.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Raise weekly active teams from 1,200 to 1,500' },
          { kr: { title: 'Raise activation', baseline: '40%', target: '55%' } },
          { kr: { title: 'Hold checkout availability at 99.9%', kind: 'maintain', baseline: '99.9%', target: '99.9%' }, note: 'Holding a level is the point of a maintain key result.' },
        ],
        invalid: [
          { kr: 'Lift trial conversion from 9% to 9%' },
          { kr: { title: 'Grow paid seats', baseline: 1800, target: '1,800' } },
          { kr: { title: 'Cut first response time', baseline: '2 h', target: '120 min' } },
        ],
      },
    },
    messages: {
      range: 'The key result goes from {{from}} to {{to}}: the start and the target are the same, so it asks for no change.',
      fields: 'baseline {{from}} equals target {{to}}, so the key result asks for no change.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  create(context) {
    return {
      keyResult(kr) {
        if (kr.kind === 'maintain') return;
        const a = context.analyze(kr.title);
        const text = kr.title.trim();
        if (a.range && sameScale(a.range.from, a.range.to) && comparableValue(a.range.from) === comparableValue(a.range.to)) {
          const { from, to } = a.range;
          context.report({
            node: kr,
            messageId: 'range',
            data: { from: from.raw, to: to.raw },
            suggestion: `Set the target you want to reach: "${quoteAround(`${text.slice(0, to.start)}<target other than ${from.raw}>${text.slice(to.end)}`, to.start)}", or mark it "kind: maintain" if holding ${from.raw} is the goal`,
          });
          return;
        }
        if (kr.form !== 'mapping') return;
        const from = quantityOfValue(kr.baseline, context.analyze);
        const to = quantityOfValue(kr.target, context.analyze);
        if (from && to && sameScale(from, to) && comparableValue(from) === comparableValue(to)) {
          context.report({
            node: kr,
            field: 'target',
            messageId: 'fields',
            data: { from: String(kr.baseline), to: String(kr.target) },
            suggestion: `Set target to the level "${quoteText(text)}" should reach (not ${from.raw}), or add "kind: maintain" if holding ${from.raw} is the goal`,
          });
        }
      },
    };
  },
});
