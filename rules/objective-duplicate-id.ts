import { defineRule, type Objective } from '../src/rule-kit/index.js';

const FILE_WITH_REPEATED_ID = `period: 2027-Q1
team: Support
objectives:
  - id: support-self-service
    title: Make self-service the first stop for routine questions
    key_results:
      - Raise self-service resolution from 35% to 55%
      - Cut repeat contacts on solved topics from 18% to 10%
      - Lift help-centre CSAT from 3.6 to 4.2
  - id: support-self-service
    title: Resolve urgent account problems within the customer's working day
    key_results:
      - Cut median resolution time of urgent tickets from 11 h to 5 h
      - Raise same-day resolution of urgent tickets from 52% to 80%
      - Keep reopen rate of urgent tickets from rising above 6% (now 5%)
`;

export default defineRule<Record<string, never>>({
  name: 'objective-duplicate-id',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: 'Give every objective an id that no other objective in the repository uses.',
      rationale:
        'Objective ids are how other teams align to an objective (aligns_to) and how check-ins and grades refer to it; an id used twice makes every such reference ambiguous.',
      recommended: true,
      examples: {
        valid: [{ yaml: FILE_WITH_REPEATED_ID.replace(/(\n {2}- id: )support-self-service(\n {4}title: Resolve)/, '$1support-urgent-accounts$2') }],
        invalid: [{ yaml: FILE_WITH_REPEATED_ID, note: 'The second objective reuses the first one\'s id.' }],
      },
    },
    messages: {
      duplicate: 'Objective id "{{id}}" is already used by "{{firstTitle}}" ({{where}}); ids must be unique across the repository.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  create(context) {
    const where = (first: Objective, duplicate: Objective): string => {
      const position = context.locate?.(first, 'id');
      const line = position ? `line ${position.line}` : `objective ${first.index + 1}`;
      if (first.document.filePath === duplicate.document.filePath) return `${line} of this file`;
      // Shown as the report shows file names: relative to where okrlint runs.
      return `${context.displayPath?.(first.document.filePath) ?? first.document.filePath}, ${line}`;
    };
    return {
      // A project pass: ids must be unique across every linted file, not just within one.
      project(documents) {
        const firstById = new Map<string, Objective>();
        for (const document of documents) {
          for (const objective of document.objectives) {
            const id = objective.id?.trim();
            if (!id) continue;
            const first = firstById.get(id);
            if (!first) {
              firstById.set(id, objective);
              continue;
            }
            context.report({
              node: objective,
              field: 'id',
              messageId: 'duplicate',
              data: { id, firstTitle: first.title, where: where(first, objective) },
              suggestion: `Rename this id to one that names this objective, e.g. "${suggestId(objective, document.team)}", and update any aligns_to that meant it.`,
            });
          }
        }
      },
    };
  },
});

/** A readable id from the team and the objective's first content words. */
function suggestId(objective: Objective, team: string | undefined): string {
  const prefix = team ? team.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : 'objective';
  const prefixWords = prefix.split('-');
  const words = objective.title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3 && !prefixWords.includes(w))
    .slice(0, 3);
  return [prefix, ...words].join('-');
}
