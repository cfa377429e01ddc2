import { defineRule, nameMatcher, type Objective } from '../src/rule-kit/index.js';

const COMPANY_AND_TEAM = `period: 2027-Q1
team: Growth
objectives:
  - id: growth-activation
    title: Get new teams to their first shared dashboard in their first week
    key_results:
      - Raise first-week activation from 31% to 45%
      - Cut median time to first dashboard from 6 days to 2
      - Lift week-4 retention of new teams from 58% to 66%
  - id: growth-referrals
    title: Turn happy teams into our main source of new sign-ups
    aligns_to: growth-activation
    key_results:
      - Raise the share of sign-ups from referrals from 12% to 20%
      - Grow invites sent per active team from 1.4 to 2.2 a month
      - Lift invite acceptance from 38% to 50%
`;

export default defineRule<Record<string, never>>({
  name: 'objective-unaligned',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: 'Make every aligns_to name the id of an objective that exists in the linted files.',
      rationale:
        'Alignment is how each team can explain which company goal its work moves; an aligns_to that points at a renamed, deleted or mistyped objective breaks that chain silently.',
      recommended: true,
      examples: {
        valid: [{ yaml: COMPANY_AND_TEAM, note: 'growth-activation exists in the same file.' }],
        invalid: [{ yaml: COMPANY_AND_TEAM.replace('aligns_to: growth-activation', 'aligns_to: growth-activaton'), note: 'A typo: no objective has this id.' }],
      },
    },
    messages: {
      unknown: 'aligns_to names "{{target}}", but no objective in the linted files has that id.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  create(context) {
    return {
      // A project pass: the objective aligned to usually lives in another team's file.
      project(documents) {
        const known = new Map<string, Objective>();
        for (const document of documents) {
          for (const objective of document.objectives) if (objective.id) known.set(objective.id.trim(), objective);
        }
        // Ids indexed once; suggestions memoised per distinct unknown target (linear in objectives).
        const closest = nameMatcher(known.keys());
        for (const document of documents) {
          for (const objective of document.objectives) {
            for (const target of objective.alignsTo) {
              if (known.has(target.trim())) continue;
              context.report({
                node: objective,
                field: 'aligns_to',
                messageId: 'unknown',
                data: { target },
                suggestion: suggestion(target, closest(target)),
              });
            }
          }
        }
      },
    };
  },
});

function suggestion(target: string, close: string | undefined): string {
  if (close) return `Did you mean "${close}"? Write aligns_to: ${close}.`;
  return `Point aligns_to at the id of an existing objective, or lint the file that defines "${target}" in the same run (e.g. okrlint "**/*.okr.yaml").`;
}
