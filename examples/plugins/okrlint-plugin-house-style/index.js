// A local okrlint plugin with one rule. Plugin rules use the same rule kit as okrlint's own
// rules. A published plugin imports it by package name:
//   import { defineRule } from 'okrlint/rule-kit';
// This one lives inside the okrlint repository, so it imports the build by a relative path
// (run `npm run build` first).
import { defineRule } from '../../../dist/src/rule-kit/index.js';

/** Where a long key result can be cut: before a clause that explains rather than measures. */
const CLAUSE_BREAK = /,|;|\s(?:so that|so|by|while|through|via|which|in order to)\s/i;

const krMaxWords = defineRule({
  name: 'kr-max-words',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Keep each key result short enough to read at a glance.',
      rationale:
        'A key result is read in planning, in check-ins and on dashboards; one that needs a paragraph usually mixes the result with the plan to reach it.',
      recommended: true,
      examples: {
        valid: [{ kr: 'Cut refund turnaround from 9 days to 3' }],
        invalid: [
          {
            kr: 'Cut refund turnaround from 9 days to 3, by rebuilding the refund form and retraining the billing desk on the new policy',
            note: 'The plan (rebuild, retrain) belongs in the team notes, not in the key result.',
          },
          { kr: 'Cut refund turnaround from 9 days to 3 days', options: { max: 6 } },
        ],
      },
    },
    messages: {
      tooLong: 'Key result has {{count}} words; keep it to {{max}} or fewer so it reads at a glance.',
    },
    schema: {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 3 } },
      additionalProperties: false,
    },
    defaultOptions: { max: 18 },
  },
  create(context) {
    const { max } = context.options;
    return {
      keyResult(keyResult) {
        const { words } = context.analyze(keyResult.title);
        if (words.length <= max) return;
        context.report({
          node: keyResult,
          messageId: 'tooLong',
          data: { count: words.length, max },
          suggestion: `Keep the result and move the rest to a note: "${shorten(keyResult.title, words, max)}".`,
        });
      },
    };
  },
});

/** The key result up to its first explanatory clause, or its first `max` words. */
function shorten(title, words, max) {
  const cut = CLAUSE_BREAK.exec(title);
  const head = cut ? title.slice(0, cut.index).trim() : '';
  if (head && head.split(/\s+/).length <= max) return head;
  const last = words[max - 1];
  return `${title.slice(0, last.end).trim()} …`;
}

export default {
  rules: { 'kr-max-words': krMaxWords },
  configs: {
    recommended: { rules: { 'house-style/kr-max-words': 'warn' } },
  },
};
