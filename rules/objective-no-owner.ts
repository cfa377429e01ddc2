import { defineRule } from '../src/rule-kit/index.js';

interface Options {
  /** Count the file's owner as the owner of its objectives. */
  inheritFromFile: boolean;
}

const file = (fileOwner: string, objectiveOwner: string) =>
  `period: 2027-Q1\nteam: Billing\n${fileOwner}objectives:\n  - id: billing-failed-payments\n    title: Stop losing customers to failed card payments\n${objectiveOwner}    key_results:\n      - Recover 40% of failed payments, up from 22%\n      - Cut involuntary churn from 1.8% to 1.1% a month\n      - Lift card-update completion from 30% to 50%\n`;

export default defineRule<Options>({
  name: 'objective-no-owner',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Name the person accountable for each objective, on the objective or as the owner of its file.',
      rationale:
        'An objective needs one person who answers for it at the quarterly review. A file-level owner (one team lead for one team\'s OKRs) counts by default, since that is how most small teams work; set inheritFromFile to false to ask for an owner on every objective.',
      recommended: false,
      strict: true,
      examples: {
        valid: [
          { yaml: file('', '    owner: Amara\n') },
          { yaml: file('owner: Amara\n', ''), note: 'The file owner owns its objectives.' },
        ],
        invalid: [
          { yaml: file('', ''), note: 'Neither the objective nor the file names an owner.' },
          { yaml: file('owner: Amara\n', ''), options: { inheritFromFile: false }, note: 'Each objective must name its own owner.' },
        ],
      },
    },
    messages: {
      missing: 'Objective "{{title}}" names no owner{{where}}.',
    },
    schema: {
      type: 'object',
      properties: { inheritFromFile: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { inheritFromFile: true },
  },
  create(context) {
    const { inheritFromFile } = context.options;
    return {
      objective(objective) {
        if (objective.owner?.trim()) return;
        if (inheritFromFile && objective.document.owner?.trim()) return;
        context.report({
          node: objective,
          messageId: 'missing',
          data: { title: objective.title, where: inheritFromFile ? ', and neither does its file' : '' },
          suggestion: inheritFromFile
            ? `Add owner: <the accountable person> under "${objective.title}", or owner: at the top of the file if one person owns all its objectives.`
            : `Add owner: <the accountable person> under "${objective.title}".`,
        });
      },
    };
  },
});
