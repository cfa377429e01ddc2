import { defineRule, mayHoldPlaceholder, perAnalysis, placeholderRole, quoteAround, quoteText, tokenize, type KeyResult, type TextAnalysis } from '../src/rule-kit/index.js';

interface Options {
  /** Extra words that stand in for a value ("FIXME", "TK"). */
  words: string[];
  /** Mapping fields to check besides the title. */
  fields: string[];
}

const FIELD_NAMES = ['baseline', 'target', 'current', 'owner', 'source', 'unit', 'due'] as const;
type Field = (typeof FIELD_NAMES)[number];
/** The placeholders of a title, per text and options: key results repeat across files. */
const titleVerdicts = perAnalysis<{ raw: string; what: string }[]>();
/** A whole field value that was never filled in: "TBD", "???", "-", "(owner)", "<name>". */
const EMPTY_VALUES = /^(tbd|tbc|tba|n\/?a|todo|x+|n+|\?+|-+|…|\.\.\.|\(.*\)|\[.*\]|<.*>|\{\{.*\}\})$/i;

export default defineRule<Options>({
  name: 'kr-placeholder',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: 'Flag placeholders such as TBD, X%, $N, ??? or (owner) left in a key result.',
      rationale:
        'A placeholder means the key result was drafted and never finished: nobody agreed the number or the owner, so it cannot be graded or acted on. Fill it in before the quarter starts.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Raise trial-to-paid conversion from 8% to 11%' },
          { kr: { title: 'Cut p95 checkout latency from 900 ms to 400 ms', owner: 'Priya', source: 'Grafana checkout board' } },
          { kr: 'Launch the Model X dashboard for fleet customers', note: 'A product name, not a placeholder.' },
        ],
        invalid: [
          { kr: 'Raise activation to X% of new workspaces' },
          { kr: 'Grow partner-sourced pipeline to $N' },
          { kr: 'Cut onboarding time to ??? days' },
          { kr: 'Lift repeat purchases from TBD to 30%', note: 'Named as the start value; kr-missing-baseline leaves it to this rule.' },
          { kr: { title: 'Lift weekly retention from 31% to 36%', owner: '(owner)' } },
          { kr: { title: 'Raise NPS from 28 to 40', target: 'TBD' } },
        ],
      },
    },
    messages: {
      inTitle: '"{{placeholder}}" stands in for a {{what}} that was never filled in.',
      inField: '{{field}} is "{{placeholder}}", a placeholder for a {{what}} that was never filled in.',
    },
    schema: {
      type: 'object',
      properties: {
        words: { type: 'array', items: { type: 'string' } },
        fields: { type: 'array', items: { type: 'string', enum: [...FIELD_NAMES] } },
      },
      additionalProperties: false,
    },
    defaultOptions: { words: [], fields: [...FIELD_NAMES] },
  },
  create(context) {
    const extraWords = new Set(context.options.words.map((w) => w.toLowerCase()));
    const fields = context.options.fields as Field[];

    /** Each placeholder with what it stands for: "from TBD to 90%" leaves the start value open. */
    function titlePlaceholders(a: TextAnalysis): { raw: string; what: string }[] {
      const found = a.placeholders.map((p) => {
        const role = placeholderRole(a, p);
        return { raw: p.raw, what: role ? `${role} value` : kindOf(p.raw) };
      });
      for (const t of a.tokens) if (extraWords.has(t.lower)) found.push({ raw: t.text, what: kindOf(t.text) });
      return found;
    }

    function fieldValue(kr: KeyResult, field: Field): string | undefined {
      const value = kr[field];
      return value === undefined ? undefined : String(value).trim();
    }

    return {
      keyResult(kr) {
        const text = kr.title.trim();
        for (const { raw, what } of titleVerdicts(context.analyze(kr.title), context.options, titlePlaceholders)) {
          context.report({
            node: kr,
            messageId: 'inTitle',
            data: { placeholder: raw, what },
            suggestion: `Fill in the real ${what}: "${quoteAround(text.replace(raw, `<${what}>`), Math.max(0, text.indexOf(raw)))}"`,
          });
        }
        if (kr.form !== 'mapping') return;
        for (const field of fields) {
          const value = fieldValue(kr, field);
          if (value === undefined) continue;
          // Most field values ("Dana", "2027-03-31") cannot hold a placeholder: they are not analysed.
          const isPlaceholder = EMPTY_VALUES.test(value) || extraWords.has(value.toLowerCase()) || wordsHoldPlaceholder(value, context.analyze);
          if (!isPlaceholder) continue;
          const what = field === 'owner' ? 'name' : field === 'source' ? 'system' : field === 'due' ? 'date' : 'number';
          context.report({
            node: kr,
            field,
            messageId: 'inField',
            data: { field, placeholder: value, what },
            suggestion: field === 'owner' ? `Set owner to the one person accountable for "${quoteText(text)}"` : `Set ${field} to the real ${what} for "${quoteText(text)}", or remove the field until it is known`,
          });
        }
      },
    };
  },
});

/** Field values repeat across files ("17", "NPS", "Dana"): their verdict is kept per value (bounded). */
const valueVerdicts = new Map<string, boolean>();

/** A placeholder in the words of a field value; most values ("Dana", "2027-03-31") cannot hold one and are not analysed. */
function wordsHoldPlaceholder(value: string, analyze: (text: string) => TextAnalysis): boolean {
  let verdict = valueVerdicts.get(value);
  if (verdict === undefined) {
    verdict = mayHoldPlaceholder(tokenize(value)) && analyze(value).placeholders.length > 0;
    if (valueVerdicts.size > 20_000) valueVerdicts.clear();
    valueVerdicts.set(value, verdict);
  }
  return verdict;
}

function kindOf(raw: string): string {
  if (/owner|name|who|person|team/i.test(raw)) return 'name';
  if (/date/i.test(raw)) return 'date';
  if (/metric|kpi/i.test(raw)) return 'metric';
  return 'number';
}
