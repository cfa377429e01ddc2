import { defineRule, quoteText } from '../src/rule-kit/index.js';

interface Options {
  /** Count the objective's owner as the owner of its key results. */
  inheritFromObjective: boolean;
}

export default defineRule<Options>({
  name: 'kr-no-owner',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Name one person who drives each key result in an owner field.',
      rationale:
        'A key result everyone shares is one nobody checks in on; a named owner gives each weekly check-in a voice. By default the key result must name its own owner, because an objective owner who owns every key result is the same as none (inheritFromObjective relaxes this).',
      recommended: false,
      strict: true,
      examples: {
        valid: [
          { krs: [{ title: 'Raise self-service resolution from 35% to 55%', owner: 'Priya' }, { title: 'Cut repeat contacts from 18% to 10%', owner: 'Tomás' }] },
          { yaml: 'period: 2027-Q1\nteam: Support\nobjectives:\n  - id: s1\n    title: Make self-service the first stop for routine questions\n    owner: Priya\n    key_results:\n      - title: Raise self-service resolution from 35% to 55%\n', options: { inheritFromObjective: true }, note: 'The objective owner counts when the option allows it.' },
        ],
        invalid: [
          { krs: [{ title: 'Raise self-service resolution from 35% to 55%' }], note: 'No owner field.' },
          { krs: ['Cut repeat contacts from 18% to 10%'], note: 'A plain-text key result has nowhere to name its owner.' },
        ],
      },
    },
    messages: {
      missing: 'Key result names no owner: say who drives it and reports on it each week.',
      plainText: 'Key result is plain text, so it cannot name an owner.',
    },
    schema: {
      type: 'object',
      properties: { inheritFromObjective: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { inheritFromObjective: false },
  },
  create(context) {
    const { inheritFromObjective } = context.options;
    return {
      keyResult(keyResult) {
        if (keyResult.owner?.trim()) return;
        if (inheritFromObjective && keyResult.objective.owner?.trim()) return;
        const plain = keyResult.form === 'text';
        context.report({
          node: keyResult,
          messageId: plain ? 'plainText' : 'missing',
          suggestion: plain
            ? `Write it as a mapping: - title: "${quoteText(keyResult.title)}" with owner: <the person who drives it>.`
            : `Add owner: <the person who drives it> under "${quoteText(keyResult.title)}".`,
        });
      },
    };
  },
});
