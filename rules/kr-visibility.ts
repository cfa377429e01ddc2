import { defineRule, judgeVisibility, quoteText, termFamily, type KeyResult, type TextAnalysis, type VisibilityFinding, type VisibilityKind } from '../src/rule-kit/index.js';

interface Options {
  /** More presence or monitoring terms ("heartbeat ping", "status emoji"). */
  extraPresenceTerms: string[];
  /** Key results mentioning any of these terms are never reported. */
  allowTerms: string[];
}

/** What each kind of visibility rewards, and what to measure instead. */
const REWRITES: Record<VisibilityKind, (kr: string, number: string, outcome: string) => string> = {
  presence: (kr, _n, outcome) => `Drop "${kr}" and measure the work itself, e.g. "Raise ${outcome} from <current value> to <target>".`,
  hours: (_kr, n, outcome) => `Measure what ${n || 'the hours'} should produce, e.g. "Raise ${outcome} from <current value> to <target>", not the time put in.`,
  chat: (_kr, n, _o) => `If speed matters to someone outside the team, measure that queue: "Cut time to first response on <customer or ticket queue> from <current value> to ${n || '<target>'}"; otherwise agree reply norms as a team habit.`,
  messages: (kr, _n, outcome) => `Replace "${kr}" with the result the messages should serve, e.g. "Raise ${outcome} from <current value> to <target>".`,
  punctuality: (kr, _n, outcome) => `Let people own their hours; replace "${kr}" with "Raise ${outcome} from <current value> to <target>".`,
  attendance: (kr, _n, outcome) => `Replace "${kr}" with what the meetings are for, e.g. "Cut ${outcome} from <current value> to <target>"; share notes so attendance is optional.`,
};

export default defineRule<Options>({
  name: 'kr-visibility',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Flag key results that reward being seen (online, present, responsive in chat, hours logged) rather than delivering.',
      rationale:
        'Remote and hybrid teams are judged fairly by results. Online status, hours logged, camera time, badge swipes and chat reply times measure how visible people are, which punishes focus and says nothing about outcomes. Response times owed to customers, incidents and reviews are real service levels and are not flagged.',
      recommended: true,
      examples: {
        valid: [
          { kr: 'Cut time to first response on priority tickets from 4 h to 1 h', note: 'A customer queue, not an inbox.' },
          { kr: 'Acknowledge pages for P1 incidents within 5 minutes', note: 'On-call acknowledgement is incident response.' },
          { kr: 'Give every engineer at least 12 hours of focus time per week', note: 'Focus time protects work.' },
        ],
        invalid: [
          { kr: 'Answer Slack messages within 5 minutes', note: 'Internal chat responsiveness.' },
          { kr: 'Be online 8 hours a day', note: 'Online presence.' },
          { kr: 'Keep camera on in all calls', note: 'Being watched.' },
          { kr: 'Badge into the office three days a week', note: 'Office attendance.' },
        ],
      },
    },
    messages: {
      presence: 'Rewards being seen ("{{signal}}") rather than delivering; a key result should measure what the work achieves.',
      hours: 'Counts hours put in ({{signal}}), an input rather than a result; measure what those hours should produce.',
      chat: 'Rewards fast replies on {{signal}}, internal responsiveness rather than an outcome.',
      messages: 'Counts activity on {{signal}}, which shows being busy rather than what the work achieves.',
      punctuality: 'Rewards being there on time ("{{signal}}") rather than what the work achieves.',
      attendance: 'Rewards attending {{signal}}, presence rather than a result.',
    },
    schema: {
      type: 'object',
      properties: {
        extraPresenceTerms: { type: 'array', items: { type: 'string', minLength: 1 } },
        allowTerms: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    defaultOptions: { extraPresenceTerms: [], allowTerms: [] },
  },
  create(context) {
    const options = context.options;
    return {
      keyResult(keyResult) {
        const analysis = context.analyze(keyResult.title);
        if (options.allowTerms.length > 0 && termFamily(options.allowTerms).occursIn(analysis.words)) return;
        const finding = judgeVisibility(analysis, { extraPresenceTerms: options.extraPresenceTerms });
        if (finding) report(keyResult, analysis, finding);
      },
    };

    function report(keyResult: KeyResult, analysis: TextAnalysis, finding: VisibilityFinding): void {
      const number = analysis.quantities[0]?.raw ?? '';
      context.report({
        node: keyResult,
        messageId: finding.kind,
        data: { signal: quoteText(finding.signal) },
        suggestion: REWRITES[finding.kind](quoteText(analysis.text.trim()), number, outcomeHint(keyResult)),
      });
    }
  },
});

function outcomeHint(keyResult: KeyResult): string {
  const objective = keyResult.objective.title.trim();
  return objective ? `<the result behind "${quoteText(objective)}">` : '<the result the work should deliver>';
}
