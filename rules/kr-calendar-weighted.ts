import { defineRule, judgeCalendar, perAnalysis, quoteText, termFamily, type CalendarFinding, type KeyResult, type TextAnalysis } from '../src/rule-kit/index.js';

interface Options {
  /** More names of rituals ("guild meeting", "ops review"). */
  extraRitualWords: string[];
  /** Key results mentioning any of these terms are never reported. */
  allowTerms: string[];
  /** Report outputs whose only criterion is a deadline ("Launch the portal by March 15"). */
  reportDeadlines: boolean;
}

export default defineRule<Options>({
  name: 'kr-calendar-weighted',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Flag key results whose success is a calendar fact: holding or attending rituals, on-time delivery, or an output due by a date.',
      rationale:
        'Holding every weekly sync, shipping on time or finishing by March 15 can all be true while nothing improves. A date belongs on an outcome ("sign-in errors fall to 0 by 30 Sept"); a ritual is a means, and the key result should say what it is for.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Cut failed deploys from 9% to 3% by 30 September', note: 'A date on a measurable outcome is fine.' },
          { kr: 'Raise weekly active teams from 1,200 to 1,500', note: '"weekly" qualifies a metric here, not a ritual.' },
          { kr: 'Lower meeting hours per engineer from 12 a week to 8', note: 'Moving a metric about meetings is not holding them.' },
        ],
        invalid: [
          { kr: 'Attend every weekly planning sync', note: 'Attending a ritual.' },
          { kr: 'Hold a retro every sprint', note: 'Holding a ritual.' },
          { kr: 'Finish the data-warehouse migration by March 15', note: 'The date is the only criterion.' },
          { kr: 'All quarterly releases ship on time', note: 'On-time delivery.' },
        ],
      },
    },
    messages: {
      ritual: 'Success is a recurring ritual ({{ritual}}{{recurrence}}) rather than a result; say what the {{ritual}} should change.',
      attended: 'Success is attending {{ritual}}{{recurrence}}, presence on a calendar; say what the {{ritual}} should change.',
      onTime: 'Success is judged by the schedule ("{{phrase}}"), a date rather than a result; name what timely delivery should improve.',
      calendarBlock: 'Success is keeping "{{block}}" on the calendar; name the result the protected time should produce.',
      deadline: 'The only criterion of "{{task}}" is the date "{{deadline}}"; a date needs a measurable outcome behind it.',
    },
    schema: {
      type: 'object',
      properties: {
        extraRitualWords: { type: 'array', items: { type: 'string', minLength: 1 } },
        allowTerms: { type: 'array', items: { type: 'string', minLength: 1 } },
        reportDeadlines: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { extraRitualWords: [], allowTerms: [], reportDeadlines: true },
  },
  create(context) {
    const options = context.options;
    const judge = (analysis: TextAnalysis) => judgeCalendar(analysis, { extraRitualWords: options.extraRitualWords });
    return {
      keyResult(keyResult) {
        const analysis = context.analyze(keyResult.title);
        if (options.allowTerms.length > 0 && termFamily(options.allowTerms).occursIn(analysis.words)) return;
        const finding = calendarVerdicts(analysis, options, judge);
        if (!finding || (finding.kind === 'deadline' && !options.reportDeadlines)) return;
        report(keyResult, analysis, finding);
      },
    };

    function report(keyResult: KeyResult, analysis: TextAnalysis, finding: CalendarFinding): void {
      const kr = quoteText(analysis.text.trim());
      const outcome = outcomeHint(keyResult);
      switch (finding.kind) {
        case 'ritual': {
          const recurrence = finding.recurrence && !namesAlready(finding.ritual, finding.recurrence) ? ` ${finding.recurrence}` : '';
          context.report({
            node: keyResult,
            messageId: finding.attended ? 'attended' : 'ritual',
            data: { ritual: finding.ritual, recurrence },
            suggestion: `Keep the ${finding.ritual} as a habit, not a key result; measure what it is for, e.g. "Cut ${outcome} the ${finding.ritual} should catch from <current value> to <target>".`,
          });
          return;
        }
        case 'onTime':
          context.report({
            node: keyResult,
            messageId: 'onTime',
            data: { phrase: finding.phrase },
            suggestion: `Replace "${kr}" with what timely delivery buys, e.g. "Cut ${outcome} from <current value> to <target>", and track the schedule as a health metric.`,
          });
          return;
        case 'calendarBlock':
          context.report({
            node: keyResult,
            messageId: 'calendarBlock',
            data: { block: finding.block },
            suggestion: `Protect the ${finding.block} as a team norm and make the key result what it should produce, e.g. "Raise ${outcome} from <current value> to <target>".`,
          });
          return;
        case 'deadline': {
          const task = quoteText(finding.verb ? `${finding.verb} ${finding.what}` : finding.what);
          context.report({
            node: keyResult,
            messageId: 'deadline',
            data: { task, deadline: finding.deadline },
            suggestion: `Keep the date and attach it to the effect of ${quoteText(finding.what)}, e.g. "Raise ${outcome} from <current value> to <target> ${finding.deadline}".`,
          });
        }
      }
    }
  },
});

/** The calendar verdict per text (key results repeat across files). */
const calendarVerdicts = perAnalysis<CalendarFinding | undefined>();

function outcomeHint(keyResult: KeyResult): string {
  const objective = keyResult.objective.title.trim();
  return objective ? `<the metric behind "${quoteText(objective)}">` : '<the metric this should move>';
}

/** "weekly design crits", "bi-weekly story time" already say their cadence: it is not repeated after them. */
function namesAlready(ritual: string, recurrence: string): boolean {
  const words = ritual.toLowerCase().split(/[\s-]+/);
  return recurrence.toLowerCase().split(/[\s-]+/).every((word) => words.includes(word));
}
