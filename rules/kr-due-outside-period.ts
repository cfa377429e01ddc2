import { defineRule, parseIsoDay, quoteText, parsePeriod, periodContains, type PlanningPeriod } from '../src/rule-kit/index.js';

const krDue = (due: string) => ({ title: 'Cut failed deploys from 9% to 3%', baseline: '9%', target: '3%', due });

export default defineRule<Record<string, never>>({
  name: 'kr-due-outside-period',
  meta: {
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: 'Keep every key result due date inside the period of its OKR file.',
      rationale:
        'A key result due after the period cannot be graded at the period end, and one due before it began was planned in the wrong file; either way the check-ins and the grade lose their meaning.',
      recommended: true,
      examples: {
        valid: [{ kr: krDue('2027-03-31'), note: 'The last day of 2027-Q1 is inside the period.' }, { kr: krDue('2027-01-01') }],
        invalid: [
          { kr: krDue('2027-04-15'), note: 'Due in the second quarter, in a 2027-Q1 file.' },
          { kr: krDue('2026-12-20'), note: 'Due before the period starts.' },
          { kr: krDue('2027-02-30'), note: 'Not a day of the calendar.' },
        ],
      },
    },
    messages: {
      outside: 'Due {{due}} falls {{side}} the period {{period}} ({{start}} to {{end}}).',
      notADay: 'Due "{{due}}" is not a calendar day; write it as YYYY-MM-DD.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
  },
  create(context) {
    let period: PlanningPeriod | undefined;
    return {
      document(document) {
        period = document.period ? parsePeriod(document.period) : undefined;
      },
      keyResult(keyResult) {
        if (keyResult.due === undefined) return;
        const day = parseIsoDay(keyResult.due);
        if (!day) {
          context.report({ node: keyResult, field: 'due', messageId: 'notADay', data: { due: keyResult.due }, suggestion: `Write the due date as a real day, e.g. due: ${closestRealDay(keyResult.due)}.` });
          return;
        }
        // An unreadable period is the schema's to report (it lists the accepted forms).
        if (!period) return;
        if (periodContains(period, day)) return;
        const side = day < period.start ? 'before' : 'after';
        context.report({
          node: keyResult,
          field: 'due',
          messageId: 'outside',
          data: { due: day, side, period: period.label, start: period.start, end: period.end },
          suggestion: `Set due to a day within ${period.label}, e.g. due: ${side === 'before' ? period.start : period.end}, or move "${quoteText(keyResult.title)}" to the ${quarterOf(day)} OKR file.`,
        });
      },
    };
  },
});

function quarterOf(isoDay: string): string {
  const [year, month] = isoDay.split('-').map(Number) as [number, number];
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** "2027-02-30" -> "2027-02-28": the last real day of the month that was meant. */
function closestRealDay(text: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(text.trim());
  if (!match) return '2027-03-31';
  const month = Math.min(Math.max(Number(match[2]), 1), 12);
  const last = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
