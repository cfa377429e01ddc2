import { analysisContent, compareStatements, defineRule, quoteText, statementContent, type KeyResult, type StatementContent } from '../src/rule-kit/index.js';

interface Options {
  /** Share of content words two key results must have in common (0..1) to count as the same. */
  threshold: number;
}

export default defineRule<Options>({
  name: 'kr-duplicate',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Flag two key results in one file that say nearly the same thing.',
      rationale:
        'Two key results on the same metric double-count one change and leave a side of the objective unmeasured; in a shared file they are often a copy-paste that was meant to be edited.',
      recommended: true,
      examples: {
        valid: [
          { krs: ['Cut p95 search latency from 900 ms to 400 ms', 'Cut p95 checkout latency from 900 ms to 400 ms', 'Raise search success rate from 61% to 70%'], note: 'Same numbers, different metrics.' },
          { krs: ['Raise NPS from 28 to 36', 'Cut NPS detractors from 30% to 22%', 'Grow referrals from promoters from 40 to 70 a month'] },
        ],
        invalid: [
          { krs: ['Reduce monthly churn from 3.1% to 2.4%', 'Cut the monthly churn rate from 3.1 percent to 2.4 percent', 'Raise expansion revenue from $40k to $55k'], note: 'Other verb, same metric and numbers.' },
          { krs: ['Grow self-serve sign-ups from 400 to 600 a month', 'Raise product-qualified leads from 90 to 140', 'Grow self-serve signups from 400 to 650 per month'], note: 'The same metric with a different target.' },
        ],
      },
    },
    messages: {
      duplicate: 'Key result says nearly the same as "{{first}}" ({{where}}).',
    },
    schema: {
      type: 'object',
      properties: { threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { threshold: 0.8 },
  },
  create(context) {
    const { threshold } = context.options;
    let seen: { keyResult: KeyResult; content: StatementContent }[] = [];

    /** Same direction and nearly the same words; or, with the very same numbers, one statement's words within the other's ("churn" / "monthly churn"). */
    const isDuplicate = (a: StatementContent, b: StatementContent): boolean => {
      // Checked before the word comparison it would discard: most pairs push different ways.
      if (a.direction !== b.direction) return false;
      const comparison = compareStatements(a, b);
      if (!comparison.sameDirection) return false;
      // Different numbers and a qualifier on each side ("urgent ... 30 min" / "high-priority ... 4 h") are two segments, not one metric twice.
      if (comparison.bothNumbered && !comparison.sameNumbers && !comparison.contained) return false;
      if (comparison.wordSimilarity >= threshold) return true;
      return comparison.sameNumbers && comparison.contained && comparison.wordSimilarity >= 0.5;
    };

    const where = (first: KeyResult, second: KeyResult): string => {
      const position = context.locate?.(first);
      const place = position ? `line ${position.line}` : `key result ${first.index + 1}`;
      return first.objective === second.objective ? place : `${place}, under "${quoteText(first.objective.title)}"`;
    };

    /** A very long title is analysed only in part: its whole text is read here. */
    const contentOf = (title: string): Readonly<StatementContent> => {
      const analysis = context.analyze(title);
      return analysis.truncated ? statementContent(title) : analysisContent(analysis);
    };

    return {
      document() {
        seen = [];
      },
      keyResult(keyResult) {
        // Derived from the title's analysis, which the other rules share.
        const content = contentOf(keyResult.title);
        if (content.words.length === 0) return;
        const first = seen.find((s) => isDuplicate(s.content, content));
        seen.push({ keyResult, content });
        if (!first) return;
        context.report({
          node: keyResult,
          messageId: 'duplicate',
          data: { first: quoteText(first.keyResult.title), where: where(first.keyResult, keyResult) },
          suggestion: `Keep one of the two; replace "${quoteText(keyResult.title)}" with a key result that shows the objective from another side, e.g. a quality or adoption metric.`,
        });
      },
    };
  },
});
