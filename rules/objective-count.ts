import { defineRule } from '../src/rule-kit/index.js';

interface Options {
  min: number;
  max: number;
}

/** Builds a file with `count` clear objectives, each with three measured key results. */
function objectivesFile(count: number): string {
  const objectives = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    return `  - id: area-${n}\n    title: Make product area ${n} the first choice for new teams\n    key_results:\n      - Raise area ${n} weekly active teams from ${100 + n} to ${150 + n}\n      - Cut area ${n} setup time from ${20 + n} to ${10 + n} minutes\n      - Lift area ${n} CSAT from 3.${n} to 4.${n}\n`;
  });
  return `period: 2027-Q1\nteam: Platform\nobjectives:\n${objectives.join('')}`;
}

export default defineRule<Options>({
  name: 'objective-count',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Keep the number of objectives in one OKR file (one team, one period) small, and not zero.',
      rationale:
        'A small team that chases more than a handful of objectives in a quarter has no priorities left; the default of five follows the usual OKR advice of three to five objectives and leaves room for one carried-over objective before it warns. A file with no objectives at all is usually a template left unfilled or a list emptied by mistake.',
      recommended: true,
      examples: {
        valid: [{ yaml: objectivesFile(3), note: 'Three objectives leave the team a clear focus.' }, { yaml: objectivesFile(5) }],
        invalid: [
          { yaml: objectivesFile(6), note: 'Six objectives for one team in one quarter.' },
          { yaml: objectivesFile(4), options: { max: 3 }, note: 'A stricter limit set in the configuration.' },
          { yaml: 'period: 2027-Q1\nteam: Platform\nobjectives: []\n', note: 'An empty list: nothing for the team to aim at.' },
        ],
      },
    },
    messages: {
      tooMany: 'This file has {{count}} objectives for {{team}}; keep it to {{max}} or fewer so the team can focus.',
      tooFew: 'This file has {{count}} for {{team}}; give it at least {{min}}.',
    },
    schema: {
      type: 'object',
      properties: {
        min: { type: 'integer', minimum: 0, description: 'The fewest objectives one file may hold (0 allows an empty list).' },
        max: { type: 'integer', minimum: 1, description: 'The most objectives one file may hold.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { min: 1, max: 5 },
    validateOptions: ({ min, max }) => (min > max ? `min (${min}) is larger than max (${max}); no file could pass. Make min at most max.` : undefined),
  },
  create(context) {
    const { min, max } = context.options;
    return {
      document(document) {
        const count = document.objectives.length;
        const team = document.team ? `team ${document.team}` : 'one team';
        if (count < min) {
          context.report({
            node: document,
            field: 'objectives',
            messageId: 'tooFew',
            data: { count: count === 0 ? 'no objectives' : count === 1 ? 'one objective' : `${count} objectives`, team, min },
            suggestion: 'Write the one to five changes the team most wants this period as objectives, each with key results, or delete the file if the team has none.',
          });
          return;
        }
        if (count <= max) return;
        // Reported once, at the first objective past the limit: that is where the cut would go.
        const firstExtra = document.objectives[max]!;
        const extras = document.objectives.slice(max).map((o) => `"${o.title}"`);
        context.report({
          node: firstExtra,
          messageId: 'tooMany',
          data: { count, max, team },
          suggestion: `Keep the ${max} objectives that matter most this period; fold ${extras.join(', ')} into them as key results, or move them to a later period.`,
        });
      },
    };
  },
});
