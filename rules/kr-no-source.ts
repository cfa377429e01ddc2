import { defineRule, quoteText, type KeyResult } from '../src/rule-kit/index.js';

type KeyResultKind = NonNullable<KeyResult['kind']>;

interface Options {
  /** Key result kinds that carry no number and so need no data source. */
  ignoreKinds: KeyResultKind[];
}

export default defineRule<Options>({
  name: 'kr-no-source',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Name the system each key result number comes from in a source field.',
      rationale:
        'A key result is only as good as its measurement: naming the source (a dashboard, a query, a tool) lets anyone check progress from system data instead of from whoever reports it, which is what remote teams need to trust the numbers.',
      recommended: false,
      strict: true,
      examples: {
        valid: [
          { krs: [{ title: 'Raise self-service resolution from 35% to 55%', source: 'Help-centre analytics' }, { title: 'Cut repeat contacts from 18% to 10%', source: 'Ticketing system report' }] },
          { krs: [{ title: 'Publish the public status page', kind: 'milestone' }, { title: 'Cut repeat contacts from 18% to 10%', source: 'Ticketing system report' }], note: 'A milestone has no number to source.' },
        ],
        invalid: [
          { krs: [{ title: 'Raise self-service resolution from 35% to 55%' }], note: 'No source field.' },
          { krs: ['Cut repeat contacts from 18% to 10%'], note: 'A plain-text key result has nowhere to name its source.' },
        ],
      },
    },
    messages: {
      missing: 'Key result names no source: say which system the number comes from.',
      plainText: 'Key result is plain text, so it cannot name the system its number comes from.',
    },
    schema: {
      type: 'object',
      properties: { ignoreKinds: { type: 'array', items: { enum: ['metric', 'milestone', 'maintain', 'leading'] }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { ignoreKinds: ['milestone'] },
  },
  create(context) {
    const ignored = new Set(context.options.ignoreKinds);
    return {
      keyResult(keyResult) {
        if (keyResult.form === 'text') {
          context.report({
            node: keyResult,
            messageId: 'plainText',
            suggestion: `Write it as a mapping: - title: "${quoteText(keyResult.title)}" with source: <dashboard, query or tool that measures it>.`,
          });
          return;
        }
        if (keyResult.source?.trim() || (keyResult.kind && ignored.has(keyResult.kind))) return;
        context.report({
          node: keyResult,
          messageId: 'missing',
          suggestion: `Add source: <dashboard, query or tool> under "${quoteText(keyResult.title)}", naming where its value is read from.`,
        });
      },
    };
  },
});
