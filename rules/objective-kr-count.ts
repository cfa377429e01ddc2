import { defineRule } from '../src/rule-kit/index.js';

interface Options {
  min: number;
  max: number;
}

export default defineRule<Options>({
  name: 'objective-kr-count',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Keep between 3 and 5 key results on each objective.',
      rationale:
        'Fewer than three key results rarely captures the change an objective wants; more than five spreads a small team thin and hides what matters.',
      recommended: true,
      examples: {
        valid: [{ krs: ['Raise trial-to-paid conversion from 8% to 11%', 'Cut time to first value from 9 days to 4', 'Grow weekly active teams from 1,200 to 1,500'] }],
        invalid: [
          { krs: ['Raise trial-to-paid conversion from 8% to 11%'], note: 'One key result cannot show a change from several sides.' },
          { krs: ['Lift NPS from 31 to 40', 'Cut churn from 3% to 2%', 'Grow ARR from $2M to $2.6M', 'Cut tickets per account from 4 to 3', 'Raise activation from 40% to 55%', 'Reduce refunds from 2% to 1%'], note: 'Six key results dilute focus.' },
          { krs: ['Raise activation from 40% to 55%', 'Cut churn from 3% to 2%'], options: { min: 3, max: 4 } },
        ],
      },
    },
    messages: {
      tooFew: 'Objective has {{keyResults}}; aim for at least {{min}}.',
      tooMany: 'Objective has {{keyResults}}; keep it to {{max}} or fewer.',
    },
    schema: {
      type: 'object',
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { min: 3, max: 5 },
    validateOptions: ({ min, max }) => (min > max ? `min (${min}) is larger than max (${max}); no objective could pass. Make min at most max.` : undefined),
  },
  create(context) {
    const { min, max } = context.options;
    return {
      objective(objective) {
        const count = objective.keyResults.length;
        if (count < min) {
          context.report({
            node: objective,
            messageId: 'tooFew',
            data: { keyResults: keyResultCount(count), min },
            suggestion: `Add ${keyResultCount(min - count, 'more ')} showing the change from other sides, e.g. a quality or adoption metric beside the main one.`,
          });
        } else if (count > max) {
          context.report({
            node: objective,
            messageId: 'tooMany',
            data: { keyResults: keyResultCount(count), max },
            suggestion: `Keep the ${keyResultCount(max)} that show the change best; move the other ${count - max} to a health metric or another objective.`,
          });
        }
      },
    };
  },
});

/** "1 key result", "3 key results" (with an optional word before the noun: "2 more key results"). */
function keyResultCount(count: number, before = ''): string {
  return `${count} ${before}key result${count === 1 ? '' : 's'}`;
}
