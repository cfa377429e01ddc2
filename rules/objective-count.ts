import { defineRule } from '../src/rule-kit/index.js';

interface Options {
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
      description: 'Keep the number of objectives in one OKR file (one team, one period) small.',
      rationale:
        'A small team that chases more than a handful of objectives in a quarter has no priorities left; the default of five follows the usual OKR advice of three to five objectives and leaves room for one carried-over objective before it warns.',
      recommended: true,
      examples: {
        valid: [{ yaml: objectivesFile(3), note: 'Three objectives leave the team a clear focus.' }, { yaml: objectivesFile(5) }],
        invalid: [
          { yaml: objectivesFile(6), note: 'Six objectives for one team in one quarter.' },
          { yaml: objectivesFile(4), options: { max: 3 }, note: 'A stricter limit set in the configuration.' },
        ],
      },
    },
    messages: {
      tooMany: 'This file has {{count}} objectives for {{team}}; keep it to {{max}} or fewer so the team can focus.',
    },
    schema: {
      type: 'object',
      properties: { max: { type: 'integer', minimum: 1, description: 'The most objectives one file may hold.' } },
      additionalProperties: false,
    },
    defaultOptions: { max: 5 },
  },
  create(context) {
    const { max } = context.options;
    return {
      document(document) {
        const count = document.objectives.length;
        if (count <= max) return;
        // Reported once, at the first objective past the limit: that is where the cut would go.
        const firstExtra = document.objectives[max]!;
        const extras = document.objectives.slice(max).map((o) => `"${o.title}"`);
        context.report({
          node: firstExtra,
          messageId: 'tooMany',
          data: { count, max, team: document.team ? `team ${document.team}` : 'one team' },
          suggestion: `Keep the ${max} objectives that matter most this period; fold ${extras.join(', ')} into them as key results, or move them to a later period.`,
        });
      },
    };
  },
});
